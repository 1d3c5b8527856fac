package org.rpgkiosk.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * What to ask before a wave opens on a questionnaire whose file still marks statements as
 * placeholders: a wave's answers to made-up wording cannot be taken back. Said the same way on
 * the command line (wave open) and at the kiosk (the open-wave form).
 */
public final class Placeholders {
    private Placeholders() {}

    /** The sentence naming them, or empty when there are none. */
    public static Optional<String> question(Questionnaire q) {
        List<String> codes = q.placeholders().stream().map(Item::code).toList();
        if (codes.isEmpty()) return Optional.empty();
        return Optional.of("questionnaire " + q.name() + " still has " + codes.size() + " placeholder statement"
                + (codes.size() == 1 ? "" : "s") + " (" + String.join(", ", codes) + ")");
    }
}
