package org.rpgkiosk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.rpgkiosk.bench.Frames;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.survey.SurveyState.Timing;

/**
 * The real kiosk on Lanterna's virtual terminal, with a hand-moved clock: tests type keys into
 * the terminal, the app reads them as in production, and the screen is read back as text.
 */
final class KioskHarness implements AutoCloseable {
    static final PinHasher FAST_HASHER = new PinHasher(1_000);
    static final String EVALUATOR_PIN = "2468";
    static final String FACILITATOR_PIN = "1357";

    final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    final TerminalScreen screen;
    final Store store;
    final KioskApp app;
    long now = 1_000_000;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Frames frames = new Frames();
    private String failOn;
    private int failures;

    KioskHarness(Path dataDir) throws IOException {
        this(dataDir, DatabaseUrl.defaultFor(dataDir));
    }

    /** On any database (a served one, say); {@code dataDir} holds the backups. */
    KioskHarness(Path dataDir, DatabaseUrl url) throws IOException {
        store = Store.open(url);
        screen = new TerminalScreen(terminal) {
            @Override
            public TextGraphics newTextGraphics() {
                return failing(super.newTextGraphics());
            }
        };
        terminal.addVirtualTerminalListener(frames);
        screen.startScreen();
        app = new KioskApp(screen, store, Timing.DEFAULT, () -> now,
                () -> new UUID(0, nextId.getAndIncrement()), FAST_HASHER, dataDir.resolve("backups"));
    }

    /** A database with the default questionnaire, both PINs and wave y1 open. */
    static KioskHarness ready(Path dataDir) throws IOException {
        return ready(new KioskHarness(dataDir));
    }

    static KioskHarness ready(KioskHarness h) {
        var store = h.store;
        store.questionnaires().load(QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt")), "test");
        store.pins().save(StaffRole.EVALUATOR, FAST_HASHER.hash(EVALUATOR_PIN));
        store.pins().save(StaffRole.FACILITATOR, FAST_HASHER.hash(FACILITATOR_PIN));
        int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
        store.waves().open("y1", "+1 year", 210, qid, LocalDate.now());
        h.app.start();
        return h;
    }

    /** A ready kiosk where a social worker has begun, consented and reached the first statement. */
    static KioskHarness atFirstStatement(Path dataDir) throws IOException {
        KioskHarness h = ready(dataDir);
        h.key(KeyType.Enter);
        h.type("y");
        h.type("5");     // social worker
        return h;
    }

    /**
     * {@code count} social workers answering the first statement (3 or 4) in the open wave, the
     * first {@code submitted} of them submitted and the rest still in progress.
     */
    void responses(int count, int submitted) {
        var stored = store.questionnaires().latest(store.questionnaires().idOf("rpg-outcomes").orElseThrow()).orElseThrow();
        int wave = store.waves().openWave().orElseThrow().id();
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(7, i);
            store.responses().start(id, wave, stored.versionId());
            store.responses().saveRole(id, "social_worker");
            store.responses().saveAnswer(id, stored.itemId("skills_reflect"), 3 + i % 2, null);
            if (i < submitted) store.responses().submit(id, LocalDate.now());
        }
    }

    /** The next {@code times} attempts to draw a text holding {@code marker} fail, as a fault in a screen would. */
    void failDrawing(String marker, int times) {
        failOn = marker;
        failures = times;
    }

    private TextGraphics failing(TextGraphics real) {
        return (TextGraphics) Proxy.newProxyInstance(TextGraphics.class.getClassLoader(), new Class<?>[] {TextGraphics.class},
                (proxy, method, args) -> {
                    if (failures > 0 && method.getName().equals("putString") && args.length == 3
                            && args[2] instanceof String s && s.contains(failOn)) {
                        failures--;
                        throw new IllegalArgumentException("a text that cannot be drawn (test)");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    void type(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            terminal.addInput(k);
            try {
                KeyStroke read = screen.pollInput();
                app.handle(read);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Keys arriving all at once, as a paste does: every one put at the terminal, then read through
     * the production loop's {@link KioskApp#drain}. Returns the frames drawn meanwhile.
     */
    int paste(Iterable<KeyStroke> keys) {
        for (KeyStroke k : keys) terminal.addInput(k);
        frames.clear();
        try {
            app.drain();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return frames.count();
    }

    void type(String text) {
        for (char c : text.toCharArray()) type(new KeyStroke(c, false, false));
    }

    /** Types a field's text and presses Enter, as at a form. */
    void line(String text) {
        type(text);
        key(KeyType.Enter);
    }

    void key(KeyType type) {
        type(new KeyStroke(type));
    }

    /** Every statement still ahead answered with {@code key} ("s" skips), up to the first open question. */
    void throughStatements(String key) {
        for (int i = 0; i < 40 && text().contains("Statement"); i++) type(key);
    }

    /** Tab past every open question still ahead (an empty one is skipped), to the review. */
    void toReview() {
        for (int i = 0; i < 10 && !text().contains("Check your answers"); i++) key(KeyType.Tab);
    }

    /** F12, a PIN and Enter: the staff menu of whoever the PIN belongs to. */
    void enterStaff(String pin) {
        key(KeyType.F12);
        type(pin);
        key(KeyType.Enter);
    }

    void ctrl(char c) {
        type(new KeyStroke(c, true, false));
    }

    /** Moves the clock on and lets the app notice it. */
    void after(long millis) {
        now += millis;
        app.tick();
    }

    /**
     * The whole screen against src/test/resources/screens/NAME.txt; on a difference the actual
     * screen goes to target/screens/NAME.actual.txt, for a human to look at and copy over only if right.
     */
    void assertSnapshot(String name) throws IOException {
        assertSnapshot(terminal, name);
    }

    static void assertSnapshot(DefaultVirtualTerminal terminal, String name) throws IOException {
        String expected = java.nio.file.Files.readString(Path.of("src/test/resources/screens/" + name + ".txt"));
        String actual = text(terminal);
        if (!expected.equals(actual)) {
            java.nio.file.Files.createDirectories(Path.of("target/screens"));
            java.nio.file.Files.writeString(Path.of("target/screens/" + name + ".actual.txt"), actual);
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    String text() {
        return text(terminal);
    }

    /** The screen as lines of text, trailing blanks cut. */
    static String text(DefaultVirtualTerminal terminal) {
        StringBuilder out = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                line.append(terminal.getCharacter(col, row).getCharacterString());
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        screen.stopScreen();
        store.close();
    }
}
