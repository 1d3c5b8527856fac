package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/**
 * Issue 35, finding 6: Ctrl-C part way through a command. The real program in a process of its
 * own gets SIGINT once it is busy: it says in one line that it was interrupted and that what it
 * had not finished was not saved, exits 130, prints no fault of the database H2's exit hook
 * closed under it, leaves the database whole (the old data or the new, never half) and leaves no
 * partial file or folder.
 */
class InterruptedCommandsTest {
    @TempDir static Path dir;
    private static Path made;

    @BeforeAll
    static void demoDatabase() throws Exception {
        made = dir.resolve("made");
        assertEquals(0, Run.in(made, "demo-data", "--responses", "3000", "--seed", "1").code());
    }

    private static List<Integer> counts(Path data) {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            return List.of(store.dsl().fetchCount(RESPONSE), store.dsl().fetchCount(MEMBER));
        }
    }

    private static Path copy(String name) throws Exception {
        Path data = Files.createDirectories(dir.resolve(name));
        Files.copy(made.resolve("kiosk.mv.db"), data.resolve("kiosk.mv.db"));
        return data;
    }

    /** The program on {@code data}, interrupted once {@code busy} holds; what it printed, and its exit code. */
    private static String[] interrupted(Path data, BooleanSupplier busy, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.rpgkiosk.Main", "--data-dir", data.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long until = System.currentTimeMillis() + 120_000;
        while (p.isAlive() && !busy.getAsBoolean() && System.currentTimeMillis() < until) Thread.sleep(5);
        assertTrue(p.isAlive(), "still running when interrupted: " + Files.readString(out));
        new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new String[] {Files.readString(out), String.valueOf(p.exitValue())};
    }

    private static void saidOnceAndExited130(String[] run, String command) {
        String said = run[0].strip();
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.startsWith("interrupted: " + command + " stopped before it finished; what it had not finished "
                + "was not saved"), said);
        assertFalse(said.contains("Exception") || said.contains("SQL") || said.contains("fault")
                || said.contains("cannot be reached"), said);
        assertEquals("130", run[1]);
    }

    private static boolean exists(Path folder, String prefix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void anExportStoppedPartWayLeavesNoPartialFolderAndReleasesNothingHalf() throws Exception {
        Path data = copy("export");
        Path outDir = Files.createDirectories(dir.resolve("exports"));
        String[] run = interrupted(data, () -> exists(outDir, ".x.partial-"), "export", "--out",
                outDir.resolve("x").toString(), "--xlsx");
        saidOnceAndExited130(run, "export");
        assertTrue(run[0].contains("the files it was writing were removed"), run[0]);
        try (Stream<Path> left = Files.list(outDir)) {
            assertEquals(List.of(), left.toList(), "no partial folder, no export");
        }
        assertEquals(0, Run.in(data, "check").code());
    }

    @Test
    void aDemoReplacementStoppedPartWayLeavesTheOldDataWhole() throws Exception {
        Path data = copy("demo");
        List<Integer> before = counts(data);
        long size = Files.size(data.resolve("kiosk.mv.db"));
        String[] run = interrupted(data, () -> exists(data, "kiosk.new") && size(data.resolve("kiosk.new.mv.db")) > size / 2,
                "demo-data", "--responses", "20000", "--force");
        saidOnceAndExited130(run, "demo-data");
        assertEquals(before, counts(data), "the old data, whole");
        assertEquals(0, Run.in(data, "check").code());
    }

    @Test
    void aRosterImportStoppedPartWayChangesNothing() throws Exception {
        Path data = copy("roster");
        List<Integer> before = counts(data);
        StringBuilder csv = new StringBuilder("group,name,role,part_time,level,facilitator_kind\n");
        for (int i = 0; i < 60_000; i++) {
            csv.append("Pod ").append(i % 400).append(",Sam ").append(letters(i)).append(",social_worker,no,social workers,internal\n");
        }
        Path file = Files.writeString(dir.resolve("roster.csv"), csv);
        // Busy once the import's rows have begun to reach the file (a transaction this big spills to it).
        long size = Files.size(data.resolve("kiosk.mv.db"));
        String[] run = interrupted(data, () -> size(data.resolve("kiosk.mv.db")) > size + 1_000_000,
                "roster", "import", file.toString());
        saidOnceAndExited130(run, "roster import");
        assertEquals(before, counts(data), "nothing of the roster imported");
        assertEquals(0, Run.in(data, "check").code());
    }

    /** 0 as "Aa", then "Ab"...: a surname per person. */
    private static String letters(int i) {
        StringBuilder s = new StringBuilder();
        for (int n = i + 26; n > 0; n /= 26) s.insert(0, (char) ('a' + n % 26));
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
