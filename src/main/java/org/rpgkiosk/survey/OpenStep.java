package org.rpgkiosk.survey;

import java.util.List;
import org.rpgkiosk.questionnaire.OpenQuestion;
import org.rpgkiosk.survey.SurveyEvent.Back;
import org.rpgkiosk.survey.SurveyEvent.CursorLeft;
import org.rpgkiosk.survey.SurveyEvent.CursorRight;
import org.rpgkiosk.survey.SurveyEvent.DeleteBack;
import org.rpgkiosk.survey.SurveyEvent.Next;
import org.rpgkiosk.survey.SurveyEvent.Skip;
import org.rpgkiosk.survey.SurveyEvent.Type;
import org.rpgkiosk.survey.SurveyState.Builder;
import org.rpgkiosk.survey.SurveyState.Screen;
import org.rpgkiosk.text.Cells;

/**
 * The survey step for an {@link OpenQuestion}: text typed at a cursor up to the questionnaire's
 * limit, every refused character named, finished with Tab or skipped; what was typed is kept on
 * the way back (issue 36: one step per kind of item).
 */
final class OpenStep {
    private OpenStep() {}

    /** The question on screen with the answer given before, the cursor at its end. */
    static void enter(Builder s, Answer given) {
        s.screen = Screen.OPEN;
        s.draft = given == null || given.text() == null ? "" : given.text();
        s.draftCursor = s.draft.length();
        s.draftStored = s.draft;
    }

    static void on(Builder s, SurveyEvent event, List<SurveyEffect> effects) {
        int limit = s.questionnaire.openAnswerLimit();
        if (event instanceof Type t) {
            type(s, t.text(), limit);
        } else if (event instanceof DeleteBack && s.draftCursor > 0) {
            int from = s.draft.offsetByCodePoints(s.draftCursor, -1);
            s.draft = s.draft.substring(0, from) + s.draft.substring(s.draftCursor);
            s.draftCursor = from;
        } else if (event instanceof CursorLeft && s.draftCursor > 0) {
            s.draftCursor = s.draft.offsetByCodePoints(s.draftCursor, -1);
        } else if (event instanceof CursorRight && s.draftCursor < s.draft.length()) {
            s.draftCursor = s.draft.offsetByCodePoints(s.draftCursor, 1);
        } else if (event instanceof Next) {
            SurveyFlow.answer(s, Answer.text(s.draft), effects);
        } else if (event instanceof Skip) {
            SurveyFlow.answer(s, Answer.SKIPPED, effects);
        } else if (event instanceof Back) {
            // What was typed is kept before leaving, so going back loses nothing.
            SurveyFlow.save(s, Answer.text(s.draft), effects);
            SurveyFlow.back(s);
        }
    }

    /**
     * Typed text goes in at the cursor as far as the limit allows, counted in characters (code
     * points, as the screen's counter), and the rest is cut with a notice: a paste longer than the
     * room left keeps its beginning rather than vanishing whole. Cutting by code points never
     * leaves half of a surrogate pair. The notice is the same whether some went in or none: a paste
     * reaches the kiosk in pieces, and its last piece should not say that nothing was added. (It
     * fits the 76 cells of an 80-column screen.)
     */
    private static void type(Builder s, String text, int limit) {
        text = typable(s, text);
        int room = Math.max(0, limit - s.draft.codePointCount(0, s.draft.length()));
        if (text.codePointCount(0, text.length()) > room) {
            s.notice = "This answer is at its limit of " + limit + " characters; the rest was not added.";
            text = text.substring(0, text.offsetByCodePoints(0, room));
        }
        s.draft = s.draft.substring(0, s.draftCursor) + text + s.draft.substring(s.draftCursor);
        s.draftCursor += text.length();
    }

    /**
     * Every character typed is kept as typed, or refused with a notice that names it: none
     * vanishes unsaid ({@link Cells#typable}).
     */
    private static String typable(Builder s, String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int[] refused = text.codePoints().filter(cp -> {
            if (!Cells.typable(cp)) return true;
            kept.appendCodePoint(cp);
            return false;
        }).distinct().toArray();
        if (refused.length == 0) return text;
        String named = java.util.Arrays.stream(refused).limit(3).mapToObj(cp -> String.format("U+%04X", cp))
                .collect(java.util.stream.Collectors.joining(", "));
        s.notice = "Not added: " + named + (refused.length > 3 ? " and more" : "")
                + ", a control or invisible character that would hide or reorder text.";
        return kept.toString();
    }

}
