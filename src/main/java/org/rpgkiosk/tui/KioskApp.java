package org.rpgkiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.store.Damage;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;
import org.rpgkiosk.store.WaveRepository.Wave;
import org.rpgkiosk.survey.SurveyEffect;
import org.rpgkiosk.survey.SurveyEvent;
import org.rpgkiosk.survey.SurveyFlow;
import org.rpgkiosk.survey.SurveyState;
import org.rpgkiosk.survey.SurveyState.Timing;

/**
 * The imperative shell of the kiosk: key, then event, then pure update, then the store writes it
 * asks for, committed, then a fresh frame: a frame that shows the next screen means the answer
 * before it is on disk (or, while the database is away, held and said to be saving:
 * {@link PendingWrites}). The same object runs on a real terminal ({@link #run()}) and, in
 * tests, on Lanterna's virtual terminal driven one key at a time.
 */
public final class KioskApp {
    private static final Logger LOG = Logger.getLogger(KioskApp.class.getName());
    private static final long TICK_MILLIS = 250;
    private static final long RECONNECT_WAIT_MILLIS = 300;
    /**
     * How often a response part way through is looked up while nothing is written for it: a wave
     * closed from the command line or another terminal ends the screen within this time, even for
     * a person only reading or typing.
     */
    static final long STATUS_CHECK_MILLIS = 2_000;
    /** The longest a batch of keys is handled before a frame is drawn (a paste arriving in pieces). */
    private static final long BATCH_MILLIS = 50;
    /**
     * After a screen is wiped (staff timed out, a participant's answers cleared), keys are dropped for
     * this long: a person typing as it happens meant them for the screen that went, and three Enters
     * once began a response, consented and chose a role on the welcome that replaced it.
     */
    static final long AFTER_WIPE_MILLIS = 1_500;
    static final String DAMAGED_NOTICE = "This kiosk cannot take answers: its database is damaged. Please tell a member of staff.";

    private final Screen screen;
    private final Store store;
    private final Timing timing;
    private final LongSupplier clock;
    private final Supplier<UUID> ids;
    private final StaffDesk desk;
    private final PendingWrites writes;
    private final HelpKey help = new HelpKey();
    /** Counts keys and ticks, so a refused step's writes can be told apart from earlier ones. */
    private long step;

    private SurveyState survey;
    private Optional<Wave> wave = Optional.empty();
    private StoredQuestionnaire questionnaire;
    private boolean staffMode;
    /** The staff screens show "Still there?": the next key only answers it. */
    private boolean staffWarned;
    private String shownWarning;
    private boolean running = true;
    private String fault;
    private TerminalSize drawnSize;
    private boolean wiped;
    private long lastKeyAt;
    /** The last frame asked for a larger window: nothing behind it was visible, so no key may act on it. */
    private boolean unseen;
    /** Keys before this instant are dropped: they were meant for the screen just wiped. */
    private long ignoreKeysUntil;
    private long nextStatusCheck;

    public KioskApp(Screen screen, Store store, Timing timing, LongSupplier clock, Supplier<UUID> ids, PinHasher hasher,
                    Path backupDir) {
        this.screen = screen;
        this.store = store;
        this.timing = timing;
        this.clock = clock;
        this.ids = ids;
        this.desk = new StaffDesk(store, hasher, backupDir);
        this.writes = new PendingWrites(w -> SurveyWrites.write(store.responses(), w), this::reconnect);
    }

    /** Loads the open wave's questionnaire and, on a new installation, starts the set-up screens. */
    public void start() {
        lastKeyAt = clock.getAsLong();
        refreshWave();
        if (desk.needsSetup()) {
            desk.beginSetup();
            staffMode = true;
        }
        render();
    }

    public boolean running() {
        return running;
    }

