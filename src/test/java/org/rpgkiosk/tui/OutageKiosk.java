package org.rpgkiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.survey.SurveyState.Timing;

/**
 * A participant who keeps typing through a database outage, run as its own process by OutageIT:
 * the real KioskApp on a virtual terminal, a key every {@link #KEY_MILLIS} ms and a tick every
 * {@link #TICK_MILLIS} ms as {@link KioskApp#run()} gives them, so a kiosk that recovers (or
 * retries) in its tick gets the chance to.
 *
 * <p>Unlike {@link ScriptedKiosk}, which reports what each key has committed, this one reports
 * what the participant has GIVEN: during an outage an answer may only be held, and the test
 * checks afterwards that every one of them reached the database. Lines on stdout:
 * <ul>
 * <li>{@code ready} once the kiosk has started;
 * <li>{@code A <response> <item> <points|->} after each statement key, {@code S <response>}
 *     after the submitting Enter;
 * <li>{@code V <text>} whenever the notice row (or any row saying "sav…") changes, so the test
 *     knows what the participant read during the outage;
 * <li>{@code M menu} or {@code M no-menu <screen>} after F12, the evaluator PIN and Enter, then
 *     {@code M left} or {@code M still-staff <screen>} after Esc;
 * <li>{@code done} at a clean end.
 * </ul>
 * A line {@code finish} on stdin asks it to complete the response under way, try the staff
 * entrance, keep ticking {@link #SETTLE_MILLIS} ms (whatever is still held can be written) and
 * end. Any exception ends the process with a stack trace on stderr, as it would end the real
 * kiosk's loop.
 *
 * <p>Arguments: URL USER PASSWORD SEED.
 */
public final class OutageKiosk {
    static final long KEY_MILLIS = 25;
    static final long TICK_MILLIS = 250;
    static final long SETTLE_MILLIS = 2_000;
    static final String EVALUATOR_PIN = "2468";

    private final PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    private final TerminalScreen screen;
    private KioskApp app;
    private long nextTick;
    private String shown = "";

    private OutageKiosk() throws Exception {
        screen = new TerminalScreen(terminal);
    }

    public static void main(String[] args) throws Exception {
        new OutageKiosk().run(args);
    }

    private void run(String[] args) throws Exception {
        Random random = new Random(Long.parseLong(args[3]));
        AtomicReference<UUID> lastId = new AtomicReference<>();
        AtomicBoolean finish = new AtomicBoolean();
        Thread commands = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("finish")) finish.set(true);
                }
            } catch (java.io.IOException e) {
                // the test went away; the kiosk goes on until it is killed
            }
        }, "commands");
        commands.setDaemon(true);
        commands.start();
        screen.startScreen();
        try (Store store = Store.open(DatabaseUrl.of(args[0], args[1], args[2]))) {
            app = new KioskApp(screen, store, Timing.DEFAULT, System::currentTimeMillis, () -> {
                lastId.set(UUID.randomUUID());
                return lastId.get();
            }, new PinHasher(1_000), java.nio.file.Path.of("target", "backups"));
            app.start();
            say("ready");
            nextTick = System.currentTimeMillis() + TICK_MILLIS;
            for (int n = 0; !finish.get(); n++) {
                key(new KeyStroke(KeyType.Enter));
                key(new KeyStroke('y', false, false));
                UUID id = lastId.get();
                key(new KeyStroke((char) ('1' + random.nextInt(6)), false, false));
                for (int item = 1; item <= 17; item++) {
                    int points = random.nextInt(5);     // 0 = skip
                    key(new KeyStroke(points == 0 ? 's' : (char) ('0' + points), false, false));
                    say("A " + id + " " + item + " " + (points == 0 ? "-" : points));
                }
                for (char c : ("reply " + n).toCharArray()) key(new KeyStroke(c, false, false));
                for (int i = 0; i < 3; i++) key(new KeyStroke(KeyType.Tab));
                for (int i = 0; i < 3; i++) key(new KeyStroke(KeyType.PageDown));
                key(new KeyStroke(KeyType.Enter));
                say("S " + id);
                // No tick before this key: the thank-you ends on its own after 5 s, and a slow
                // submit followed by a tick would turn this key into the next person's Begin.
                press(new KeyStroke(' ', false, false));
            }
            staffEntrance();
            long end = System.currentTimeMillis() + SETTLE_MILLIS;
            while (System.currentTimeMillis() < end) pause();
        } finally {
            screen.stopScreen();
        }
        say("done");
    }

    /** F12, the evaluator PIN, Enter: the staff menu must appear; Esc must bring back the survey. */
    private void staffEntrance() throws Exception {
        key(new KeyStroke(KeyType.F12));
        for (char c : EVALUATOR_PIN.toCharArray()) key(new KeyStroke(c, false, false));
        key(new KeyStroke(KeyType.Enter));
        String menu = KioskHarness.text(terminal);
        say(menu.contains("Staff menu") ? "M menu" : "M no-menu " + oneLine(menu));
        key(new KeyStroke(KeyType.Escape));
        String after = KioskHarness.text(terminal);
        say(after.contains("Staff menu") || after.contains("Staff entrance") ? "M still-staff " + oneLine(after) : "M left");
    }

    /** A key at a participant's pace, with the loop's tick whenever one is due. */
    private void key(KeyStroke k) throws Exception {
        pause();
        press(k);
    }

    private void press(KeyStroke k) throws Exception {
        terminal.addInput(k);
        app.handle(screen.pollInput());
        watch();
    }

    private void pause() throws InterruptedException {
        Thread.sleep(KEY_MILLIS);
        long now = System.currentTimeMillis();
        if (now >= nextTick) {
            app.tick();
            watch();
            nextTick = now + TICK_MILLIS;
        }
    }

    /** Reports the notice row, and any row about saving, whenever what they say changes. */
    private void watch() {
        String[] rows = KioskHarness.text(terminal).split("\n", -1);
        int noticeRow = terminal.getTerminalSize().getRows() - 2;
        StringBuilder seen = new StringBuilder(noticeRow < rows.length ? rows[noticeRow].strip() : "");
        for (int r = 0; r < rows.length; r++) {
            if (r != noticeRow && rows[r].toLowerCase(Locale.ROOT).contains("sav")) seen.append(" | ").append(rows[r].strip());
        }
        if (!seen.toString().equals(shown)) {
            shown = seen.toString();
            say("V " + shown);
        }
    }

    private static String oneLine(String screenText) {
        return screenText.strip().replaceAll("\\s*\n\\s*", " / ");
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
