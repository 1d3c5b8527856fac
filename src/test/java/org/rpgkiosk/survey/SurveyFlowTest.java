package org.rpgkiosk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.QuestionnaireParser;
import org.rpgkiosk.survey.SurveyEffect.Abandon;
import org.rpgkiosk.survey.SurveyEffect.SaveAnswer;
import org.rpgkiosk.survey.SurveyEffect.SaveDraft;
import org.rpgkiosk.survey.SurveyEffect.SaveRole;
import org.rpgkiosk.survey.SurveyEffect.StartResponse;
import org.rpgkiosk.survey.SurveyEffect.Submit;
import org.rpgkiosk.survey.SurveyEffect.Withdraw;
import org.rpgkiosk.survey.SurveyEvent.AnyKey;
import org.rpgkiosk.survey.SurveyEvent.Back;
import org.rpgkiosk.survey.SurveyEvent.Begin;
import org.rpgkiosk.survey.SurveyEvent.Choose;
import org.rpgkiosk.survey.SurveyEvent.Consent;
import org.rpgkiosk.survey.SurveyEvent.CursorLeft;
import org.rpgkiosk.survey.SurveyEvent.Decline;
import org.rpgkiosk.survey.SurveyEvent.DeleteBack;
import org.rpgkiosk.survey.SurveyEvent.Forward;
import org.rpgkiosk.survey.SurveyEvent.Move;
import org.rpgkiosk.survey.SurveyEvent.Next;
import org.rpgkiosk.survey.SurveyEvent.Pick;
import org.rpgkiosk.survey.SurveyEvent.Skip;
import org.rpgkiosk.survey.SurveyEvent.Tick;
import org.rpgkiosk.survey.SurveyEvent.Type;
import org.rpgkiosk.survey.SurveyState.Screen;
import org.rpgkiosk.survey.SurveyState.Timing;

class SurveyFlowTest {
    static final Questionnaire Q = QuestionnaireParser.parse("t.txt", """
            name: t
            title: T
            open answer limit: 10
            [information]
            Info.
            [consent]
            I agree.
            [scale]
            4 = Agree strongly
            3 = Agree
            2 = Disagree
            1 = Strongly disagree
            [roles]
            sw = Social worker
            other = Other
            [block a: Block A]
            a1 = First
            a2 = Second
            [block b: Block B]
            b1 = Third
            [open]
            o1 = Anything?
            """);
    static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final Timing TIMING = new Timing(90_000, 30_000, 5_000);

    /** Runs events one second apart, collecting every effect. */
    final class Run {
        SurveyState state = SurveyState.welcome(Q, TIMING, 0);
        long now = 0;
        final List<SurveyEffect> effects = new ArrayList<>();

        Run on(SurveyEvent... events) {
            for (SurveyEvent e : events) {
                now += 1_000;
                at(now, e);
            }
            return this;
        }

        Run at(long time, SurveyEvent e) {
            now = time;
            SurveyFlow.Transition t = SurveyFlow.update(state, e, time);
            state = t.state();
            effects.addAll(t.effects());
            return this;
        }
    }

    private Run toFirstStatement() {
        return new Run().on(new Begin(), new Consent(ID), new Pick(1));
    }

