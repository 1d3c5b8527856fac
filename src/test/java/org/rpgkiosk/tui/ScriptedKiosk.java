package org.rpgkiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.rpgkiosk.attendance.Group;
import org.rpgkiosk.attendance.Register;
import org.rpgkiosk.attendance.RegisterEvent;
import org.rpgkiosk.attendance.RegisterFlow;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.survey.SurveyState.Timing;

/**
 * A kiosk with a script for a participant, run as its own process by the durability tests: the
 * real KioskApp on a virtual terminal, typing whole responses. After each key it prints what
 * that key has committed, so a test that kills it knows what must have survived:
 * {@code A <response> <item number> <points|-> } per answer and {@code S <response>} per submit.
 *
 * With a GROUP it also records that group's attendance every 25 responses, one session a day
 * going back from today, and prints {@code R <date>} once each is saved.
 *
 * <p>Arguments: URL USER PASSWORD RESPONSES SEED [GROUP] (RESPONSES 0 = until killed).
 */
public final class ScriptedKiosk {
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int responses = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[4]));
        AtomicReference<UUID> lastId = new AtomicReference<>();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try (Store store = Store.open(DatabaseUrl.of(args[0], args[1], args[2]))) {
            KioskApp app = new KioskApp(screen, store, Timing.DEFAULT, System::currentTimeMillis, () -> {
                lastId.set(UUID.randomUUID());
                return lastId.get();
            }, new PinHasher(1_000), java.nio.file.Path.of("target", "backups"));
            app.start();
            out.println("ready");
            out.flush();
            // The days of the sessions count back from one day, taken once: a run across midnight
            // once gave two sessions the same day (the second replaced the first; 56 of 64 stored).
            LocalDate firstDay = LocalDate.now();
            for (int n = 0; responses == 0 || n < responses; n++) {
                key(app, terminal, screen, new KeyStroke(KeyType.Enter));
                key(app, terminal, screen, new KeyStroke('y', false, false));
                UUID id = lastId.get();
                key(app, terminal, screen, new KeyStroke((char) ('1' + random.nextInt(6)), false, false));
                for (int item = 1; item <= 17; item++) {
                    int points = random.nextInt(5);     // 0 = skip
                    key(app, terminal, screen, new KeyStroke(points == 0 ? 's' : (char) ('0' + points), false, false));
                    out.println("A " + id + " " + item + " " + (points == 0 ? "-" : points));
                    out.flush();
                }
                for (char c : ("reply " + n).toCharArray()) key(app, terminal, screen, new KeyStroke(c, false, false));
                for (int i = 0; i < 3; i++) key(app, terminal, screen, new KeyStroke(KeyType.Tab));
                for (int i = 0; i < 3; i++) key(app, terminal, screen, new KeyStroke(KeyType.PageDown));
                key(app, terminal, screen, new KeyStroke(KeyType.Enter));
                out.println("S " + id);
                out.flush();
                key(app, terminal, screen, new KeyStroke(' ', false, false));   // past the thank-you
                if (args.length > 5 && !args[5].isEmpty() && (n + 1) % 25 == 0) {
                    LocalDate day = firstDay.minusDays(n / 25);
                    recordSession(store, args[5], day);
                    out.println("R " + day);
                    out.flush();
                }
            }
        } finally {
            screen.stopScreen();
        }
        out.println("done");
        out.flush();
    }

    /** A facilitator's register of the whole group, everyone present, saved in one transaction. */
    private static void recordSession(Store store, String groupName, LocalDate day) {
        Group group = store.attendance().group(groupName).orElseThrow();
        Register register = store.attendance().open(group, day);
        Register named = RegisterFlow.update(register,
                new RegisterEvent.SetFacilitator(group.facilitatorKind(), "Test Facilitator")).register();
        RegisterFlow.Transition t = RegisterFlow.update(named, new RegisterEvent.MarkRestPresent());
        if (t.refused()) throw new IllegalStateException("register refused: " + t.problems());
        store.attendance().save(t.register(), "script");
    }

    private static void key(KioskApp app, DefaultVirtualTerminal terminal, TerminalScreen screen, KeyStroke k)
            throws Exception {
        terminal.addInput(k);
        app.handle(screen.pollInput());
    }
}