    /**
     * The open wave as the store has it now; while the database cannot be read (an outage, see
     * {@link PendingWrites}) the one already known, so the next person can still begin.
     */
    private void refreshWave() {
        try {
            wave = store.waves().openWave();
            questionnaire = wave.flatMap(w -> store.questionnaires().latest(w.questionnaireId())).orElse(null);
        } catch (RuntimeException e) {
            if (Damage.of(e) == null || questionnaire == null && wave.isEmpty()) throw e;
            LOG.log(Level.WARNING, "could not read the open wave; keeping the one known", e);
        }
        survey = SurveyState.welcome(questionnaire == null ? null : questionnaire.questionnaire(), timing, clock.getAsLong());
    }

    /** One key, start to finish: meaning, update, its writes committed, then the frame. */
    public void handle(KeyStroke key) {
        fault = null;
        if (accept(key)) render();
        slowWork();
    }

    /** A staff screen's slow work, after the frame that says it is under way (see {@link StaffScreen#work}). */
    private void slowWork() {
        if (!staffMode || !desk.workWaiting()) return;
        try {
            desk.work(clock.getAsLong());
        } catch (RuntimeException e) {
            staffFault(e);
        }
        lastKeyAt = clock.getAsLong();   // the time it took is not time the staff member walked away
        render();
    }

    /**
     * Every key waiting at the terminal, then one frame: a paste arrives as thousands of keys at
     * once, and a frame for each (a whole screen wrapped and compared, milliseconds apiece) kept
     * the kiosk busy for minutes. A run of typed characters on an open answer becomes one
     * {@link SurveyEvent.Type}, so a paste is one step of the flow too. The batch stops after
     * {@link #BATCH_MILLIS} of handling so that a frame still comes while keys keep arriving.
     * Returns how many keys were read; the production loop and the benchmark both come here.
     */
    public int drain() throws IOException {
        long until = clock.getAsLong() + BATCH_MILLIS;
        fault = null;   // a notice from a key of this batch stays until the frame after it
        StringBuilder typed = new StringBuilder();
        boolean draw = false;
        int keys = 0;
        KeyStroke key;
        while (running && (key = screen.pollInput()) != null) {
            keys++;
            String text = typingOpenAnswer() ? KeyMap.typed(key) : null;
            if (text != null) {
                keyArrived();
                typed.append(text);
                draw = true;
            } else {
                type(typed);
                draw = accept(key);
            }
            if (clock.getAsLong() >= until) break;
        }
        type(typed);
        if (draw) render();
        slowWork();
        return keys;
    }

    private boolean typingOpenAnswer() {
        return !staffMode && !unseen && !help.shown() && questionnaire != null && !writes.damaged()
                && survey.screen() == SurveyState.Screen.OPEN && clock.getAsLong() >= ignoreKeysUntil;
    }

    /** Characters joined by {@link #drain}, as one step at the time of the last of their keys; nothing when there are none. */
    private void type(StringBuilder typed) {
        if (typed.isEmpty()) return;
        apply(SurveyFlow.update(survey, new SurveyEvent.Type(typed.toString()), lastKeyAt));
        typed.setLength(0);
    }

    /** One key's meaning, update and writes, without the frame after it; false when there is nothing to draw on. */
    private boolean accept(KeyStroke key) {
        long now = keyArrived();
        if (key.getKeyType() == KeyType.EOF) {
            // The terminal went away (a closed window): nothing to draw on; keep the data safe.
            if (writes.held() > 0 && writes.flushNow(now) != PendingWrites.State.SAVED) {
                LOG.severe(writes.held() + " writes held in memory are lost: the terminal closed before the database came back");
            }
            running = false;
            return false;
        }
        // Nothing may be answered on a screen the person cannot see: behind "Please enlarge this
        // window", or wiped a moment ago (a staff member still typing as their screens time out).
        if (unseen || now < ignoreKeysUntil) return true;
        if (staffMode && staffWarned) {
            staffWarned = false;   // "Still there?" answered: the key only says so
            return true;
        }
        // F1 (or ? on a participant screen with no text to type) opened the page of keys, or this key closed it
        if (help.takes(key, !staffMode && survey.screen() != SurveyState.Screen.OPEN)) return true;
        if (staffMode) {
            staffKey(key, now);
        } else if (KeyMap.isStaffKey(key)) {
            apply(SurveyFlow.keepDraft(survey));   // the staff screens cover the answer being typed
            staffMode = true;
            desk.enter(midway());
            connectForStaff();
        } else if (questionnaire != null && !writes.damaged()) {
            KeyMap.participant(survey, key, ids).ifPresent(event -> apply(SurveyFlow.update(survey, event, now)));
        }
        return true;
    }