    @Test
    void theWholeWayThroughWritesEachAnswerAsItIsGiven() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(2), new Pick(3), new Type("Tim"), new Type("e"), new Next());
        assertEquals(Screen.REVIEW, r.state.screen());
        r.on(new Move(10), new Choose());
        assertEquals(Screen.THANKS, r.state.screen());
        assertEquals(List.of(new StartResponse(ID), new SaveRole(ID, "sw"),
                new SaveAnswer(ID, "a1", 4, null), new SaveAnswer(ID, "a2", 2, null), new SaveAnswer(ID, "b1", 3, null),
                new SaveAnswer(ID, "o1", null, "Time"), new Submit(ID)), r.effects);
    }

    @Test
    void declineStoresNothingAndReturnsToWelcome() {
        Run r = new Run().on(new Begin(), new Decline());
        assertEquals(Screen.WELCOME, r.state.screen());
        assertTrue(r.effects.isEmpty());
        assertEquals("You said no: nothing was stored. Thank you.", r.state.notice(), "said before the next person");
        r.on(new Begin());
        assertNull(r.state.notice(), "and gone when the next person begins");
    }

    @Test
    void progressIsKnownOnEveryStatement() {
        Run r = toFirstStatement().on(new Pick(4));
        assertEquals(Screen.STATEMENT, r.state.screen());
        assertEquals("a2", r.state.currentItem().code());
        assertEquals(1, r.state.blockNumber());
        assertEquals(2, r.state.positionInBlock());
        assertEquals(2, r.state.itemsLeft());
        r.on(new Pick(4));
        assertEquals(2, r.state.blockNumber());
        assertEquals(1, r.state.positionInBlock());
    }

    @Test
    void skipRecordsNoAnswerAndMovesOn() {
        Run r = toFirstStatement().on(new Skip());
        assertEquals("a2", r.state.currentItem().code());
        assertEquals(new SaveAnswer(ID, "a1", null, null), r.effects.get(r.effects.size() - 1));
        assertTrue(r.state.answers().get("a1").skipped());
    }

    @Test
    void arrowsAndEnterAnswerButEnterAloneDoesNot() {
        Run r = toFirstStatement().on(new Choose());
        assertEquals("a1", r.state.currentItem().code());
        assertEquals("Press 1 to 4, or choose with the arrows first.", r.state.notice());
        r.on(new Move(1), new Move(1), new Choose());    // first Down lands on 4, second on 3
        assertEquals(new SaveAnswer(ID, "a1", 3, null), r.effects.get(r.effects.size() - 1));
        r.on(new Pick(7));
        assertEquals("Press 1, 2, 3 or 4, or S to skip.", r.state.notice());
    }

    @Test
    void backShowsThePreviousAnswerAndAChangeIsSavedAgain() {
        Run r = toFirstStatement().on(new Pick(4), new Back());
        assertEquals("a1", r.state.currentItem().code());
        assertEquals(0, r.state.cursor(), "the earlier answer 4 is highlighted");
        r.on(new Pick(1));
        assertEquals(new SaveAnswer(ID, "a1", 1, null), r.effects.get(r.effects.size() - 1));
        assertEquals("a2", r.state.currentItem().code());
        r.on(new Back(), new Back());
        assertEquals(Screen.ROLE, r.state.screen());
    }

    @Test
    void reviewEditReturnsToTheReview() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4), new Next());
        assertEquals(Screen.REVIEW, r.state.screen());
        r.on(new Move(2), new Choose());                 // line 2 = second statement
        assertEquals("a2", r.state.currentItem().code());
        r.on(new Pick(1));
        assertEquals(Screen.REVIEW, r.state.screen());
        assertEquals(2, r.state.cursor(), "the review comes back on the changed line");
        assertEquals(1, r.state.answers().get("a2").points());
        r.on(new Move(-2), new Choose(), new Pick(2));   // line 0 = the role
        assertEquals(Screen.REVIEW, r.state.screen());
        assertEquals(new SaveRole(ID, "other"), r.effects.get(r.effects.size() - 1));
    }

    @Test
    void openTextIsEditedAndKeptOnTheWayBack() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4));
        assertEquals(Screen.OPEN, r.state.screen());
        r.on(new Type("héllo 😀"), new CursorLeft(), new DeleteBack());
        assertEquals("héllo😀", r.state.draft(), "backspace removed the space before the cursor");
        r.on(new Type("!"));
        assertEquals("héllo!😀", r.state.draft());
        r.on(new Back());
        assertEquals(new SaveAnswer(ID, "o1", null, "héllo!😀"), r.effects.get(r.effects.size() - 1),
                "going back keeps what was typed");
        r.on(new Pick(4));
        assertEquals("héllo!😀", r.state.draft(), "coming back shows it again");
    }

    @Test
    void aPauseInTypingKeepsTheDraftOnceAndFinishingReplacesIt() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4), new Type("Tim"));
        long typed = r.now;
        int before = r.effects.size();
        r.at(typed + SurveyState.DRAFT_PAUSE_MILLIS - 1, new Tick());
        assertEquals(before, r.effects.size(), "still typing: nothing written");
        r.at(typed + SurveyState.DRAFT_PAUSE_MILLIS, new Tick()).at(typed + 5_000, new Tick());
        assertEquals(List.of(new SaveDraft(ID, "o1", "Tim")), r.effects.subList(before, r.effects.size()),
                "kept once, not again on every tick");
        r.on(new DeleteBack(), new DeleteBack(), new DeleteBack()).at(r.now + 1_000, new Tick());
        assertEquals(new SaveDraft(ID, "o1", null), r.effects.get(r.effects.size() - 1), "typed, then deleted");
        r.on(new Type("Time"), new Next());
        assertEquals(new SaveAnswer(ID, "o1", null, "Time"), r.effects.get(r.effects.size() - 1));
        r.at(r.now + 10_000, new Tick());
        assertEquals(new SaveAnswer(ID, "o1", null, "Time"), r.effects.get(r.effects.size() - 1), "no draft after it");
    }

    @Test
    void anAbandonedResponseKeepsWhatWasTypedAsADraft() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4), new Type("Half"));
        long last = r.now;
        // a kiosk that missed the pause (its tick came late) still keeps the draft before abandoning
        r.at(last + 90_000, new Tick());
        assertEquals(Screen.STILL_THERE, r.state.screen());
        assertEquals(new SaveDraft(ID, "o1", "Half"), r.effects.get(r.effects.size() - 1));
        r.at(last + 120_000, new Tick());
        assertEquals(new Abandon(ID), r.effects.get(r.effects.size() - 1));
        assertEquals(1, r.effects.stream().filter(e -> e instanceof SaveDraft).count());
    }

    @Test
    void keepDraftWritesOnlyAnOpenAnswerTheStoreDoesNotHold() {
        Run r = toFirstStatement();
        assertEquals(List.of(), SurveyFlow.keepDraft(r.state).effects(), "a statement: no draft");
        r.on(new Pick(4), new Pick(4), new Pick(4));
        assertEquals(List.of(), SurveyFlow.keepDraft(r.state).effects(), "nothing typed");
        r.on(new Type("x"));
        SurveyFlow.Transition kept = SurveyFlow.keepDraft(r.state);
        assertEquals(List.of(new SaveDraft(ID, "o1", "x")), kept.effects());
        assertEquals(List.of(), SurveyFlow.keepDraft(kept.state()).effects(), "already held");
        assertEquals(r.state.draft(), kept.state().draft());
    }

    @Test
    void aPastePastTheLimitKeepsWhatFitsAtTheCursorAndCutsTheRest() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4));
        r.on(new Type("abcdef"), new CursorLeft(), new CursorLeft(), new CursorLeft());
        r.on(new Type("1234567890"));
        assertEquals("abc1234def", r.state.draft(), "the first 4 fit, in the middle of the draft");
        assertEquals(7, r.state.draftCursor(), "the cursor after what went in");
        assertEquals("This answer is at its limit of 10 characters; the rest was not added.", r.state.notice());
        r.on(new Type("x"));
        assertEquals("abc1234def", r.state.draft());
        assertEquals("This answer is at its limit of 10 characters; the rest was not added.", r.state.notice(),
                "the same notice when nothing fits (the last piece of a paste)");
        r.on(new DeleteBack());
        assertNull(r.state.notice());
        assertEquals("abc123def", r.state.draft());
    }

    @Test
    void aCutAtTheLimitCountsCodePointsAndNeverSplitsASurrogatePair() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4));
        r.on(new Type("héllo😀ab"));                     // 8 characters, 9 UTF-16 units
        r.on(new Type("😀😀zz"));
        assertEquals("héllo😀ab😀😀", r.state.draft(), "two emoji fit in the 2 characters left");
        assertEquals(13, r.state.draftCursor());
        r.on(new DeleteBack(), new DeleteBack());
        r.on(new Type("z😀😀"));
        assertEquals("héllo😀abz😀", r.state.draft(), "the cut falls after the whole emoji, not inside it");
        assertEquals(12, r.state.draftCursor());
        assertTrue(r.state.notice().endsWith("the rest was not added."), r.state.notice());
    }

    @Test
    void anEmptyOpenAnswerIsASkip() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4), new Type("  "), new Next());
        assertEquals(new SaveAnswer(ID, "o1", null, null), r.effects.get(r.effects.size() - 1));
    }

    @Test
    void idleWarnsThenAnyKeyResumesWhereItWas() {
        Run r = toFirstStatement().on(new Pick(3));
        long last = r.now;
        r.at(last + 89_000, new Tick());
        assertEquals(Screen.STATEMENT, r.state.screen());
        r.at(last + 90_000, new Tick());
        assertEquals(Screen.STILL_THERE, r.state.screen());
        r.at(last + 100_000, new AnyKey());
        assertEquals(Screen.STATEMENT, r.state.screen());
        assertEquals("a2", r.state.currentItem().code());
        assertEquals(3, r.state.answers().size() + 2, "one answer so far, kept");
    }

    @Test
    void idleRunOutAbandonsAndWipesEverything() {
        Run r = toFirstStatement().on(new Pick(3));
        long last = r.now;
        r.at(last + 90_000, new Tick()).at(last + 119_000, new Tick());
        assertEquals(Screen.STILL_THERE, r.state.screen());
        r.at(last + 120_000, new Tick());
        assertEquals(Screen.WELCOME, r.state.screen());
        assertEquals(new Abandon(ID), r.effects.get(r.effects.size() - 1));
        assertNull(r.state.responseId());
        assertNull(r.state.role());
        assertEquals(Map.of(), r.state.answers());
        assertEquals("", r.state.draft());
    }

    @Test
    void idleBeforeConsentWipesWithoutAnyWrite() {
        Run r = new Run().on(new Begin());
        r.at(r.now + 90_000, new Tick()).at(r.now + 30_000, new Tick());
        assertEquals(Screen.WELCOME, r.state.screen());
        assertTrue(r.effects.isEmpty());
    }

    @Test
    void theThankYouClearsItselfOrOnAnyKey() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4), new Next(), new Move(10), new Choose());
        long submitted = r.now;
        r.at(submitted + 4_000, new Tick());
        assertEquals(Screen.THANKS, r.state.screen());
        r.at(submitted + 5_000, new Tick());
        assertEquals(Screen.WELCOME, r.state.screen());
        assertEquals(Map.of(), r.state.answers());

        Run r2 = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4), new Next(), new Move(10), new Choose(),
                new AnyKey());
        assertEquals(Screen.WELCOME, r2.state.screen());
    }

    @Test
    void theWelcomeScreenNeverTimesOut() {
        Run r = new Run();
        r.at(10_000_000, new Tick());
        assertEquals(Screen.WELCOME, r.state.screen());
        assertTrue(r.effects.isEmpty());
    }

    @Test
    void forwardGoesOnOnlyFromAnAnsweredStatementAndKeepsItsAnswer() {
        Run r = toFirstStatement().on(new Forward());
        assertEquals("a1", r.state.currentItem().code(), "nothing answered: Right goes nowhere");
        assertEquals("Press 1 to 4 to answer, or S to skip, to go on.", r.state.notice());
        r.on(new Pick(3), new Back());
        int written = r.effects.size();
        r.on(new Forward());
        assertEquals("a2", r.state.currentItem().code());
        assertEquals(written, r.effects.size(), "moving on writes nothing again");
        assertEquals(3, r.state.answers().get("a1").points());
        r.on(new Skip(), new Back(), new Forward());
        assertEquals("b1", r.state.currentItem().code(), "a skip counts as an answer to move past");
    }

    @Test
    void theRoleScreenGoesBackToConsentAndForwardOnceARoleIsChosen() {
        Run r = new Run().on(new Begin(), new Consent(ID), new Forward());
        assertEquals(Screen.ROLE, r.state.screen());
        assertEquals("Press the number of your job role to go on.", r.state.notice());
        r.on(new Back());
        assertEquals(Screen.INFORMATION, r.state.screen());
        r.on(new Consent(UUID.randomUUID()));
        assertEquals(Screen.ROLE, r.state.screen());
        assertEquals(ID, r.state.responseId(), "consenting again keeps the same response");
        assertEquals(List.of(new StartResponse(ID)), r.effects, "and starts no second one");
        r.on(new Pick(2), new Back(), new Forward());
        assertEquals("a1", r.state.currentItem().code());
    }

    @Test
    void declineAfterConsentWithdrawsWhatWasStored() {
        Run r = new Run().on(new Begin(), new Consent(ID), new Pick(1), new Back(), new Back(), new Decline());
        assertEquals(Screen.WELCOME, r.state.screen());
        assertNull(r.state.responseId());
        assertNull(r.state.role());
        assertTrue(r.state.answers().isEmpty());
        assertEquals(new Withdraw(ID), r.effects.get(r.effects.size() - 1));
    }

    @Test
    void submittingWithEveryStatementSkippedAsksOnce() {
        Run r = toFirstStatement().on(new Skip(), new Skip(), new Skip(), new Type("x"), new Next());
        r.on(new Move(1_000_000), new Choose());
        assertEquals(Screen.REVIEW, r.state.screen());
        assertEquals("Every statement is skipped. Enter again sends it as it is; Up goes to them.", r.state.notice());
        assertTrue(r.effects.stream().noneMatch(e -> e instanceof Submit));
        r.on(new Choose());
        assertEquals(Screen.THANKS, r.state.screen());
        assertEquals(new Submit(ID), r.effects.get(r.effects.size() - 1));
    }

    @Test
    void oneStatementAnsweredSubmitsAtOnce() {
        Run r = toFirstStatement().on(new Skip(), new Pick(2), new Skip(), new Next());
        r.on(new Move(1_000_000), new Choose());
        assertEquals(Screen.THANKS, r.state.screen());
    }

    @Test
    void homeAndEndReachTheReviewsFirstAndLastLines() {
        Run r = toFirstStatement().on(new Pick(4), new Pick(4), new Pick(4), new Next());
        r.on(new Move(1_000_000));
        assertEquals(Q.allItems().size() + 1, r.state.cursor(), "End: the submit line");
        r.on(new Move(-1_000_000));
        assertEquals(0, r.state.cursor(), "Home: the role");
    }

    @Test
    void endedUnderTheScreenClearsTheAnswersAndWritesNothingThenTheWelcomeReturns() {
        Run r = toFirstStatement().on(new Pick(4), new Type("x"));
        int before = r.effects.size();
        r.on(new SurveyEvent.Ended(UUID.randomUUID()));
        assertEquals(Screen.STATEMENT, r.state.screen(), "another response's end is not this one's");
        r.on(new SurveyEvent.Ended(ID));
        assertEquals(Screen.ENDED, r.state.screen());
        assertNull(r.state.responseId());
        assertTrue(r.state.answers().isEmpty(), "nothing of theirs stays on screen");
        r.on(new AnyKey());
        assertEquals(Screen.ENDED, r.state.screen(), "a key in the first seconds does not dismiss it unseen");
        r.at(r.now + SurveyState.ENDED_QUIET_MILLIS, new AnyKey());
        assertEquals(Screen.WELCOME, r.state.screen());
        assertEquals(before, r.effects.size(), "the store ended it: no write");
        Run idle = toFirstStatement().on(new SurveyEvent.Ended(ID));
        idle.at(idle.now + SurveyState.ENDED_MILLIS, new Tick());
        assertEquals(Screen.WELCOME, idle.state.screen());
    }
}
