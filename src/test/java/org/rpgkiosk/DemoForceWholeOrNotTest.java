package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.WholeReplacement;

/**
 * Issue 35, finding 4: demo-data --force killed part way left a half-replaced database (0
 * responses, the new roster) that check called whole. Now the old data stays whole until the new
 * data is complete.
 */
class DemoForceWholeOrNotTest {
    @TempDir Path dir;

    private static List<Integer> counts(Path data) {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            return List.of(store.dsl().fetchCount(RESPONSE), store.dsl().fetchCount(MEMBER));
        }
    }

    @Test
    void aReplacementThatFailsPartWayLeavesTheOldDataAndNoLeftover() throws Exception {
        Path data = dir.resolve("data");
        assertEquals(0, Run.in(data, "demo-data", "--responses", "30", "--seed", "1").code());
        List<Integer> before = counts(data);
        RuntimeException stop = new RuntimeException("stopped part way");
        assertThrows(RuntimeException.class, () -> WholeReplacement.run(DatabaseUrl.defaultFor(data), next -> {
            next.dsl().deleteFrom(org.rpgkiosk.store.generated.Tables.ANSWER).execute();
            next.dsl().deleteFrom(RESPONSE).execute();
            throw stop;
        }));
        assertEquals(before, counts(data), "the old data, whole");
        try (var files = Files.list(data)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("kiosk.new")), "no half-made file left");
        }
        Run forced = Run.in(data, "demo-data", "--responses", "12", "--seed", "2", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(12, counts(data).get(0), "a replacement that finishes is all there");
        assertEquals(0, Run.in(data, "check").code());
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Test
    void killedPartWayTheDatabaseIsTheOldOneOrTheNewOneWhole() throws Exception {
        Path made = dir.resolve("made");
        assertEquals(0, Run.in(made, "demo-data", "--responses", "50", "--seed", "1").code());
        List<Integer> before = counts(made);
        byte[] original = Files.readAllBytes(made.resolve("kiosk.mv.db"));
        // Killed while it writes: once the file it writes into (the database itself, or the new one
        // beside it) has grown past twice the old one's size, and again a few seconds later.
        for (int wait : new int[] {0, 3_000}) {
            Path data = Files.createDirectories(dir.resolve("killed" + wait));
            Files.write(data.resolve("kiosk.mv.db"), original);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "org.rpgkiosk.Main", "--data-dir", data.toString(), "demo-data",
                    "--responses", "20000", "--seed", "3", "--force").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out" + wait + ".txt").toFile()).start();
            long until = System.currentTimeMillis() + 120_000;
            while (p.isAlive() && System.currentTimeMillis() < until && size(data.resolve("kiosk.mv.db")) < 2L * original.length
                    && size(data.resolve("kiosk.new.mv.db")) < 2L * original.length) {
                Thread.sleep(20);
            }
            Thread.sleep(wait);
            assertTrue(p.isAlive(), "still writing when killed: " + Files.readString(dir.resolve("out" + wait + ".txt")));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            List<Integer> after = counts(data);
            assertTrue(after.equals(before) || after.get(0) == 20_000, "killed " + wait + " ms into its writing: old or new, "
                    + "whole, not " + after + " after " + before);
            assertEquals(0, Run.in(data, "check").code());
        }
    }
}
