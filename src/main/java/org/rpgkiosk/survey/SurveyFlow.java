package org.rpgkiosk.survey;

import java.util.ArrayList;
import java.util.List;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.questionnaire.Statement;
import org.rpgkiosk.survey.SurveyEvent.Back;
import org.rpgkiosk.survey.SurveyEvent.Begin;
import org.rpgkiosk.survey.SurveyEvent.Choose;
import org.rpgkiosk.survey.SurveyEvent.Consent;
import org.rpgkiosk.survey.SurveyEvent.Decline;
import org.rpgkiosk.survey.SurveyEvent.Ended;
import org.rpgkiosk.survey.SurveyEvent.Forward;
import org.rpgkiosk.survey.SurveyEvent.Move;
import org.rpgkiosk.survey.SurveyEvent.Pick;
import org.rpgkiosk.survey.SurveyEvent.Scroll;
import org.rpgkiosk.survey.SurveyEvent.Tick;
import org.rpgkiosk.survey.SurveyEvent.Type;
import org.rpgkiosk.survey.SurveyState.Builder;
import org.rpgkiosk.survey.SurveyState.Screen;

/**
 * The participant's way through the questionnaire as a pure function:
 * {@code (state, event, now) -> (next state, store writes)}. No terminal, no database, no clock
 * of its own, so every path (skip, back, review and change, idle, abandon) is a plain unit test.
 */
public final class SurveyFlow {
    private SurveyFlow() {}

    public record Transition(SurveyState state, List<SurveyEffect> effects) {
        public Transition {
            effects = List.copyOf(effects);
        }
    }

    public static Transition update(SurveyState state, SurveyEvent event, long now) {
        Builder s = state.toBuilder();
        List<SurveyEffect> effects = new ArrayList<>();
        if (event instanceof Tick) {
            tick(s, effects, now);
            return new Transition(s.build(), effects);
        }
        if (event instanceof Ended e) {
            if (e.responseId().equals(s.responseId)) end(s, now);
            return new Transition(s.build(), effects);
        }
        s.lastActivity = now;
        // What typing was told (a character not added, the limit) stays while typing goes on,
        // so the next letter does not wipe it before it is read.
        if (!(event instanceof Type)) s.notice = null;
        switch (state.screen()) {
            case WELCOME -> { if (event instanceof Begin) enterInformation(s); }
            case INFORMATION -> information(s, event, effects);
            case ROLE -> role(s, event, effects);
            case STATEMENT -> StatementStep.on(s, (Statement) route(s).get(s.itemIndex), event, effects);
            case OPEN -> OpenStep.on(s, event, effects);
            case REVIEW -> ReviewStep.on(s, event, effects, now);
            case THANKS -> wipe(s, now);
            case ENDED -> { if (now >= s.deadline - SurveyState.ENDED_MILLIS + SurveyState.ENDED_QUIET_MILLIS) wipe(s, now); }
            case STILL_THERE -> {
                s.screen = s.resumeScreen;
                s.resumeScreen = null;
            }
        }
        return new Transition(s.build(), effects);
    }

    private static void tick(Builder s, List<SurveyEffect> effects, long now) {
        switch (s.screen) {
            case WELCOME -> { }
            case THANKS, ENDED -> { if (now >= s.deadline) wipe(s, now); }
            case STILL_THERE -> {
                if (now >= s.deadline) {
                    keepDraft(s, effects);   // the abandoned response keeps what was typed, flagged
                    if (s.responseId != null) effects.add(new SurveyEffect.Abandon(s.responseId));
                    wipe(s, now);
                }
            }
            default -> {
                if (now - s.lastActivity >= SurveyState.DRAFT_PAUSE_MILLIS) keepDraft(s, effects);
                if (now - s.lastActivity >= s.timing.idleMillis()) {
                    s.resumeScreen = s.screen;
                    s.screen = Screen.STILL_THERE;
                    s.deadline = now + s.timing.countdownMillis();
                }
            }
        }
    }

    /**
     * The open answer as typed so far goes to the store now (the shell asks before the staff
     * screens cover it); nothing when the store already holds it.
     */
    public static Transition keepDraft(SurveyState state) {
        Builder s = state.toBuilder();
        List<SurveyEffect> effects = new ArrayList<>();
        keepDraft(s, effects);
        return new Transition(s.build(), effects);
    }

    private static void keepDraft(Builder s, List<SurveyEffect> effects) {
        boolean typing = s.screen == Screen.OPEN || s.screen == Screen.STILL_THERE && s.resumeScreen == Screen.OPEN;
        if (!typing || s.responseId == null || s.draft.equals(s.draftStored)) return;
        // Blank is no answer; it replaces a stored draft only when there is one to replace.
        if (!s.draft.isBlank() || !s.draftStored.isBlank()) {
            String code = route(s).get(s.itemIndex).code();
            effects.add(new SurveyEffect.SaveDraft(s.responseId, code, s.draft.isBlank() ? null : s.draft));
        }
        s.draftStored = s.draft;
    }

    /**
     * The response can take nothing more: what is on screen of it goes at once (answers, draft),
     * and the person is told, for {@link SurveyState#ENDED_MILLIS}, before the welcome returns.
     * No write: the store has already ended it.
     */
    private static void end(Builder s, long now) {
        wipe(s, now);
        s.screen = Screen.ENDED;
        s.deadline = now + SurveyState.ENDED_MILLIS;
    }

