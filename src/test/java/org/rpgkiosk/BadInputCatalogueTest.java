package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/**
 * The fault injector's catalogue in the project's own tests (issue 35): for every command, bad
 * files, bad arguments and a bad environment (a database URL the kiosk cannot use). Each case
 * must exit 2 with one line on standard error that starts "error:", no stack trace or SQL,
 * nothing on standard output, and <b>no change</b>: the database's rows (every table, read
 * read-only) and the bytes of every file in the data directory and beside it (inputs, outputs,
 * backups) are compared before and after; no file or folder appears or goes.
 *
 * <p>In a case's words {@code @data} is its data directory, {@code @files} the folder of inputs
 * beside it (made fresh for each case), {@code @empty} an empty folder there.
 */
class BadInputCatalogueTest {
    @TempDir static Path root;
    private static byte[] demo;

    @BeforeAll
    static void demoDatabase() throws Exception {
        Path made = root.resolve("made");
        assertEquals(0, Run.in(made, "demo-data", "--responses", "40").code());
        assertEquals(0, Run.in(made, "wave", "close", "y3").code());   // so wave open meets its own checks
        demo = Files.readAllBytes(made.resolve("kiosk.mv.db"));
        Path pass = Files.writeString(root.resolve("pass"), "correct horse battery staple\n");
        Run b = Run.in(made, "backup", "--out", root.resolve("good.kbak").toString(), "--passphrase-file", pass.toString());
        assertEquals(0, b.code(), b.err());
        backup = Files.readAllBytes(root.resolve("good.kbak"));
    }

    private static byte[] backup;

