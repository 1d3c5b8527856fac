package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.ReportFixture;
import org.rpgkiosk.store.Store;

/**
 * Issue 13: every file the program writes is 0600 and every folder 0700, whatever the umask
 * (the test JVM's is the machine's, 022 here) and whatever mode a data directory had; and a
 * second local account, tried for real as nobody through setpriv, can read none of them.
 */
class FileModesTest {
    @TempDir Path tmp;
    Path data;

    @BeforeEach
    void aDataDirectoryOpenToEveryone() throws IOException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));   // others may pass
        data = Files.createDirectory(tmp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            ReportFixture f = new ReportFixture(store);
            int wave = f.wave("y1", "+1 year", 40, LocalDate.of(2024, 1, 1));
            f.submitted(wave, "social_worker", 12, 3.0, new Random(1));
        }
    }

    @Test
    void theDataDirectoryIsTightenedAndItsFilesAreOwnerOnly() throws Exception {
        assertEquals(0, Run.in(data, "wave", "list").code());
        assertEquals("rwx------", mode(data));
        List<Path> files = files(data);
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("kiosk.mv.db")), files.toString());
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("kiosk.log")), files.toString());
        for (Path f : files) assertEquals("rw-------", mode(f), f.toString());
        assertNobodyCannotRead(data.resolve("kiosk.mv.db"));
        assertNobodyCannotRead(data.resolve("kiosk.log"));
    }

    @Test
    void exportsAndReportsAreOwnerOnly() throws Exception {
        Path exports = Files.createDirectory(tmp.resolve("out"));
        Files.setPosixFilePermissions(exports, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path export = exports.resolve("made/for/it/export");
        assertEquals(0, Run.in(data, "export", "--out", export.toString()).code());
        Path html = exports.resolve("report.html");
        assertEquals(0, Run.in(data, "report", "--format", "html", "--out", html.toString()).code());
        Path csv = exports.resolve("report-csv/a/b");   // issue 33: a and report-csv were made 755
        assertEquals(0, Run.in(data, "report", "--format", "csv", "--out", csv.toString()).code());

        assertEquals("rwx------", mode(export));
        assertEquals("rwx------", mode(exports.resolve("made")), "folders made on the way");
        assertEquals("rwx------", mode(exports.resolve("made/for/it")));
        assertEquals("rwx------", mode(csv));
        assertEquals("rwx------", mode(exports.resolve("report-csv")), "folders made on the way for a report too");
        assertEquals("rwx------", mode(exports.resolve("report-csv/a")));
        List<Path> written = new ArrayList<>(files(export));
        written.addAll(files(csv));
        written.add(html);
        assertTrue(written.size() > 10, written.toString());
        for (Path f : written) assertEquals("rw-------", mode(f), f.toString());
        // Even with the folders opened up again, the files themselves keep others out.
        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertNobodyCannotRead(export.resolve("answers.csv"));
        assertNobodyCannotRead(html);
    }

    private static void assertNobodyCannotRead(Path file) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv is here");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "the test runs as root");
        Process cat = new ProcessBuilder("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                "cat", file.toString()).redirectErrorStream(true).start();
        String said = new String(cat.getInputStream().readAllBytes());
        assertTrue(cat.waitFor(10, TimeUnit.SECONDS));
        assertNotEquals(0, cat.exitValue(), "nobody read " + file + ": " + said);
        assertTrue(said.contains("Permission denied"), said);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
