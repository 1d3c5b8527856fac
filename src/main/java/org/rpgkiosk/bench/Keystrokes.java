package org.rpgkiosk.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
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
 * arrival at the terminal to the first frame drawn after it (the terminal's flush), and to the
 * end of its handling (the frame and the writes the key asked for, committed). The clock is
 * moved on between responses so the thank-you screen gives way to the welcome screen.
 */
final class Keystrokes {
    private static final String STATEMENTS = "43s21" + "34432" + "1234" + "3" + "s" + "2";

    private Keystrokes() {}

    /** Seconds per key: to the first frame, and to the end of its handling (writes committed). */
    record Times(List<Double> toFrame, List<Double> toCommitted) {}

    /** Every key of {@code responses} responses; the store needs an open wave and PINs. */
    static Times type(Store store, Path backups, int responses) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        long[] firstFlush = {0};
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                if (firstFlush[0] == 0) firstFlush[0] = System.nanoTime();
            }

            @Override
            public void onBell() {}

            @Override
            public void onClose() {}

            @Override
            public void onResized(Terminal t, TerminalSize size) {}
        });
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        long[] now = {1_000_000};
        KioskApp app = new KioskApp(screen, store, Timing.DEFAULT, () -> now[0], UUID::randomUUID,
                new PinHasher(1_000), backups);
        app.start();
        Times times = new Times(new ArrayList<>(), new ArrayList<>());
        try {
            for (int r = 0; r < responses; r++) {
                for (KeyStroke k : oneResponse()) {
                    firstFlush[0] = 0;
                    long began = System.nanoTime();
                    terminal.addInput(k);
                    app.handle(screen.pollInput());
                    long done = System.nanoTime();
                    times.toFrame().add(((firstFlush[0] == 0 ? done : firstFlush[0]) - began) / 1e9);
                    times.toCommitted().add((done - began) / 1e9);
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
