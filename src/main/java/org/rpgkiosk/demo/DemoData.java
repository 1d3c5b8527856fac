package org.rpgkiosk.demo;

import java.util.SplittableRandom;
import org.rpgkiosk.questionnaire.Questionnaire;

/**
 * Everything {@code demo-data} writes, from one seed: the same seed, count and questionnaire
 * give the same roster, sessions, responses (ids included) and answers. Dates are fixed, not
 * taken from the clock, so two runs months apart still agree.
 */
public record DemoData(long seed, DemoRoster roster, DemoSurvey survey) {

    public static DemoData generate(long seed, int responses, Questionnaire questionnaire) {
        SplittableRandom root = new SplittableRandom(seed);
        DemoRoster roster = DemoRoster.generate(root.split());
        return new DemoData(seed, roster, new DemoSurvey(questionnaire, root.nextLong(), responses));
    }
}
