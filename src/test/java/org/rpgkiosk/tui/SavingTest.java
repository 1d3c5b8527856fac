package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.SmallDisk;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.H2Server;

/**
 * What the kiosk promises a participant about saving (issue 15): a frame showing the next screen
 * comes after the answer before it is committed; open text is kept as a draft after a pause and
 * when the screen changes; answers given while the database is away are held, said to be saving,
 * and written once when it is back.
 */
class SavingTest {
    private static final Pattern POSITION = Pattern.compile("· (\\d+) left");

    @TempDir Path dir;
    private KioskHarness kiosk;

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) kiosk.close();
    }

    private void toFirstStatement() {
        kiosk.key(KeyType.Enter);
        kiosk.type("y");
        kiosk.type("5");     // social worker
    }

    private void toFirstOpenQuestion() {
        toFirstStatement();
        kiosk.type("43s21" + "34432" + "1234" + "3s2");
        assertTrue(kiosk.text().contains("Question 1 of 3"), kiosk.text());
    }

    /** Answers committed, as another connection sees them: not this one's own uncommitted writes. */
    private static int committedAnswers(Connection other) throws Exception {
        try (var st = other.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM answer")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void everyFrameShowingTheNextStatementComesAfterTheAnswerBeforeItIsCommitted() throws Exception {
        kiosk = KioskHarness.ready(dir);
        DatabaseUrl url = kiosk.store.url();
        List<String> seen = new ArrayList<>();
        try (Connection other = DriverManager.getConnection(url.url(), url.user(), url.password())) {
            toFirstStatement();
            kiosk.terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
                @Override
                public void onFlush() {
                    Matcher m = POSITION.matcher(kiosk.text());
                    if (!m.find()) return;
                    try {
                        // 19 left on the first statement: every statement shown after it has its
                        // predecessors' answers on disk as the frame leaves for the terminal.
                        seen.add((19 - Integer.parseInt(m.group(1))) + " answered, " + committedAnswers(other) + " committed");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void onBell() {}

                @Override
                public void onClose() {}

                @Override
                public void onResized(Terminal terminal, TerminalSize size) {}
            });
            kiosk.type("4321432");
        }
        assertEquals(List.of("1 answered, 1 committed", "2 answered, 2 committed", "3 answered, 3 committed",
                "4 answered, 4 committed", "5 answered, 5 committed", "6 answered, 6 committed",
                "7 answered, 7 committed"), seen);
    }

    private Record2<String, Boolean> storedOpen(String code) {
        return kiosk.store.dsl().select(ANSWER.ANSWER_TEXT, ANSWER.DRAFT).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                .where(ITEM.CODE.eq(code)).fetchOne();
    }

    @Test
    void openTextIsKeptAsADraftAfterAPauseAndFinishedOnTab() throws Exception {
        kiosk = KioskHarness.ready(dir);
        toFirstOpenQuestion();
        kiosk.type("Time to think");
        kiosk.after(900);
        assertNull(storedOpen("open_helpful"), "typing on: nothing written yet");
        kiosk.after(100);
        assertEquals("Time to think", storedOpen("open_helpful").value1());
        assertTrue(storedOpen("open_helpful").value2(), "flagged as a draft");

        kiosk.type(", and space");
        kiosk.after(999);
        assertEquals("Time to think", storedOpen("open_helpful").value1(), "within the pause: the earlier draft");
        kiosk.after(1);
        assertEquals("Time to think, and space", storedOpen("open_helpful").value1());

        kiosk.key(KeyType.Tab);
        assertEquals("Time to think, and space", storedOpen("open_helpful").value1());
        assertFalse(storedOpen("open_helpful").value2(), "finished: no longer a draft");
    }

    @Test
    void anAbandonedResponseKeepsItsDraftFlagged() throws Exception {
        kiosk = KioskHarness.ready(dir);
        toFirstOpenQuestion();
        String typed = "x".repeat(3_990) + " end";
        kiosk.type(typed);
        kiosk.after(90_000);                 // walked away: "Still there?"
        assertTrue(kiosk.text().contains("Are you still there?"), kiosk.text());
        kiosk.after(30_000);                 // wiped
        assertTrue(kiosk.text().contains("Press Enter to begin."), kiosk.text());
        assertEquals("abandoned", kiosk.store.dsl().select(RESPONSE.STATUS).from(RESPONSE).fetchSingle().value1());
        assertEquals(typed, storedOpen("open_helpful").value1());
        assertTrue(storedOpen("open_helpful").value2());
        assertEquals(17 + 1, kiosk.store.dsl().fetchCount(ANSWER), "the statements and the draft");
    }

    @Test
    void theStaffKeyKeepsTheDraftBeingTyped() throws Exception {
        kiosk = KioskHarness.ready(dir);
        toFirstOpenQuestion();
        kiosk.type("Half a thought");
        kiosk.key(KeyType.F12);
        assertEquals("Half a thought", storedOpen("open_helpful").value1());
        assertTrue(storedOpen("open_helpful").value2());
    }

    /**
     * Ticks until the notice goes: the kiosk's clock is the test's, but its new connection is
     * made on a thread of its own in real time (at most 10 s here).
     */
    private void untilSaved() throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (kiosk.text().contains("Saving") && System.nanoTime() < end) {
            kiosk.after(250);
            Thread.sleep(20);
        }
    }

    /** db-server on one port and data directory, stopped and started again as a test asks. */
    private final class Served implements AutoCloseable {
        private final Path data = dir.resolve("served");
        private final int port;
        private H2Server server;

        Served() throws Exception {
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            server = H2Server.start(data, port, false);
            kiosk = KioskHarness.ready(new KioskHarness(dir, server.kioskUrl()));
        }

        void stop() {
            server.close();
        }

        void start() {
            server = H2Server.start(data, port, false);
        }

        @Override
        public void close() throws Exception {
            kiosk.close();
            kiosk = null;
            server.close();
        }
    }

    @Test
    void answersGivenWhileTheServerIsDownAreHeldSavingAndWrittenOnceWhenItIsBack() throws Exception {
        try (Served served = new Served()) {
            toFirstStatement();
            kiosk.type("4");
            served.stop();                                           // db-server stopped
            kiosk.type("3");
            String away = kiosk.text();
            assertTrue(away.contains("Statement 3 of 8"), "the participant carries on: " + away);
            assertTrue(away.contains("Saving your answers"), away);
            kiosk.type("2s");
            kiosk.after(250);
            kiosk.after(500);                                        // retries while it is down
            assertTrue(kiosk.text().contains("Saving your answers"), kiosk.text());

            served.start();                                          // and started again
            untilSaved();
            String back = kiosk.text();
            assertFalse(back.contains("Saving"), back);
            assertTrue(back.contains("Statement 5 of 8"), back);
            var points = kiosk.store.dsl().select(ITEM.CODE, ANSWER.POINTS).from(ANSWER).join(ITEM)
                    .on(ITEM.ID.eq(ANSWER.ITEM_ID)).orderBy(ITEM.POSITION).fetch();
            assertEquals(4, points.size(), "each answer once: " + points);
            assertEquals(List.of((short) 4, (short) 3, (short) 2), points.getValues(ANSWER.POINTS).subList(0, 3));
            assertNull(points.get(3).value2(), "the skip");
            assertEquals(1, kiosk.store.dsl().fetchCount(RESPONSE));
            assertEquals("social_worker", kiosk.store.dsl().select(RESPONSE.ROLE_CODE).from(RESPONSE).fetchSingle().value1());

            kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);            // staff screens work again
            assertTrue(kiosk.text().contains("Staff menu"), kiosk.text());
        }
    }

    @Test
    void aServerRestartedWhileNobodyWasTypingIsNotNoticed() throws Exception {
        try (Served served = new Served()) {
            served.stop();
            served.start();
            toFirstStatement();                                      // the first write meets the dead connection
            kiosk.type("4");
            assertFalse(kiosk.text().contains("Saving"), kiosk.text());
            assertEquals(1, kiosk.store.dsl().fetchCount(ANSWER));
            kiosk.key(KeyType.F12);
            kiosk.type(KioskHarness.EVALUATOR_PIN);
            served.stop();
            served.start();                                          // restarted again, mid-PIN
            kiosk.key(KeyType.Enter);
            assertTrue(kiosk.text().contains("could not be reached just now"), kiosk.text());
            kiosk.line(KioskHarness.EVALUATOR_PIN);                  // and at once it works again
            assertTrue(kiosk.text().contains("Staff menu"), kiosk.text());
        }
    }

    @Test
    void answersGivenWhileTheDiskIsFullAreHeldAndSavedOnceThereIsSpace() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"))) {
            kiosk = KioskHarness.ready(dir.resolve("disk").resolve("data"));
            toFirstStatement();
            kiosk.type("4");
            disk.fill();
            kiosk.type("32");
            String full = kiosk.text();
            assertTrue(full.contains("Statement 4 of 8"), "the participant carries on: " + full);
            assertTrue(full.contains("Saving your answers"), full);
            kiosk.after(250);
            disk.free();
            untilSaved();
            assertFalse(kiosk.text().contains("Saving"), kiosk.text());
            assertEquals(List.of((short) 4, (short) 3, (short) 2), kiosk.store.dsl().select(ANSWER.POINTS).from(ANSWER)
                    .join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID)).orderBy(ITEM.POSITION).fetch(ANSWER.POINTS));
            kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
            assertTrue(kiosk.text().contains("Staff menu"), kiosk.text());
            kiosk.close();
            kiosk = null;
        }
    }
}
