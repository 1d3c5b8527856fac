package org.rpgkiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.survey.SurveyState.Timing;

/**
 * A kiosk run as its own process by the kill tests, with the production loop ({@link KioskApp#run()}:
 * keys polled, a tick every 250 ms, the wall clock) rather than a script stepping it, so a kill
 * lands where it would on a real kiosk. Keys come in on stdin, one command a line:
 * {@code c X} one character, {@code t TEXT} each character of TEXT, or a Lanterna key name
 * ({@code enter}, {@code tab}, {@code arrowdown} ...).
 *
 * <p>It prints {@code ready} once the kiosk is set up, {@code I <uuid>} each time the kiosk takes a
 * response id, and {@code F <title row> | <row 21>} at every flush of the terminal: the moment a
 * frame leaves for the screen, i.e. what a participant would already see (row 21 is the open
 * answer's character count). Each line is flushed before the kiosk goes on, so a test that kills
 * this process still reads every frame that was shown.
 *
 * <p>Arguments: URL USER PASSWORD.
 */
public final class PipedKiosk {
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                String[] rows = KioskHarness.text(terminal).split("\n", -1);
                say(out, "F " + rows[0].strip() + " | " + rows[21].strip());
            }

            @Override
            public void onBell() {}

            @Override
            public void onClose() {}

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal t, TerminalSize size) {}
        });
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try (Store store = Store.open(DatabaseUrl.of(args[0], args[1], args[2]))) {
            KioskApp app = new KioskApp(screen, store, Timing.DEFAULT, System::currentTimeMillis, () -> {
                UUID id = UUID.randomUUID();
                say(out, "I " + id);
                return id;
            }, new PinHasher(1_000), Path.of("target", "backups"));
            Thread keys = new Thread(() -> typeFromStdin(terminal), "stdin-keys");
            keys.setDaemon(true);
            keys.start();
            say(out, "ready");
            app.run();
        } finally {
            screen.stopScreen();
        }
        say(out, "done");
    }

    private static synchronized void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }

    private static void typeFromStdin(DefaultVirtualTerminal terminal) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("c ") && line.length() == 3) {
                    terminal.addInput(new KeyStroke(line.charAt(2), false, false));
                } else if (line.startsWith("t ")) {
                    for (char c : line.substring(2).toCharArray()) terminal.addInput(new KeyStroke(c, false, false));
                } else {
                    terminal.addInput(new KeyStroke(keyType(line)));
                }
            }
            terminal.addInput(new KeyStroke(KeyType.EOF));   // stdin closed: the terminal went away, the kiosk ends
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static KeyType keyType(String name) {
        for (KeyType t : KeyType.values()) {
            if (t.name().equalsIgnoreCase(name.strip())) return t;
        }
        throw new IllegalArgumentException("no such key: " + name);
    }
}
