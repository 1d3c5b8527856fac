package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataCommandLineTest {
    @TempDir Path dir;

    private Run run(String... args) {
        return Run.in(dir, args);
    }

    @Test
    void fillsAnEmptyDatabaseRefusesAFullOneAndReplacesItWhenForced() {
        Run first = run("demo-data", "--responses", "60", "--seed", "4");
        assertEquals(0, first.code(), first.err());
        String[] lines = first.out().split("\n");
        assertEquals("Demo data (seed 4) on questionnaire rpg-outcomes version 1:", lines[0]);
        assertTrue(lines[1].matches("  roster: +12 groups, 1[2-5]\\d members"), lines[1]);
        assertTrue(lines[2].matches("  attendance: +144 sessions, \\d+ marks, \\d+ present \\((6\\d|7[0-5])%\\)"), lines[2]);
        assertTrue(lines[3].matches("  survey: +2 waves \\(210 and 235 invited\\), 60 responses \\(\\d+ submitted, \\d+ in progress, \\d+ abandoned\\), \\d+ answers"),
                lines[3]);

        Run again = run("demo-data", "--responses", "60", "--seed", "4");
        assertEquals(2, again.code());
        assertTrue(again.err().startsWith("error: this database already holds "), again.err());
        assertTrue(again.err().contains("add --force to replace them"), again.err());

        Run forced = run("demo-data", "--responses", "30", "--seed", "4", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.out().contains("2 waves (210 and 235 invited), 30 responses"), forced.out());

        Run waves = run("wave", "list");
        assertTrue(waves.out().lines().anyMatch(l -> l.matches("y1 +\\+1 year +closed +210 .*")), waves.out());
        assertTrue(waves.out().lines().anyMatch(l -> l.matches("y3 +\\+3 years +open +235 .*")), waves.out());
        assertEquals(13, run("group", "list").out().lines().count());
    }

    @Test
    void badCountsAreUsageErrors() {
        assertEquals(2, run("demo-data", "--responses", "-1").code());
        assertEquals(2, run("demo-data", "--responses", "lots").code());
        assertEquals(2, run("demo-data", "--seed", "x").code());
    }
}
