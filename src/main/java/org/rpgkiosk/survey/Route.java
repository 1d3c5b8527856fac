package org.rpgkiosk.survey;

import java.util.List;
import java.util.Map;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.questionnaire.Questionnaire;

/**
 * Which items a participant sees, in order, given the answers so far: the one answer to "what
 * comes next", "how many are left" and "what the review lists" (issue 36). Every item today;
 * branching (issue 37) decides here, and the flow, the progress line and the review follow.
 */
public final class Route {
    private Route() {}

    public static List<Item> seen(Questionnaire questionnaire, Map<String, Answer> answers) {
        return questionnaire.allItems();
    }
}
