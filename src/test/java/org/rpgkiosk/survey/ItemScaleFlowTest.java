package org.rpgkiosk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.questionnaire.OpenQuestion;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.Scale;
import org.rpgkiosk.questionnaire.Statement;
import org.rpgkiosk.survey.SurveyEvent.Begin;
import org.rpgkiosk.survey.SurveyEvent.Choose;
import org.rpgkiosk.survey.SurveyEvent.Consent;
import org.rpgkiosk.survey.SurveyEvent.Move;
import org.rpgkiosk.survey.SurveyEvent.Pick;
import org.rpgkiosk.survey.SurveyState.Screen;

/**
 * Issue 36, slice 2: the flow asks each statement on the scale the statement owns, and the
 * route decides which items there are. No "4 - points" or "1 to 4" is left in the flow: a
 * statement on a 3-point scale takes 1 to 3, refuses 4 naming its own keys, and its arrows
 * stop at its last point.
 */
class ItemScaleFlowTest {
    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final Scale THREE = new Scale(List.of(new Scale.Point(3, "Often"), new Scale.Point(2, "Sometimes"),
            new Scale.Point(1, "Never")));
    private static final Questionnaire Q = new Questionnaire("t", "T", "Info.", "I agree.", 100, THREE,
            List.of(new Questionnaire.Role("sw", "Social worker"), new Questionnaire.Role("other", "Other")),
            List.of(new Questionnaire.Block("a", "Block A", List.of(new Statement("a1", "First", false, THREE)))),
            List.of(new OpenQuestion("o1", "Anything?", false)));

    private static SurveyFlow.Transition step(SurveyState s, SurveyEvent e) {
        return SurveyFlow.update(s, e, 1_000);
    }

    private static SurveyState atStatement() {
        SurveyState s = SurveyState.welcome(Q, SurveyFlowTest.TIMING, 0);
        for (SurveyEvent e : List.of(new Begin(), new Consent(ID), new Pick(1))) s = step(s, e).state();
        assertEquals(Screen.STATEMENT, s.screen());
        return s;
    }

    @Test
    void aStatementIsAnsweredOnItsOwnScale() {
        SurveyState s = atStatement();
        SurveyFlow.Transition refused = step(s, new Pick(4));
        assertEquals(Screen.STATEMENT, refused.state().screen());
        assertEquals("Press 1, 2 or 3, or S to skip.", refused.state().notice());
        assertEquals(List.of(), refused.effects());

        SurveyFlow.Transition taken = step(s, new Pick(3));
        assertEquals(List.of(new SurveyEffect.SaveAnswer(ID, "a1", Answer.points(3))), taken.effects());
        assertEquals(Screen.OPEN, taken.state().screen());
    }

    @Test
    void theArrowsStopAtTheScalesLastPointAndEnterGivesThatPoint() {
        SurveyState s = atStatement();
        s = step(s, new Move(1)).state();   // the first arrow lands on the top point
        s = step(s, new Move(10)).state();
        SurveyFlow.Transition chosen = step(s, new Choose());
        assertEquals(List.of(new SurveyEffect.SaveAnswer(ID, "a1", Answer.points(1))), chosen.effects(),
                "the bottom of a 3-point scale is its lowest point");
    }

    @Test
    void theRouteIsEveryItemInOrderToday() {
        assertEquals(List.of("a1", "o1"), Route.seen(Q, java.util.Map.of()).stream().map(i -> i.code()).toList());
        assertEquals("1, 2 or 3", Keys.eachOf(THREE));
        assertEquals("1 to 3", Keys.range(THREE));
        assertEquals("1-3", Keys.span(THREE));
    }
}