    /** A staff screen's step failed on the database: said on the screen, logged, and a lost connection replaced. */
    private void staffFault(RuntimeException e) {
        Damage.Kind kind = Damage.of(e);
        LOG.log(Level.SEVERE, "a staff screen could not reach the database", e);
        fault = kind == Damage.Kind.DAMAGED ? DAMAGED_NOTICE
                : kind == null ? "That could not be done (the kiosk's log says why). Please try again."
                : kind == Damage.Kind.DISK_FULL ? "The disk holding the database is full, so that was not done. "
                        + "Free some space (or tell whoever looks after this terminal), then try again."
                : "The database could not be reached just now, so that was not done. Please try again in a moment.";
        // A lost connection, or one a full disk closed, is replaced now: the next try finds a
        // new one once the server is back or space is freed.
        if (kind == Damage.Kind.UNREACHABLE || kind == Damage.Kind.DISK_FULL) connectForStaff();
    }

    /** A participant has begun a response here and not yet sent it. */
    private boolean midway() {
        return survey.responseId() != null && survey.screen() != SurveyState.Screen.THANKS
                && survey.screen() != SurveyState.Screen.WELCOME;
    }

    private long keyArrived() {
        long now = clock.getAsLong();
        lastKeyAt = now;
        step++;
        return now;
    }

    private void staffKey(KeyStroke key, long now) {
        StaffDesk.Outcome outcome;
        try {
            outcome = desk.key(key, now);
        } catch (RuntimeException e) {
            staffFault(e);
            return;
        }
        if (outcome == StaffDesk.Outcome.QUIT && writes.held() > 0 && writes.flushNow(now) != PendingWrites.State.SAVED) {
            // Quitting would lose them: they are only in memory until the database takes them.
            fault = writes.held() + " answers given at this kiosk are not saved yet: it stays open until the database "
                    + "takes them. Try again when the database is back.";
            staffMode = false;
            desk.enter(midway());
        } else if (outcome == StaffDesk.Outcome.QUIT) {
            // A response part way through would stay "in progress" for ever: it ends as abandoned.
            if (midway()) apply(new SurveyFlow.Transition(survey, List.of(new SurveyEffect.Abandon(survey.responseId()))));
            running = false;
        } else if (outcome == StaffDesk.Outcome.LEAVE) {
            staffMode = false;
            if (survey.screen() == SurveyState.Screen.WELCOME) refreshWave();
            checkStillInProgress(now);   // the wave may have been closed from the menu just left
        }
    }

    /**
     * A staff member is about to need the database: a connection lost while nothing was asked
     * of it (a server restarted) is replaced now, not at the PIN's Enter.
     */
    private void connectForStaff() {
        try {
            store.reconnectIfLost();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the database cannot be reached for the staff screens", e);
        }
    }

    /** Time passing: held writes tried again, the idle warning, its countdown, the thank-you's end. */
    public void tick() {
        step++;
        if (writes.waiting()) {
            try {
                writes.flush(clock.getAsLong());
            } catch (RuntimeException e) {   // refused once the database was back: logged and dropped there
                fault = "An answer given earlier could not be saved. Please tell a member of staff.";
            }
            endIfRefused();
            render();   // the notice changes, or goes
        }
        if (staffMode) {
            staffIdle();
            return;
        }
        if (questionnaire == null) return;
        SurveyState.Screen before = survey.screen();
        if (clock.getAsLong() >= nextStatusCheck) checkStillInProgress(clock.getAsLong());
        apply(SurveyFlow.update(survey, new org.rpgkiosk.survey.SurveyEvent.Tick(), clock.getAsLong()));
        if (before != survey.screen()) help.close();   // "Still there?", or the next person's welcome
        if (before != survey.screen() || before == SurveyState.Screen.THANKS || before == SurveyState.Screen.STILL_THERE) {
            render();
        }
    }

