package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.tui.OutageKiosk;

/**
 * Issue 15, finding 3: the database goes away for a few seconds while kiosks are in use and comes
 * back on the same port and data. Every kiosk must live through it (no exit to the shell), hold
 * what the participant gives meanwhile, write it once the database is back, and let staff in
 * again. Real processes ({@link OutageKiosk}), a real db-server and a real PostgreSQL server,
 * each stopped and started by the test.
 */
class OutageIT {
    static final int KIOSKS = 3;
    /** Answers each kiosk gives before the outage, so it begins mid-response with work behind it. */
    static final int ANSWERS_BEFORE = 25;
    static final long DOWN_MILLIS = 5_000;
    static final long UP_MILLIS = 10_000;
    /** A notice this soon after the restart still counts as "during the outage": reconnecting takes a moment. */
    static final long GRACE_MILLIS = 3_000;
    private static final Pattern ANSWER_LINE = Pattern.compile("A ([0-9a-f-]{36}) (\\d+) ([1-4-])");
    private static final Pattern SUBMIT_LINE = Pattern.compile("S ([0-9a-f-]{36})");

    @TempDir Path dir;

    /** A server that can be stopped and started again on the same port with the same data. */
    interface Outage {
        DatabaseUrl url();
        void stop() throws Exception;
        void restart() throws Exception;
    }

    @Test
    void kiosksOnDbServerLiveThroughARestartAndLoseNothing() throws Exception {
        int port = freePort();
        Path data = dir.resolve("served");
        H2Server[] server = {H2Server.start(data, port, false)};
        try {
            DatabaseUrl url = server[0].kioskUrl();
            outage("db-server", new Outage() {
                public DatabaseUrl url() { return url; }
                // Stops the TCP server in this JVM and closes the file: the kiosks then meet H2's
                // 90121 "Database is already closed", not the "Connection is broken" of a killed
                // db-server process; the kiosk must ride out both.
                public void stop() { server[0].close(); }
                // The kiosk password is kept in the data directory, so the URL is the same after it.
                public void restart() { server[0] = H2Server.start(data, port, false); }
            });
        } finally {
            server[0].close();
        }
    }

    @Test
    void kiosksOnPostgresLiveThroughARestartAndLoseNothing() throws Exception {
        int port = freePort();
        Path data = dir.resolve("pg");
        // Its own server, not TestDatabases.server(): the other tests share that one. Without
        // setCleanDataDirectory(false), close() deletes the data directory and start() runs initdb.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data)
                .setCleanDataDirectory(false);
        EmbeddedPostgres[] pg = {builder.start()};
        try {
            try (Connection c = pg[0].getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE kiosk_outage");
            }
            DatabaseUrl url = DatabaseUrl.of("jdbc:postgresql://localhost:" + port + "/kiosk_outage", "postgres", "postgres");
            outage("postgres", new Outage() {
                public DatabaseUrl url() { return url; }
                public void stop() throws IOException { pg[0].close(); }   // pg_ctl stop -m fast: sessions are ended
                public void restart() throws IOException { pg[0] = builder.start(); }
            });
        } finally {
            pg[0].close();
        }
    }

