package org.rpgkiosk.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.Questionnaire.Block;
import org.rpgkiosk.questionnaire.Item;

/**
 * Everything one participant's screen shows, and nothing else: the screens read it, only
 * {@link SurveyFlow} makes a new one. A fresh state for the next person holds no trace of
 * the last.
 */
public record SurveyState(
        Questionnaire questionnaire,
        Timing timing,
        Screen screen,
        UUID responseId,
        String role,
        Map<String, Answer> answers,
        int itemIndex,
        int cursor,
        int scroll,
        String draft,
        int draftCursor,
        String draftStored,
        boolean fromReview,
        String notice,
        long lastActivity,
        long deadline,
        Screen resumeScreen,
        boolean submitAsked) {

    public enum Screen { WELCOME, INFORMATION, ROLE, STATEMENT, OPEN, REVIEW, THANKS, STILL_THERE, ENDED }

    /** How long a screen may sit untouched, how long the warning counts down, how long thanks shows. */
    public record Timing(long idleMillis, long countdownMillis, long thanksMillis) {
        public static final Timing DEFAULT = new Timing(90_000, 30_000, 5_000);
    }

    /**
     * A pause in typing this long saves the open answer as a draft: a kill then loses at most the
     * last second of typing, yet a steady typist does not write on every key.
     */
    public static final long DRAFT_PAUSE_MILLIS = 1_000;

    /**
     * How long "this survey has been closed" stays, and how long keys do nothing on it: a person
     * typing as it appears must read it, not dismiss it unseen.
     */
    public static final long ENDED_MILLIS = 20_000;
    public static final long ENDED_QUIET_MILLIS = 3_000;

    /** Nothing selected: Enter alone does not answer a statement, so a stray key cannot. */
    public static final int NO_CURSOR = -1;

    public SurveyState {
        answers = Map.copyOf(answers);
    }

    public static SurveyState welcome(Questionnaire questionnaire, Timing timing, long now) {
        return new SurveyState(questionnaire, timing, Screen.WELCOME, null, null, Map.of(), 0, 0, 0, "", 0,
                "", false, null, now, 0, null, false);
    }

    /** The items this participant sees, in order: {@link Route}. */
    public List<Item> items() {
        return Route.seen(questionnaire, answers);
    }

    public Item currentItem() {
        return items().get(itemIndex);
    }

    public Block currentBlock() {
        return questionnaire.blockOf(currentItem()).orElseThrow();
    }

    /** 1-based position of the current statement within its block. */
    public int positionInBlock() {
        return currentBlock().items().indexOf(currentItem()) + 1;
    }

    public int blockNumber() {
        return questionnaire.blocks().indexOf(currentBlock()) + 1;
    }

    /** Items after the current one. */
    public int itemsLeft() {
        return items().size() - itemIndex - 1;
    }

    /** On the review: line 0 is the role, 1..n the items, n+1 the submit line. */
    public int submitLine() {
        return items().size() + 1;
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy, used only inside the flow while it works out the next state. */
    static final class Builder {
        Questionnaire questionnaire;
        Timing timing;
        Screen screen;
        UUID responseId;
        String role;
        Map<String, Answer> answers;
        int itemIndex;
        int cursor;
        int scroll;
        String draft;
        int draftCursor;
        /** The open answer's text as last written to the store (final or draft); "" for none. */
        String draftStored;
        boolean fromReview;
        String notice;
        long lastActivity;
        long deadline;
        Screen resumeScreen;
        /** Submit was chosen with no statement answered and the person was asked once to confirm. */
        boolean submitAsked;

        Builder(SurveyState s) {
            questionnaire = s.questionnaire;
            timing = s.timing;
            screen = s.screen;
            responseId = s.responseId;
            role = s.role;
            answers = new HashMap<>(s.answers);
            itemIndex = s.itemIndex;
            cursor = s.cursor;
            scroll = s.scroll;
            draft = s.draft;
            draftCursor = s.draftCursor;
            draftStored = s.draftStored;
            fromReview = s.fromReview;
            notice = s.notice;
            lastActivity = s.lastActivity;
            deadline = s.deadline;
            resumeScreen = s.resumeScreen;
            submitAsked = s.submitAsked;
        }

        SurveyState build() {
            return new SurveyState(questionnaire, timing, screen, responseId, role, answers, itemIndex, cursor, scroll,
                    draft, draftCursor, draftStored, fromReview, notice, lastActivity, deadline, resumeScreen, submitAsked);
        }
    }
}