    static Stream<Arguments> cases() {
        return Stream.of(
                // questionnaire
                c("questionnaire load", "a missing file", "questionnaire", "load", "@files/nosuch.txt"),
                c("questionnaire load", "a folder", "questionnaire", "load", "@files"),
                c("questionnaire load", "an empty file", "questionnaire", "load", "@files/empty.txt"),
                c("questionnaire load", "binary bytes", "questionnaire", "load", "@files/binary.bin"),
                c("questionnaire load", "a file with no items", "questionnaire", "load", "@files/q-noitems.txt"),
                c("questionnaire load", "an item code twice", "questionnaire", "load", "@files/q-twice.txt"),
                c("questionnaire show", "no such questionnaire", "questionnaire", "show", "nosuch"),
                c("questionnaire list", "an unknown option", "questionnaire", "list", "--bogus"),
                // wave
                c("wave open", "a code with a space", "wave", "open", "y 9", "--label", "nine"),
                c("wave open", "a label too long", "wave", "open", "y9", "--label", "x".repeat(500), "--accept-placeholders"),
                c("wave open", "a code too long", "wave", "open", "y".repeat(41), "--label", "nine", "--accept-placeholders"),
                c("wave open", "invited below zero", "wave", "open", "y9", "--label", "nine", "--invited", "-5"),
                c("wave open", "invited not a number", "wave", "open", "y9", "--label", "nine", "--invited", "many"),
                c("wave open", "a label with an e-mail", "wave", "open", "y9", "--label", "ask jo@example.org", "--accept-placeholders"),
                c("wave open", "no such questionnaire", "wave", "open", "y9", "--label", "nine", "--questionnaire", "nosuch"),
                c("wave close", "no such wave", "wave", "close", "nosuch"),
                c("wave invited", "no such wave", "wave", "invited", "nosuch", "10"),
                c("wave invited", "below zero", "wave", "invited", "y1", "-3"),
                c("wave list", "an extra word", "wave", "list", "extra"),
                // pin
                c("pin set", "no such role", "pin", "set", "admin"),
                // export
                c("export", "into a folder that holds files", "export", "--out", "@files"),
                c("export", "under a file", "export", "--out", "@files/empty.txt/x"),
                c("export", "no such profile", "export", "--out", "@files/x", "--profile", "everyone"),
                c("export", "k below the floor", "export", "--out", "@files/x", "--min-cell", "2"),
                c("export", "no such date detail", "export", "--out", "@files/x", "--dates", "year"),
                c("export", "no such wave", "export", "--out", "@files/x", "--wave", "nosuch"),
                c("export", "incomplete on the public profile", "export", "--out", "@files/x", "--profile", "public",
                        "--include-incomplete"),
                c("export", "no --out", "export"),
                // release
                c("release", "no such wave", "release", "--wave", "nosuch"),
                c("release", "k below the floor", "release", "--min-cell", "2"),
                c("release", "no such date detail", "release", "--dates", "hour"),
                // report
                c("report", "no such wave", "report", "--wave", "nosuch"),
                c("report", "a wave compared with itself", "report", "--wave", "y1", "--compare", "y1"),
                c("report", "no such format", "report", "--format", "pdf"),
                c("report", "k of 0", "report", "--min-cell", "0"),
                c("report", "no such table", "report", "--format", "csv", "--table", "nosuch"),
                c("report", "by something else", "report", "--by", "group"),
                c("report", "into a missing folder", "report", "--out", "@files/nosuch/r.txt"),
                c("report", "under a file", "report", "--out", "@files/empty.txt/r.txt"),
                c("report", "onto a folder", "report", "--out", "@files"),
                c("report", "tables under a file", "report", "--format", "csv", "--out", "@files/empty.txt/t"),
                // roster
                c("roster import", "a missing file", "roster", "import", "@files/nosuch.csv"),
                c("roster import", "a wrong header", "roster", "import", "@files/roster-header.csv"),
                c("roster import", "no such role", "roster", "import", "@files/roster-role.csv"),
                c("roster import", "a row with no name", "roster", "import", "@files/roster-noname.csv"),
                c("roster import", "an empty file", "roster", "import", "@files/empty.txt"),
                c("roster import", "binary bytes", "roster", "import", "@files/binary.bin"),
                c("roster import", "a day before 2000", "roster", "import", "@files/roster-good.csv", "--from", "1999-12-31"),
                c("roster import", "no day at all", "roster", "import", "@files/roster-good.csv", "--from", "someday"),
                c("roster list", "no such group", "roster", "list", "--group", "nosuch"),
                c("group list", "an unknown option", "group", "list", "--bogus"),
                // demo-data
                c("demo-data", "onto data without --force", "demo-data"),
                c("demo-data", "responses below zero", "demo-data", "--responses", "-1", "--force"),
                c("demo-data", "responses past any count", "demo-data", "--responses", "99999999999", "--force"),
                // db-server
                c("db-server", "a port below 1", "db-server", "--port", "-1"),
                c("db-server", "a port past 65535", "db-server", "--port", "70000"),
                c("db-server", "a missing password file", "db-server", "--password-file", "@files/nosuch"),
                // backup and restore
                c("backup", "into a missing folder", "backup", "--out", "@files/nosuch/b.kbak", "--passphrase-file", "@files/pass"),
                c("backup", "a missing passphrase file", "backup", "--out", "@files/b.kbak", "--passphrase-file", "@files/nosuch"),
                c("backup", "a passphrase too short", "backup", "--out", "@files/b.kbak", "--passphrase-file", "@files/short-pass"),
                c("backup", "over an existing file", "backup", "--out", "@files/empty.txt", "--passphrase-file", "@files/pass"),
                c("restore", "a missing file", "restore", "@files/nosuch.kbak", "--passphrase-file", "@files/pass", "--data-dir", "@files/new"),
                c("restore", "not a backup", "restore", "@files/binary.bin", "--passphrase-file", "@files/pass", "--data-dir", "@files/new"),
                c("restore", "into data that is there", "restore", "@files/good.kbak", "--passphrase-file", "@files/pass"),
                c("restore", "the wrong passphrase", "restore", "@files/good.kbak", "--passphrase-file", "@files/short-pass",
                        "--data-dir", "@files/new"),
                c("restore", "a backup cut short", "restore", "@files/cut.kbak", "--passphrase-file", "@files/pass",
                        "--data-dir", "@files/new"),
                c("restore", "a missing passphrase file", "restore", "@files/good.kbak", "--passphrase-file", "@files/nosuch",
                        "--data-dir", "@files/new"),
                // kiosk, bench, check
                c("kiosk", "idle seconds below the range", "kiosk", "--idle-seconds", "1"),
                c("kiosk", "idle seconds past any range", "kiosk", "--idle-seconds", "9300000000000000"),
                c("kiosk", "a countdown of 0", "kiosk", "--countdown-seconds", "0"),
                c("bench", "no runs", "bench", "--runs", "0"),
                c("check", "an extra word", "check", "extra"),
                // environment: a database the kiosk cannot use, and no such command
                c("any", "a MySQL URL", "--db", "jdbc:mysql://localhost/x", "wave", "list"),
                c("any", "an in-memory H2", "--db", "jdbc:h2:mem:x", "wave", "list"),
                c("any", "no such command", "reprot"),
                c("any", "no such subcommand", "wave", "opne", "y9"));
    }

