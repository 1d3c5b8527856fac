package org.rpgkiosk.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.survey.SurveyState.Timing;
import org.rpgkiosk.tui.KioskApp;

/**
 * Keystroke to frame: the real kiosk on Lanterna's virtual terminal at 80x24, a whole response
 * typed again and again (welcome, consent, role, every statement, the open questions, review,
 * submit: the answers are written to the database as in production), each key timed from its
 * arrival at the terminal to the first frame drawn after it (the terminal's flush), which the
 * kiosk draws only once the writes the key asked for are committed. The clock is
 * moved on between responses so the thank-you screen gives way to the welcome screen.
 */
final class Keystrokes {
    private static final String STATEMENTS = "43s21" + "34432" + "1234" + "3" + "s" + "2";

    private Keystrokes() {}

    /** Seconds per key, to the first frame after it (its writes committed before it). */
    record Times(List<Double> toFrame) {}

    /** Every key of {@code responses} responses; the store needs an open wave and PINs. */
    static Times type(Store store, Path backups, int responses) throws IOException {
        Kiosk kiosk = new Kiosk(store, backups);
        Times times = new Times(new ArrayList<>());
        try {
            for (int r = 0; r < responses; r++) {
                List<KeyStroke> keys = new ArrayList<>(toOpenAnswer());
                keys.addAll(chars("Time to think.", 14));
                keys.addAll(toSubmitted());
                for (KeyStroke k : keys) {
                    kiosk.frames.clear();
                    long began = System.nanoTime();
                    kiosk.handle(k);
                    long done = System.nanoTime();
                    times.toFrame().add(((kiosk.frames.count() == 0 ? done : kiosk.frames.first()) - began) / 1e9);
                }
                kiosk.nextPerson();
            }
        } finally {
            kiosk.screen.stopScreen();
        }
        return times;
    }

    /** Seconds from a paste's first key to the frame after it, and the frames drawn on the way. */
    record Paste(List<Double> toFrame, List<Integer> frames) {}

    /**
     * A paste of {@code length} characters into the first open question, once in each of
     * {@code responses} whole responses: every key is put at the terminal first, as a paste
     * arrives, then the kiosk reads them through {@link KioskApp#drain}, the production loop's own
     * code. Timed from the first key put to the last frame flushed; that frame must show
     * {@code mustShow} (the paste, or the notice that it was cut).
     */
    static Paste paste(Store store, Path backups, int length, int responses, String mustShow) throws IOException {
        Kiosk kiosk = new Kiosk(store, backups);
        List<KeyStroke> paste = chars("Time to think, and to hear how others work. ", length);
        Paste out = new Paste(new ArrayList<>(), new ArrayList<>());
        try {
            for (int r = 0; r < responses; r++) {
                for (KeyStroke k : toOpenAnswer()) kiosk.handle(k);
                kiosk.frames.clear();
                long began = System.nanoTime();
                for (KeyStroke k : paste) kiosk.terminal.addInput(k);
                kiosk.app.drain();
                out.toFrame().add((kiosk.frames.last() - began) / 1e9);
                out.frames().add(kiosk.frames.count());
                if (!kiosk.terminal.toString().contains(mustShow)) {
                    throw new IllegalStateException("the frame after a paste of " + length + " characters does not show \""
                            + mustShow + "\":\n" + kiosk.terminal);
                }
                for (KeyStroke k : toSubmitted()) kiosk.handle(k);
                kiosk.nextPerson();
            }
        } finally {
            kiosk.screen.stopScreen();
        }
        return out;
    }

    /** The kiosk on a virtual terminal whose frames are counted, with a hand-moved clock. */
    private static final class Kiosk {
        final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        final Frames frames = new Frames();
        final TerminalScreen screen = new TerminalScreen(terminal);
        final long[] now = {1_000_000};
        final KioskApp app;

        Kiosk(Store store, Path backups) throws IOException {
            terminal.addVirtualTerminalListener(frames);
            screen.startScreen();
            app = new KioskApp(screen, store, Timing.DEFAULT, () -> now[0], UUID::randomUUID, new PinHasher(1_000), backups);
            app.start();
        }

        void handle(KeyStroke k) throws IOException {
            terminal.addInput(k);
            app.handle(screen.pollInput());
        }

        /** The thank-you screen's time passes: the welcome screen for the next response. */
        void nextPerson() {
            now[0] += 600_000;
            app.tick();
        }
    }

    /** Welcome, consent, role and every statement: the first open question on the screen. */
    private static List<KeyStroke> toOpenAnswer() {
        List<KeyStroke> keys = new ArrayList<>();
        keys.add(new KeyStroke(KeyType.Enter));
        keys.add(new KeyStroke('y', false, false));
        keys.add(new KeyStroke('5', false, false));
        keys.addAll(chars(STATEMENTS, STATEMENTS.length()));
        return keys;
    }

    /** From the first open answer's text: the open questions left, the review, submit. */
    private static List<KeyStroke> toSubmitted() {
        List<KeyStroke> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) keys.add(new KeyStroke(KeyType.Tab));
        for (int i = 0; i < 3; i++) keys.add(new KeyStroke(KeyType.PageDown));
        keys.add(new KeyStroke(KeyType.Enter));
        return keys;
    }

    /** {@code length} keys typing {@code text}, over and over as needed. */
    private static List<KeyStroke> chars(String text, int length) {
        List<KeyStroke> keys = new ArrayList<>(length);
        for (int i = 0; i < length; i++) keys.add(new KeyStroke(text.charAt(i % text.length()), false, false));
        return keys;
    }
}
