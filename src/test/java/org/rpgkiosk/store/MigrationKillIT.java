package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.fault.UserError;

/**
 * Migrations that cannot half-happen: a child JVM is killed with kill -9 at a random moment while
 * it makes a new database, or while it upgrades one full of answers from V1, and each time the
 * next start must open the database with every row it held. The kill moments are spread over
 * the window in which the child works on the files: from the first change it makes in the data
 * directory to its "ready", as measured by one run left alone.
 */
class MigrationKillIT {
    /** 30 as the issue asks; -Dkiosk.kills=N for a quicker look while developing. */
    static final int KILLS = Integer.getInteger("kiosk.kills", 30);
    static final long SEED = 20261124;
    /** Enough answers that the upgrades from V2 on take a while: the window a power cut would hit. */
    static final int RESPONSES = 250;

    @TempDir Path dir;

    @Test
    void aFirstStartKilledAtAnyMomentLeavesADatabaseThatOpens() throws Exception {
        Predicate<Path> started = data -> listing(data).keySet().stream().anyMatch(f -> f.endsWith(".mv.db"));
        long window = calibrate(dir.resolve("first-calibration"), started);
        Random random = new Random(SEED);
        List<String> lost = new ArrayList<>();
        int beforeReady = 0;
        int undone = 0;
        for (int run = 0; run < KILLS; run++) {
            Path data = dir.resolve("first-" + run);
            beforeReady += killAtRandom(data, started, random.nextLong(window + 1)) ? 1 : 0;
            undone += workLeft(data).isEmpty() ? 0 : 1;
            try {
                Store.open(DatabaseUrl.defaultFor(data)).close();
                if (!workLeft(data).isEmpty()) lost.add("run " + run + ": left behind " + workLeft(data));
            } catch (UserError e) {
                lost.add("run " + run + ": " + e.getMessage());
            }
        }
        report("first start", window, beforeReady, undone, lost);
        assertEquals(List.of(), lost, (KILLS - lost.size()) + " of " + KILLS + " opened");
    }

    @Test
    void anUpgradeKilledAtAnyMomentLosesNoRowAndTheDatabaseOpens() throws Exception {
        Path template = dir.resolve("template");
        V1Database.make(DatabaseUrl.defaultFor(template), RESPONSES);
        List<Long> rows = V1Database.fingerprint(DatabaseUrl.defaultFor(template));
        Path calibration = copyOf(template, dir.resolve("upgrade-calibration"));
        long window = calibrate(calibration, changedFrom(listing(calibration)));
        Random random = new Random(SEED + 1);
        List<String> lost = new ArrayList<>();
        int beforeReady = 0;
        int undone = 0;
        for (int run = 0; run < KILLS; run++) {
            Path data = copyOf(template, dir.resolve("upgrade-" + run));
            beforeReady += killAtRandom(data, changedFrom(listing(data)), random.nextLong(window + 1)) ? 1 : 0;
            undone += workLeft(data).isEmpty() ? 0 : 1;
            try {
                Store.open(DatabaseUrl.defaultFor(data)).close();
                List<Long> after = V1Database.fingerprint(DatabaseUrl.defaultFor(data));
                if (!after.equals(rows)) lost.add("run " + run + ": rows " + rows + " became " + after);
                if (!workLeft(data).isEmpty()) lost.add("run " + run + ": left behind " + workLeft(data));
            } catch (UserError e) {
                lost.add("run " + run + ": " + e.getMessage());
            }
        }
        report("upgrade of " + rows.get(2) + " answers", window, beforeReady, undone, lost);
        assertEquals(List.of(), lost, (KILLS - lost.size()) + " of " + KILLS + " opened with every row");
    }

    private static void report(String what, long window, int beforeReady, int undone, List<String> lost) {
        System.out.println(what + ": " + KILLS + " kills (seed " + SEED + ") over a window of " + window + " ms, "
                + beforeReady + " before the child was ready, " + undone + " leaving a temporary file, copy or lock; "
                + (KILLS - lost.size()) + " of " + KILLS + " opened");
        lost.forEach(System.out::println);
    }

    /** What a stopped start leaves for the next one to undo: the temporary database, the copy, the lock. */
    private static List<String> workLeft(Path data) {
        return listing(data).keySet().stream()
                .filter(f -> f.startsWith("kiosk.new.") || f.contains(".before-migration.") || f.endsWith(".migration.lock"))
                .toList();
    }

    /** Milliseconds from the child's first change to the data directory to its "ready", left alone. */
    private long calibrate(Path data, Predicate<Path> started) throws Exception {
        Child child = Child.start(data);
        long t0 = child.await(started);
        child.ready.get(120, TimeUnit.SECONDS);
        long window = (System.nanoTime() - t0) / 1_000_000;
        child.process.getOutputStream().close();
        assertTrue(child.process.waitFor(60, TimeUnit.SECONDS));
        return window;
    }

    /** Kills the child the given delay after it started changing the files; true when it was not yet ready. */
    private static boolean killAtRandom(Path data, Predicate<Path> started, long delayMillis) throws Exception {
        Child child = Child.start(data);
        child.await(started);
        Thread.sleep(delayMillis);          // the random moment: what is being measured is a kill at any time
        boolean early = !child.ready.isDone();
        child.process.destroyForcibly();    // SIGKILL
        assertTrue(child.process.waitFor(60, TimeUnit.SECONDS));
        return early;
    }

    /** A child JVM opening (making, migrating) the data directory's database, as HoldDatabase. */
    private record Child(Process process, CompletableFuture<Void> ready, Path data) {
        static Child start(Path data) throws IOException {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(),
                    DatabaseUrl.defaultFor(data).url())
                    .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", "migration-kill.err").toFile())).start();
            CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> {
                try (InputStream in = p.getInputStream()) {
                    if (!new String(in.readNBytes(6)).equals("ready\n")) throw new IllegalStateException("no ready");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            return new Child(p, ready, data);
        }

        /** Polls until the files show the child at work; returns System.nanoTime() then. */
        long await(Predicate<Path> started) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!started.test(data)) {
                if (!process.isAlive()) throw new AssertionError("the child ended before it changed a file");
                if (System.nanoTime() > end) throw new AssertionError("the child never changed a file");
                Thread.sleep(2);   // a bounded poll of the folder
            }
            return System.nanoTime();
        }
    }

    private static Predicate<Path> changedFrom(Map<String, String> before) {
        return data -> !listing(data).equals(before);
    }

    /** File name to size and modification time, of the folder's files (empty while it does not exist). */
    private static Map<String, String> listing(Path data) {
        Map<String, String> files = new TreeMap<>();
        try (var list = Files.list(data)) {
            for (Path f : list.toList()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                files.put(f.getFileName().toString(), a.size() + "@" + a.lastModifiedTime().toMillis());
            }
        } catch (IOException e) {
            // not made yet, or a file went while we looked: no change to report this time
        }
        return files;
    }

    private static Path copyOf(Path template, Path data) throws IOException {
        Files.createDirectories(data);
        Files.copy(template.resolve("kiosk.mv.db"), data.resolve("kiosk.mv.db"));
        return data;
    }
}
