package org.rpgkiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.survey.SurveyEvent;
import org.rpgkiosk.survey.SurveyFlow;
import org.rpgkiosk.survey.SurveyState;
import org.rpgkiosk.survey.SurveyState.Timing;

/**
 * The questionnaire exactly as a participant meets it (the same flow, keys and screens), with
 * PREVIEW stamped on every screen and no store at all: what the flow asks to write is dropped, so
 * nothing an evaluator tries out can reach the returns. F12 (or Ctrl-C) ends it.
 */
public final class PreviewApp {
    static final String STAMP = " PREVIEW: nothing is stored · F12 ends ";
    private static final long TICK_MILLIS = 250;

    private final Screen screen;
    private final Timing timing;
    private final LongSupplier clock;
    private SurveyState survey;
    private boolean running = true;
    /** The last frame asked for a larger window: keys then act on nothing, as at the kiosk. */
    private boolean unseen;
    private final HelpKey help = new HelpKey();

    public PreviewApp(Screen screen, Questionnaire questionnaire, Timing timing, LongSupplier clock) {
        this.screen = screen;
        this.timing = timing;
        this.clock = clock;
        this.survey = SurveyState.welcome(questionnaire, timing, clock.getAsLong());
    }

    public boolean running() {
        return running;
    }

    public void handle(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF || KeyMap.isStaffKey(key)) {
            running = false;
            return;
        }
        if (unseen || help.takes(key, survey.screen() != SurveyState.Screen.OPEN)) {
            render();
            return;
        }
        KeyMap.participant(survey, key, UUID::randomUUID)
                .ifPresent(e -> survey = SurveyFlow.update(survey, e, clock.getAsLong()).state());   // effects dropped
        render();
    }

    public void tick() {
        SurveyState.Screen before = survey.screen();
        survey = SurveyFlow.update(survey, new SurveyEvent.Tick(), clock.getAsLong()).state();
        if (before != survey.screen()) help.close();
        if (before != survey.screen() || before == SurveyState.Screen.STILL_THERE || before == SurveyState.Screen.THANKS) {
            render();
        }
    }

    public void render() {
        TerminalSize size = screen.doResizeIfNecessary();
        screen.clear();
        Painter p = new Painter(screen.newTextGraphics(), size == null ? screen.getTerminalSize() : size);
        unseen = p.tooSmall();
        if (unseen) {
            p.askToEnlarge();
        } else {
            SurveyScreens.render(survey, p, true, true, clock.getAsLong());
            help.drawn(p, true);
            p.stamp(STAMP);
        }
        try {
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void run() throws IOException {
        render();
        long nextTick = clock.getAsLong() + TICK_MILLIS;
        while (running) {
            KeyStroke key = screen.pollInput();
            if (key != null) {
                handle(key);
                continue;
            }
            if (clock.getAsLong() >= nextTick) {
                tick();
                nextTick = clock.getAsLong() + TICK_MILLIS;
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