    /**
     * Staff who walk away logged in leave the menus open to the next passer-by: after the kiosk's
     * idle time untouched, a staff screen gives way to the participants' welcome (not set-up, which
     * has no one to hand back to).
     */
    private void staffIdle() {
        long idle = clock.getAsLong() - lastKeyAt;
        if (desk.inSetup() || idle < timing.idleMillis()) return;
        if (idle < timing.idleMillis() + timing.countdownMillis()) {
            // Warned first, as a participant is: any key keeps the staff screens, and is not acted on.
            long left = (timing.idleMillis() + timing.countdownMillis() - idle + 999) / 1000;
            String warning = staffWarning(left);
            if (!staffWarned || !warning.equals(shownWarning)) {
                staffWarned = true;
                shownWarning = warning;
                render();
            }
            return;
        }
        staffWarned = false;
        ignoreKeysUntil = clock.getAsLong() + AFTER_WIPE_MILLIS;
        staffMode = false;
        help.close();
        desk.walkedAway();
        try {
            store.audit().record("kiosk", "staff.idle", "left the staff screens after " + timing.idleMillis() / 1000 + " s");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the staff time-out", e);
        }
        if (survey.screen() == SurveyState.Screen.WELCOME) refreshWave();
        wiped = true;
        render();
    }

    static String staffWarning(long secondsLeft) {
        return "Still there? These staff screens close in " + Painter.seconds(secondsLeft) + ". Press any key to stay.";
    }

    /**
     * The writes the step asks for are committed before the frame that shows its new screen is
     * drawn: a participant who sees the next statement has their answer on disk (a commit to the
     * file takes about a millisecond, BENCHMARKS.md). While the database is away the writes wait
     * in {@link PendingWrites} and the screen goes on, saying so. A write refused for any other
     * reason sends the screen back to where it was, with a notice, so the answer can be given again.
     */
    private void apply(SurveyFlow.Transition t) {
        SurveyState before = survey;
        survey = t.state();
        boolean newPerson = before.screen() != SurveyState.Screen.WELCOME
                && survey.screen() == SurveyState.Screen.WELCOME;
        if (newPerson) wiped = true;
        if (!t.effects().isEmpty()) {
            int waveId = wave.map(Wave::id).orElse(0);
            for (SurveyEffect effect : t.effects()) writes.add(new PendingWrites.Pending(effect, waveId, questionnaire, LocalDate.now(), step));
            try {
                writes.flush(clock.getAsLong());
            } catch (RuntimeException e) {
                writes.discardStep(step);
                fault = "Your last answer could not be saved. Please tell a member of staff.";
                survey = before;
                return;
            }
        }
        endIfRefused();
        if (newPerson) refreshWave();   // a new person: pick up a wave opened or closed meanwhile
        if (newPerson && before.screen() == SurveyState.Screen.STILL_THERE) {
            ignoreKeysUntil = clock.getAsLong() + AFTER_WIPE_MILLIS;   // timed out: keys still coming were not for this
        }
    }

    /**
     * A response part way through whose status changed under the screen (its wave closed here,
     * from the command line or at another terminal; a backup restored) ends now, said plainly.
     * While the database cannot be read this waits for the next look: the writes held meanwhile
     * meet the same answer when they are made.
     */
    private void checkStillInProgress(long now) {
        nextStatusCheck = now + STATUS_CHECK_MILLIS;
        if (!midway() || writes.waiting() || writes.damaged()) return;
        boolean inProgress;
        try {
            inProgress = store.responses().inProgress(survey.responseId());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not look up the response on screen; looked at again later", e);
            return;
        }
        if (!inProgress) end(survey.responseId(), "was closed under the screen; nothing of it was refused");
    }

