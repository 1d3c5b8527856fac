package org.rpgkiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * asks for, then a fresh frame. The same object runs on a real terminal ({@link #run()}) and, in
 * tests, on Lanterna's virtual terminal driven one key at a time.
 */
public final class KioskApp {
    private static final Logger LOG = Logger.getLogger(KioskApp.class.getName());
    private static final long TICK_MILLIS = 250;
    /** The longest a batch of keys is handled before a frame is drawn (a paste arriving in pieces). */
    private static final long BATCH_MILLIS = 50;
    static final String DAMAGED_NOTICE = "This kiosk cannot take answers: its database is damaged. Please tell a member of staff.";

    private final Screen screen;
    private final Store store;
    private final Timing timing;
    private final LongSupplier clock;
    private final Supplier<UUID> ids;
    private final StaffDesk desk;

    private SurveyState survey;
    private Optional<Wave> wave = Optional.empty();
    private StoredQuestionnaire questionnaire;
    private boolean staffMode;
    private boolean running = true;
    private String fault;
    private TerminalSize drawnSize;
    private boolean wiped;
    private long lastKeyAt;
    /** Set when a write meets a damaged file: no further answer goes into it. */
    private boolean damaged;

    public KioskApp(Screen screen, Store store, Timing timing, LongSupplier clock, Supplier<UUID> ids, PinHasher hasher,
                    Path backupDir) {
        this.screen = screen;
        this.store = store;
        this.timing = timing;
        this.clock = clock;
        this.ids = ids;
        this.desk = new StaffDesk(store, hasher, backupDir);
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

    private void refreshWave() {
        wave = store.waves().openWave();
        questionnaire = wave.flatMap(w -> store.questionnaires().latest(w.questionnaireId())).orElse(null);
        survey = SurveyState.welcome(questionnaire == null ? null : questionnaire.questionnaire(), timing, clock.getAsLong());
    }

    /** One key, start to finish: meaning, update, frame, writes (then a frame again). */
    public void handle(KeyStroke key) {
        if (accept(key)) render();
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
        return keys;
    }

    private boolean typingOpenAnswer() {
        return !staffMode && questionnaire != null && !damaged && survey.screen() == SurveyState.Screen.OPEN;
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
            running = false;
            return false;
        }
        if (staffMode) {
            staffKey(key, now);
        } else if (KeyMap.isStaffKey(key)) {
            staffMode = true;
            desk.enter();
        } else if (questionnaire != null && !damaged) {
            KeyMap.participant(survey, key, ids).ifPresent(event -> apply(SurveyFlow.update(survey, event, now)));
        }
        return true;
    }

    private long keyArrived() {
        long now = clock.getAsLong();
        fault = damaged ? DAMAGED_NOTICE : null;
        lastKeyAt = now;
        return now;
    }

    private void staffKey(KeyStroke key, long now) {
        StaffDesk.Outcome outcome = desk.key(key, now);
        if (outcome == StaffDesk.Outcome.QUIT) {
            running = false;
        } else if (outcome == StaffDesk.Outcome.LEAVE) {
            staffMode = false;
            if (survey.screen() == SurveyState.Screen.WELCOME) refreshWave();
        }
    }

    /** Time passing: the idle warning, its countdown, the thank-you's end. */
    public void tick() {
        if (staffMode) {
            staffIdle();
            return;
        }
        if (questionnaire == null) return;
        SurveyState.Screen before = survey.screen();
        apply(SurveyFlow.update(survey, new org.rpgkiosk.survey.SurveyEvent.Tick(), clock.getAsLong()));
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
        if (desk.inSetup() || clock.getAsLong() - lastKeyAt < timing.idleMillis()) return;
        staffMode = false;
        desk.walkedAway();
        store.audit().record("kiosk", "staff.idle", "left the staff screens after " + timing.idleMillis() / 1000 + " s");
        if (survey.screen() == SurveyState.Screen.WELCOME) refreshWave();
        wiped = true;
        render();
    }

    /**
     * The new screen is drawn first, then the writes the step asks for are committed, before the
     * next key is read: a commit to the database file takes milliseconds, tens on a busy machine
     * (BENCHMARKS.md), and a participant should not feel it on every statement. If a write fails,
     * the screen goes back to where it was, with a notice, so the answer can be given again.
     */
    private void apply(SurveyFlow.Transition t) {
        SurveyState before = survey;
        survey = t.state();
        boolean newPerson = before.screen() != SurveyState.Screen.WELCOME
                && survey.screen() == SurveyState.Screen.WELCOME;
        if (newPerson) wiped = true;
        if (!t.effects().isEmpty()) render();
        for (SurveyEffect effect : t.effects()) {
            try {
                write(effect);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "could not store " + effect.getClass().getSimpleName(), e);
                Damage.Kind kind = Damage.of(e);
                damaged = kind == Damage.Kind.DAMAGED;
                fault = damaged ? DAMAGED_NOTICE : "Your last answer could not be saved"
                        + (kind == Damage.Kind.DISK_FULL ? " (the kiosk's disk is full)" : "") + ". Please tell a member of staff.";
                survey = before;
                return;
            }
        }
        if (newPerson) refreshWave();   // a new person: pick up a wave opened or closed meanwhile
    }

    private void write(SurveyEffect effect) {
        var responses = store.responses();
        if (effect instanceof SurveyEffect.StartResponse s) {
            responses.start(s.responseId(), wave.orElseThrow().id(), questionnaire.versionId());
        } else if (effect instanceof SurveyEffect.SaveRole r) {
            responses.saveRole(r.responseId(), r.roleCode());
        } else if (effect instanceof SurveyEffect.SaveAnswer a) {
            responses.saveAnswer(a.responseId(), questionnaire.itemId(a.itemCode()), a.points(), a.text());
        } else if (effect instanceof SurveyEffect.Submit s) {
            responses.submit(s.responseId(), LocalDate.now());
        } else if (effect instanceof SurveyEffect.Abandon a) {
            responses.abandon(a.responseId());
        }
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
        if (p.tooSmall()) {
            p.askToEnlarge();
        } else if (staffMode) {
            desk.render(p);
        } else {
            SurveyScreens.render(survey, p, questionnaire != null, clock.getAsLong());
            p.notice(fault);
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
        p.helpLine(staffMode ? "Esc back" : SurveyScreens.STAFF_KEY);
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