    /** The next person starts from nothing: every answer and draft of this one is dropped. */
    private static void wipe(Builder s, long now) {
        SurveyState fresh = SurveyState.welcome(s.questionnaire, s.timing, now);
        Builder f = fresh.toBuilder();
        s.screen = f.screen;
        s.responseId = null;
        s.role = null;
        s.answers = f.answers;
        s.itemIndex = 0;
        s.cursor = 0;
        s.scroll = 0;
        s.draft = "";
        s.draftCursor = 0;
        s.draftStored = "";
        s.fromReview = false;
        s.notice = null;
        s.deadline = 0;
        s.resumeScreen = null;
        s.submitAsked = false;
    }

    /** Nothing is chosen for the person: consent is given by Y (or Enter on Yes, chosen first). */
    private static void enterInformation(Builder s) {
        s.screen = Screen.INFORMATION;
        s.scroll = 0;
        s.cursor = SurveyState.NO_CURSOR;
    }

    /**
     * Back here from the role screen, consent is already given: Y goes on with the same response,
     * and N takes the consent back, deleting what was stored (the person said no; nothing of
     * theirs is kept, not even as abandoned).
     */
    private static void information(Builder s, SurveyEvent event, List<SurveyEffect> effects) {
        if (event instanceof Consent c) {
            if (s.responseId == null) {
                s.responseId = c.responseId();
                effects.add(new SurveyEffect.StartResponse(c.responseId()));
            }
            enterRole(s);
        } else if (event instanceof Decline) {
            boolean withdrawn = s.responseId != null;
            if (withdrawn) effects.add(new SurveyEffect.Withdraw(s.responseId));
            wipe(s, s.lastActivity);
            // Said on the welcome that returns, so the person leaves knowing what became of it.
            s.notice = withdrawn ? "You said no: what you had answered is deleted. Thank you."
                    : "You said no: nothing was stored. Thank you.";
        } else if (event instanceof Scroll sc) {
            s.scroll = Math.max(0, s.scroll + sc.lines());
        } else if (event instanceof Move m) {
            s.cursor = moved(s.cursor, m, 2);
        } else if (event instanceof Choose) {
            s.notice = "Press Y to take part, or N if you would rather not.";
        }
    }

    /** A cursor moved in a list of {@code size}: from none, down goes to the first, up to the last. */
    static int moved(int cursor, Move m, int size) {
        if (cursor == SurveyState.NO_CURSOR) return m.delta() > 0 ? 0 : size - 1;
        return clamp(cursor + m.delta(), 0, size - 1);
    }

    static void enterRole(Builder s) {
        s.screen = Screen.ROLE;
        List<String> codes = s.questionnaire.roles().stream().map(r -> r.code()).toList();
        s.cursor = s.role == null ? SurveyState.NO_CURSOR : codes.indexOf(s.role);   // no role chosen for them
    }

    private static void role(Builder s, SurveyEvent event, List<SurveyEffect> effects) {
        int roles = s.questionnaire.roles().size();
        if (event instanceof Move m) {
            s.cursor = moved(s.cursor, m, roles);
        } else if (event instanceof Pick p) {
            if (p.number() >= 1 && p.number() <= roles) {
                chooseRole(s, p.number() - 1, effects);
            } else {
                s.notice = "Press a number from 1 to " + roles + ".";
            }
        } else if (event instanceof Choose && s.cursor == SurveyState.NO_CURSOR) {
            s.notice = "Press the number of your job role, or choose it with the arrows first.";
        } else if (event instanceof Choose) {
            chooseRole(s, s.cursor, effects);
        } else if (event instanceof Back && s.fromReview) {
            ReviewStep.enter(s, 0);
        } else if (event instanceof Back) {
            s.screen = Screen.INFORMATION;   // consent given: the cursor is on it
            s.scroll = 0;
            s.cursor = 0;
        } else if (event instanceof Forward && s.role != null) {
            goOn(s);
        } else if (event instanceof Forward) {
            s.notice = "Press the number of your job role to go on.";
        }
    }

    private static void chooseRole(Builder s, int index, List<SurveyEffect> effects) {
        s.role = s.questionnaire.roles().get(index).code();
        effects.add(new SurveyEffect.SaveRole(s.responseId, s.role));
        goOn(s);
    }

    static void enterItem(Builder s, int index) {
        s.itemIndex = index;
        Item item = route(s).get(index);
        Answer given = s.answers.get(item.code());
        if (item instanceof Statement statement) {
            StatementStep.enter(s, statement, given);
        } else {
            OpenStep.enter(s, given);
        }
    }

    static void answer(Builder s, Answer answer, List<SurveyEffect> effects) {
        save(s, answer, effects);
        goOn(s);
    }

    /**
     * From the screen shown to the one after it: the next item (the first after the role), or
     * back to the review line of what was changed there, or the review after the last item.
     */
    static void goOn(Builder s) {
        boolean onRole = s.screen == Screen.ROLE;
        int next = onRole ? 0 : s.itemIndex + 1;
        if (s.fromReview) {
            ReviewStep.enter(s, onRole ? 0 : s.itemIndex + 1);
        } else if (next < route(s).size()) {
            enterItem(s, next);
        } else {
            ReviewStep.enter(s, 0);
        }
    }

    static void save(Builder s, Answer answer, List<SurveyEffect> effects) {
        Item item = route(s).get(s.itemIndex);
        s.answers.put(item.code(), answer);
        effects.add(new SurveyEffect.SaveAnswer(s.responseId, item.code(), answer));
        s.draft = "";
        s.draftCursor = 0;
        s.draftStored = "";
    }

    static void back(Builder s) {
        if (s.fromReview) {
            ReviewStep.enter(s, s.itemIndex + 1);
        } else if (s.itemIndex == 0) {
            enterRole(s);
        } else {
            enterItem(s, s.itemIndex - 1);
        }
    }

    /** The items this participant sees: {@link Route}. */
    static List<Item> route(Builder s) {
        return Route.seen(s.questionnaire, s.answers);
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
