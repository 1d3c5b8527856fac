package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command runs through on tiny sizes and prints every figure; no time is asserted. */
class BenchSmokeTest {
    @TempDir Path dir;

    @Test
    void benchRunsOnTinySizes() {
        Run r = Run.in(dir, "bench", "--answers", "500", "--runs", "1", "--no-cold-start",
                "--scratch", dir.resolve("scratch").toString());
        assertEquals(0, r.code(), r.err());
        for (String figure : new String[] {"demo-data insert", "export", "report", "keystroke -> frame", "roster import (10,000 rows)"}) {
            assertTrue(r.out().contains(figure), r.out());
        }
        assertTrue(r.out().contains("x "), r.out());
    }

    @Test
    void onlyTheFiguresAskedForAreMeasured() {
        Run r = Run.in(dir, "bench", "--answers", "500", "--runs", "1", "--only", "report",
                "--scratch", dir.resolve("scratch").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("plain GROUP BY over answer"), r.out());
        for (String figure : new String[] {"demo-data insert", "export", "keystroke -> frame", "roster import", "cold start ("}) {
            assertFalse(r.out().contains(figure), r.out());
        }
    }
}
