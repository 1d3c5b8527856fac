package org.rpgkiosk.survey;

import java.util.List;
import org.rpgkiosk.questionnaire.Scale;
import org.rpgkiosk.questionnaire.Statement;
import org.rpgkiosk.survey.SurveyEvent.Back;
import org.rpgkiosk.survey.SurveyEvent.Choose;
import org.rpgkiosk.survey.SurveyEvent.Forward;
import org.rpgkiosk.survey.SurveyEvent.Move;
import org.rpgkiosk.survey.SurveyEvent.Pick;
import org.rpgkiosk.survey.SurveyEvent.Skip;
import org.rpgkiosk.survey.SurveyState.Builder;
import org.rpgkiosk.survey.SurveyState.Screen;

/**
 * The survey step for a {@link Statement}: a point of its own scale by its digit, or by the
 * arrows and Enter, or skipped (issue 36: one step per kind of item, so a new kind is a new
 * step beside this one, not more branches in {@link SurveyFlow}).
 */
final class StatementStep {
    private StatementStep() {}

    /** The statement on screen, its cursor on the point given before, if any. */
    static void enter(Builder s, Statement statement, Answer given) {
        s.screen = Screen.STATEMENT;
        s.cursor = given == null || given.points() == null ? SurveyState.NO_CURSOR
                : statement.scale().points().indexOf(pointOf(statement.scale(), given.points()));
    }

    static void on(Builder s, Statement statement, SurveyEvent event, List<SurveyEffect> effects) {
        Scale scale = statement.scale();
        if (event instanceof Pick p) {
            if (scale.has(p.number())) {
                SurveyFlow.answer(s, Answer.points(p.number()), effects);
            } else {
                s.notice = "Press " + Keys.eachOf(scale) + ", or S to skip.";
            }
        } else if (event instanceof Move m) {
            s.cursor = SurveyFlow.moved(s.cursor, m, scale.points().size());
        } else if (event instanceof Choose) {
            if (s.cursor == SurveyState.NO_CURSOR) {
                s.notice = "Press " + Keys.range(scale) + ", or choose with the arrows first.";
            } else {
                SurveyFlow.answer(s, Answer.points(scale.points().get(s.cursor).points()), effects);
            }
        } else if (event instanceof Skip) {
            SurveyFlow.answer(s, Answer.SKIPPED, effects);
        } else if (event instanceof Back) {
            SurveyFlow.back(s);
        } else if (event instanceof Forward && s.answers.containsKey(statement.code())) {
            SurveyFlow.goOn(s);
        } else if (event instanceof Forward) {
            s.notice = "Press " + Keys.range(scale) + " to answer, or S to skip, to go on.";
        }
    }


    private static Scale.Point pointOf(Scale scale, int points) {
        return scale.points().stream().filter(p -> p.points() == points).findFirst().orElse(null);
    }
}