    private void outage(String name, Outage server) throws Exception {
        ScriptedKiosks.prepare(server.url());
        List<Child> kiosks = new ArrayList<>();
        try {
            for (int i = 0; i < KIOSKS; i++) kiosks.add(Child.start(server.url(), 4000 + i, name + "-" + i));
            for (Child k : kiosks) k.awaitReady();
            for (Child k : kiosks) k.awaitAnswers(ANSWERS_BEFORE);
            for (Child k : kiosks) assertTrue(k.process.isAlive(), k.name + " died before the outage: " + k.stderr());

            long downAt = System.currentTimeMillis();
            server.stop();
            Thread.sleep(DOWN_MILLIS);                 // the kiosks keep typing into the outage
            server.restart();
            long upAt = System.currentTimeMillis();
            int given = kiosks.stream().mapToInt(k -> k.answers().size()).sum();
            Thread.sleep(UP_MILLIS);                   // and go on once it is back

            List<String> report = new ArrayList<>();
            List<String> endedEarly = new ArrayList<>();
            for (Child k : kiosks) {
                if (!k.process.isAlive()) endedEarly.add(k.name);
                if (!k.process.isAlive()) report.add(k.name + " ended during the outage, exit " + k.process.exitValue() + ": " + k.stderr());
                k.finish();
            }
            for (Child k : kiosks) {
                if (!k.process.waitFor(60, TimeUnit.SECONDS)) {
                    k.process.destroyForcibly();
                    report.add(k.name + " did not finish within 60 s: " + k.tail());
                }
                k.process.waitFor(30, TimeUnit.SECONDS);
                k.reader.get(30, TimeUnit.SECONDS);
            }
            List<String> all = new ArrayList<>();
            kiosks.forEach(k -> all.addAll(k.lines));
            int lost;
            try (Store store = Store.open(server.url())) {
                lost = lost(store, all);
            }
            report.add(0, name + ": " + lost + " of " + answers(all).size() + " answers given not stored as given ("
                    + given + " given by the restart)");
            for (Child k : kiosks) {
                report.add(k.name + ": exit " + k.process.exitValue() + ", " + k.answers().size() + " answers, "
                        + k.lines.stream().filter(l -> l.startsWith("M ")).toList() + ", outage notices "
                        + k.noticesBetween(downAt, upAt + GRACE_MILLIS) + (k.process.exitValue() == 0 ? "" : ", " + k.stderr()));
            }
            String figures = String.join("\n  ", report);
            System.out.println("OutageIT " + figures);

            assertEquals(List.of(), endedEarly, "kiosks ended before they were asked to\n  " + figures);
            for (Child k : kiosks) {
                assertEquals(0, k.process.exitValue(), figures);
                assertTrue(k.lines.contains("done"), figures);
                assertTrue(k.lines.contains("M menu"), "staff menu after the restart\n  " + figures);
                assertTrue(k.lines.contains("M left"), "Esc leaves the staff menu\n  " + figures);
            }
            assertTrue(kiosks.stream().anyMatch(k -> k.noticesBetween(downAt, upAt + GRACE_MILLIS).stream()
                    .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("saving"))),
                    "a kiosk said it was saving during the outage\n  " + figures);
            assertEquals(0, lost, figures);
            try (Store store = Store.open(server.url())) {
                wholeAndOnce(store, all);
                assertTrue(ScriptedKiosks.check(store, all) > given, figures);
            }
        } finally {
            for (Child k : kiosks) k.process.destroyForcibly();
        }
    }

    /** Answers given that the database lacks or holds with other points. */
    private static int lost(Store store, List<String> lines) {
        List<String> codes = agreementCodes(store);
        int lost = 0;
        for (Matcher a : answers(lines)) {
            Short given = a.group(3).equals("-") ? null : Short.valueOf(a.group(3));
            var row = store.dsl().select(ANSWER.POINTS).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                    .where(ANSWER.RESPONSE_ID.eq(UUID.fromString(a.group(1)))
                            .and(ITEM.CODE.eq(codes.get(Integer.parseInt(a.group(2)) - 1)))).fetchOne();
            if (row == null || !java.util.Objects.equals(given, row.value1())) lost++;
        }
        return lost;
    }

    /**
     * Each kiosk finished the response it was in before it ended, so every response begun is
     * submitted and whole (17 statements, 3 open questions), and there is no response the
     * participants did not begin (one written twice under a new id, say).
     */
    private static void wholeAndOnce(Store store, List<String> lines) {
        Set<UUID> begun = new LinkedHashSet<>();
        for (Matcher a : answers(lines)) begun.add(UUID.fromString(a.group(1)));
        Set<UUID> submitted = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher s = SUBMIT_LINE.matcher(line);
            if (s.matches()) submitted.add(UUID.fromString(s.group(1)));
        }
        assertEquals(begun, submitted, "every response begun was submitted by its kiosk");
        assertEquals(begun.size(), store.dsl().fetchCount(RESPONSE), "one stored response per response begun");
        for (UUID id : begun) {
            assertEquals("submitted", store.dsl().select(RESPONSE.STATUS).from(RESPONSE).where(RESPONSE.ID.eq(id))
                    .fetchOne(RESPONSE.STATUS), "response " + id);
            assertEquals(20, store.dsl().fetchCount(ANSWER, ANSWER.RESPONSE_ID.eq(id)), "response " + id + " is whole");
        }
    }

    private static List<String> agreementCodes(Store store) {
        return store.dsl().select(ITEM.CODE).from(ITEM).where(ITEM.KIND.eq("agreement"))
                .orderBy(ITEM.VERSION_ID, ITEM.POSITION).fetch(ITEM.CODE).subList(0, 17);
    }

    private static List<Matcher> answers(List<String> lines) {
        List<Matcher> out = new ArrayList<>();
        for (String line : new ArrayList<>(lines)) {
            Matcher a = ANSWER_LINE.matcher(line);
            if (a.matches()) out.add(a);
        }
        return out;
    }

    /** A port free a moment ago, so the server can be started on it a second time. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** An {@link OutageKiosk} process: its lines, when each notice came, and its stderr file. */
    record Child(String name, Process process, List<String> lines, List<long[]> noticeTimes, List<String> notices,
                 CompletableFuture<Void> reader, Path err) {

        static Child start(DatabaseUrl url, long seed, String name) throws IOException {
            Path err = Path.of("target", "outage-kiosk-" + name + ".err");
            Files.createDirectories(err.getParent());
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OutageKiosk.class.getName(),
                    url.url(), url.user(), url.password(), String.valueOf(seed))
                    .redirectError(err.toFile()).start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            List<long[]> times = Collections.synchronizedList(new ArrayList<>());
            List<String> notices = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("V ")) {
                            synchronized (notices) {
                                times.add(new long[] {System.currentTimeMillis()});
                                notices.add(line.substring(2));
                            }
                        }
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process was killed mid-line
                }
            });
            return new Child(name, p, lines, times, notices, reader, err);
        }

        void awaitReady() throws Exception {
            awaitLines(() -> lines.contains("ready"), 120_000, "ready");
        }

        void awaitAnswers(int n) throws Exception {
            awaitLines(() -> answers().size() >= n, 60_000, n + " answers");
        }

        private void awaitLines(java.util.function.BooleanSupplier done, long millis, String what) throws Exception {
            long end = System.currentTimeMillis() + millis;
            while (!done.getAsBoolean()) {
                if (!process.isAlive()) throw new AssertionError(name + " died before " + what + ": " + stderr());
                if (System.currentTimeMillis() > end) throw new AssertionError(name + " not " + what + " in time: " + tail());
                Thread.sleep(20);   // bounded wait for a child JVM
            }
        }

        List<Matcher> answers() {
            return OutageIT.answers(lines);
        }

        /** What the kiosk showed from {@code from} to {@code to}, including what was on screen at {@code from}; each once. */
        Set<String> noticesBetween(long from, long to) {
            synchronized (notices) {
                Set<String> out = new LinkedHashSet<>();
                for (int i = 0; i < notices.size(); i++) {
                    long at = noticeTimes.get(i)[0];
                    boolean showingAtStart = at < from && (i + 1 == notices.size() || noticeTimes.get(i + 1)[0] >= from);
                    if (showingAtStart || (at >= from && at <= to)) out.add(notices.get(i));
                }
                return out;
            }
        }

        void finish() {
            if (!process.isAlive()) return;
            try {
                Writer w = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
                w.write("finish\n");
                w.flush();
            } catch (IOException e) {
                // it ended between the check and the write: reported with its exit code
            }
        }

        List<String> tail() {
            synchronized (lines) {
                return new ArrayList<>(lines.subList(Math.max(0, lines.size() - 5), lines.size()));
            }
        }

        /** The first line of the child's stack trace and its deepest cause, or its last line. */
        String stderr() {
            try {
                List<String> err = Files.exists(this.err) ? Files.readAllLines(this.err) : List.of();
                String first = err.stream().filter(l -> l.startsWith("Exception in thread")).findFirst().orElse(null);
                String cause = err.stream().filter(l -> l.startsWith("Caused by:")).reduce((a, b) -> b).orElse(null);
                if (first == null) return err.isEmpty() ? "(no stderr)" : err.get(err.size() - 1);
                return first + (cause == null ? "" : " ... " + cause);
            } catch (IOException e) {
                return "(stderr unreadable: " + e.getMessage() + ")";
            }
        }
    }
}