    private static Arguments c(String command, String what, String... args) {
        return Arguments.of(command + ": " + what, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedInOneLineWithNothingChanged(String name, String[] args) throws Exception {
        Path caseDir = Files.createTempDirectory(root, "case");
        Path data = Files.createDirectory(caseDir.resolve("data"));
        Files.write(data.resolve("kiosk.mv.db"), demo);
        Path files = inputs(caseDir.resolve("files"));
        List<String> words = new ArrayList<>();
        for (String a : args) words.add(a.replace("@data", data.toString()).replace("@files", files.toString()));

        String rowsBefore = rows(data);
        Map<String, String> before = bytes(caseDir);
        Run r = Run.in(data, words.toArray(String[]::new));
        String err = r.err().strip();
        assertEquals(2, r.code(), name + ": " + r.err());
        // One line; a file with several faults gets one line per fault, each naming FILE:LINE
        // as a compiler's do, so its author mends them all at once.
        List<String> lines = err.lines().toList();
        assertTrue(lines.size() == 1 || lines.stream().skip(1).allMatch(l -> l.matches("\\S+:\\d+: .+")),
                name + ", one line (or one per fault of a file): " + err);
        assertTrue(err.startsWith("error: "), name + ": " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("SQL [") || err.contains("org."),
                name + ", no trace: " + err);
        assertEquals("", r.out(), name + ": nothing on standard output");
        assertEquals(before, bytes(caseDir), name + ": every file as it was, none made");
        assertEquals(rowsBefore, rows(data), name + ": every row as it was");
    }

    /** The input files a case may name, made fresh. */
    private static Path inputs(Path files) throws Exception {
        Files.createDirectory(files);
        Files.writeString(files.resolve("empty.txt"), "");
        Files.write(files.resolve("binary.bin"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0x50, 0x4b, 3, 4});
        Files.writeString(files.resolve("q-noitems.txt"), "name: nothing\ntitle: Nothing here\n");
        Files.writeString(files.resolve("q-twice.txt"), Files.readString(Path.of("db/questionnaires/rpg-outcomes.txt"))
                + "\n" + firstItemLine() + "\n");
        String header = "group,name,role,part_time,level,facilitator_kind\n";
        Files.writeString(files.resolve("roster-header.csv"), "group,person,job\nPod A,Sam Aa,social_worker\n");
        Files.writeString(files.resolve("roster-role.csv"), header + "Pod A,Sam Aa,wizard,no,social workers,internal\n");
        Files.writeString(files.resolve("roster-noname.csv"), header + "Pod A,,social_worker,no,social workers,internal\n");
        Files.writeString(files.resolve("roster-good.csv"), header + "Pod A,Sam Aa,social_worker,no,social workers,internal\n");
        Files.writeString(files.resolve("pass"), "correct horse battery staple\n");
        Files.writeString(files.resolve("short-pass"), "abc\n");
        Files.write(files.resolve("good.kbak"), backup);
        Files.write(files.resolve("cut.kbak"), java.util.Arrays.copyOf(backup, backup.length / 2));
        return files;
    }

    /** The shipped questionnaire's last open question ("code = text"), to add a second time under [open]. */
    private static String firstItemLine() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("db/questionnaires/rpg-outcomes.txt"));
        return lines.stream().filter(l -> l.matches("[a-z][a-z0-9_]* = .*")).reduce((a, b) -> b).orElseThrow();
    }

    /** Every table's rows, sorted, read through a read-only connection. */
    private static String rows(Path data) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Store store = Store.openForCheck(DatabaseUrl.defaultFor(data))) {
            List<String> tables = store.dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "ORDER BY TABLE_NAME").getValues(0, String.class);
            for (String table : tables) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = store.dsl().configuration().connectionProvider().acquire().createStatement()
                        .executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append('|');
                        lines.add(row.toString());
                    }
                }
                lines.sort(null);
                all.append(table).append(": ").append(lines.size()).append('\n');
                lines.forEach(l -> all.append(l).append('\n'));
            }
        }
        return all.toString();
    }

    /**
     * Every file under the case's folder with its SHA-256, and every folder; the database file
     * (whose rows are compared instead: H2 may rewrite its header on opening) and the log are left out.
     */
    private static Map<String, String> bytes(Path dir) throws Exception {
        Map<String, String> seen = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                String name = dir.relativize(p).toString();
                if (name.endsWith("kiosk.mv.db") || name.endsWith("kiosk.log") || name.endsWith(".lck")) continue;
                seen.put(name, Files.isDirectory(p) ? "folder" : HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return seen;
    }
}
