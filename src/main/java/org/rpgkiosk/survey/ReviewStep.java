package org.rpgkiosk.survey;

import java.util.List;
import org.rpgkiosk.questionnaire.Statement;
import org.rpgkiosk.survey.SurveyEvent.Back;
import org.rpgkiosk.survey.SurveyEvent.Choose;
import org.rpgkiosk.survey.SurveyEvent.Move;
import org.rpgkiosk.survey.SurveyState.Builder;
import org.rpgkiosk.survey.SurveyState.Screen;

/**
 * The review: the role and every item the participant saw ({@link Route}), each line opening its
 * screen to change it, then the submit line; asked once more when every statement was skipped.
 */
final class ReviewStep {
    private ReviewStep() {}

    static void enter(Builder s, int line) {
        s.screen = Screen.REVIEW;
        s.submitAsked = false;
        s.fromReview = false;
        s.cursor = line;
        s.draft = "";
        s.draftCursor = 0;
        s.draftStored = "";
    }

    static void on(Builder s, SurveyEvent event, List<SurveyEffect> effects, long now) {
        int submitLine = SurveyFlow.route(s).size() + 1;
        if (event instanceof Move m) {
            s.cursor = SurveyFlow.clamp(s.cursor + m.delta(), 0, submitLine);
        } else if (event instanceof Choose && s.cursor == submitLine && !s.submitAsked && noStatementAnswered(s)) {
            s.submitAsked = true;   // asked once; Enter again sends it as it is
            s.notice = "Every statement is skipped. Enter again sends it as it is; Up goes to them.";
        } else if (event instanceof Choose && s.cursor == submitLine) {
            effects.add(new SurveyEffect.Submit(s.responseId));
            s.screen = Screen.THANKS;
            s.deadline = now + s.timing.thanksMillis();
        } else if (event instanceof Choose && s.cursor == 0) {
            s.fromReview = true;
            SurveyFlow.enterRole(s);
        } else if (event instanceof Choose) {
            SurveyFlow.enterItem(s, s.cursor - 1);
            s.fromReview = true;
        } else if (event instanceof Back) {
            SurveyFlow.enterItem(s, SurveyFlow.route(s).size() - 1);
        }
    }

    private static boolean noStatementAnswered(Builder s) {
        return SurveyFlow.route(s).stream().filter(i -> i instanceof Statement)
                .map(i -> s.answers.get(i.code())).noneMatch(a -> a != null && a.points() != null);
    }
}
