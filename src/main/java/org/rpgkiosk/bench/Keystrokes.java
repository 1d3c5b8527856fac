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
 * arrival at the terminal to the frame drawn on it. The clock is moved on between responses so
 * the thank-you screen gives way to the welcome screen.
 */
final class Keystrokes {
    private static final String STATEMENTS = "43s21" + "34432" + "1234" + "3" + "s" + "2";

    private Keystrokes() {}

    /** Times in seconds of every key of {@code responses} responses; the store needs an open wave and PINs. */
    static List<Double> type(Store store, Path backups, int responses) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        long[] now = {1_000_000};
        KioskApp app = new KioskApp(screen, store, Timing.DEFAULT, () -> now[0], UUID::randomUUID,
                new PinHasher(1_000), backups);
        app.start();
        List<Double> times = new ArrayList<>();
        try {
            for (int r = 0; r < responses; r++) {
                for (KeyStroke k : oneResponse()) {
                    long began = System.nanoTime();
                    terminal.addInput(k);
                    app.handle(screen.pollInput());
                    times.add((System.nanoTime() - began) / 1e9);
                }
                now[0] += 600_000;
                app.tick();
            }
        } finally {
            screen.stopScreen();
        }
        return times;
    }

    private static List<KeyStroke> oneResponse() {
        List<KeyStroke> keys = new ArrayList<>();
        keys.add(new KeyStroke(KeyType.Enter));
        keys.add(new KeyStroke('y', false, false));
        keys.add(new KeyStroke('5', false, false));
        for (char c : STATEMENTS.toCharArray()) keys.add(new KeyStroke(c, false, false));
        for (char c : "Time to think.".toCharArray()) keys.add(new KeyStroke(c, false, false));
        for (int i = 0; i < 3; i++) keys.add(new KeyStroke(KeyType.Tab));
        for (int i = 0; i < 3; i++) keys.add(new KeyStroke(KeyType.PageDown));
        keys.add(new KeyStroke(KeyType.Enter));
        return keys;
    }
}