    /** A write the store refused (see {@link PendingWrites#takeEnded}): its response's screen ends. */
    private void endIfRefused() {
        UUID refused = writes.takeEnded();
        if (refused != null) end(refused, "could no longer take the answers given; they were not stored");
    }

    private void end(UUID responseId, String what) {
        SurveyState.Screen before = survey.screen();
        survey = SurveyFlow.update(survey, new SurveyEvent.Ended(responseId), clock.getAsLong()).state();
        if (before == survey.screen()) return;   // not the response on screen: its person has gone
        wiped = true;
        help.close();
        try {
            store.audit().record("kiosk", "response.ended", "a response part way through " + what
                    + "; the participant was told on screen");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record a response ended under the screen", e);
        }
    }

    /**
     * A server back from a restart answers a new connection in milliseconds: the first attempt
     * is waited for briefly, so a person sees nothing of it; while the writes wait, not at all
     * (the next tick looks again), so keys are never held up by a server that is down.
     */
    private boolean reconnect() {
        return store.reconnectWithin(writes.waiting() ? 0 : RECONNECT_WAIT_MILLIS);
    }

    /**
     * Draws the whole frame afresh, so nothing of an earlier screen can linger. A frame that cannot
     * be drawn never ends the kiosk nor stops the writes that follow it ({@link #apply}): the fault
     * goes to the log, a plain frame says so, and the state stays as it was, so the next key goes on
     * from there.
     */
    public void render() {
        try {
            draw();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not draw the " + (staffMode ? "staff" : survey.screen().name().toLowerCase())
                    + " screen", e);
            try {
                drawFallback();
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "could not draw the fallback screen", again);
            }
        }
    }

    private void draw() {
        TerminalSize size = screen.doResizeIfNecessary();
        if (size == null) size = screen.getTerminalSize();
        screen.clear();
        Painter p = new Painter(screen.newTextGraphics(), size);
        unseen = p.tooSmall();
        if (unseen) help.drawn(p, false);
        if (unseen) {
            p.askToEnlarge();
        } else if (staffMode) {
            desk.render(p);
            help.drawn(p, true);
            p.notice(staffWarned ? shownWarning : fault != null ? fault : writes.notice(clock.getAsLong()));   // staff see what is held
        } else {
            long now = clock.getAsLong();
            SurveyScreens.render(survey, p, questionnaire != null, !writes.waiting(), now);
            help.drawn(p, true);
            p.notice(writes.damaged() ? DAMAGED_NOTICE : fault != null ? fault : writes.notice(now));
        }
        // After a resize or between two people, repaint every cell, not just the changed ones.
        boolean complete = wiped || !size.equals(drawnSize);
        drawnSize = size;
        wiped = false;
        refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    private void drawFallback() {
        screen.clear();
        Painter p = new Painter(screen.newTextGraphics(), screen.getTerminalSize());
        p.titleBar(SurveyScreens.NO_TITLE, "");
        p.bold(3, "Part of this screen could not be shown.");
        p.paragraph(5, staffMode ? "Press Esc to go back, or try again." : "Your answers so far are saved. "
                + "Please tell a member of staff; the keys of this step still work.", p.lastContentRow());
        p.keysLine(staffMode ? "Esc back" : SurveyScreens.STAFF_KEY);
        drawnSize = null;   // the next frame repaints every cell
        refresh(Screen.RefreshType.COMPLETE);
    }

    private void refresh(Screen.RefreshType type) {
        try {
            screen.refresh(type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The production loop on a real terminal: keys as they come, a tick four times a second. */
    public void run() throws IOException {
        start();
        long nextTick = clock.getAsLong() + TICK_MILLIS;
        while (running) {
            if (drain() > 0) continue;
            long now = clock.getAsLong();
            if (now >= nextTick) {
                tick();
                if (screen.doResizeIfNecessary() != null) render();
                nextTick = now + TICK_MILLIS;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
