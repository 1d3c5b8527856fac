package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.ReportFixture;
import org.rpgkiosk.store.Store;

/**
 * The comparisons of issue 17 recomputed by scipy and numpy from the export's answers.csv
 * (recompute.py), not from anything the report computed: Mann-Whitney, the difference's
 * interval, rank-biserial r, Hedges' g, and Holm and BH over the statements. Skipped with a
 * message where python3-scipy is missing (.ci/run installs it).
 */
class ReportScipyTest {
    @TempDir Path dir;

    @Test
    void theComparisonsEqualScipysFromTheExport() throws Exception {
        assumeTrue(run("python3", "-c", "import scipy, numpy").exitValue() == 0,
                "no python3-scipy: the report's comparisons were not recomputed by scipy");
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            store.dsl().transaction(tx -> new ReportFixture(store).twoWaves());
        }
        assertEquals(0, Main.run("--data-dir", dir.toString(), "export", "--out", dir.resolve("x").toString()));
        assertEquals(0, Main.run("--data-dir", dir.toString(), "report", "--format", "csv", "--out",
                dir.resolve("tables").toString()));
        Path script = Path.of(ReportScipyTest.class.getResource("report/recompute.py").toURI());
        Process p = run("python3", script.toString(), dir.resolve("x").toString(),
                dir.resolve("tables/comparisons.csv").toString());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        Map<String, Double> worst = new HashMap<>();
        for (String line : out.strip().split("\n")) {
            String[] f = line.split(" ");
            assertEquals("17", f[2], "every statement compared: " + line);
            worst.put(f[0], Double.parseDouble(f[1]));
        }
        assertEquals(8, worst.size(), out);
        worst.forEach((column, diff) -> assertTrue(diff < 1e-12, column + " differs from scipy's by " + diff));
    }

    /**
     * The block scales (scores, alpha with Feldt's interval, Welch's change, Holm, Hedges' g)
     * recomputed by recompute_scales.py: on three seeds with waves of very different size, and on
     * edge cases: a wave whose every answer is the same, responses with one statement answered,
     * responses with half of each block, a wave of one scored respondent.
     */
    @Test
    void theBlockScalesEqualScipysFromTheExport() throws Exception {
        assumeTrue(run("python3", "-c", "import scipy, numpy").exitValue() == 0,
                "no python3-scipy: the block scales were not recomputed by scipy");
        for (int seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            int small = 5 + 3 * seed;
            checkScales(dir.resolve("seed" + seed), f -> {
                int y1 = f.wave("y1", "+1 year", 210, LocalDate.of(2019, 6, 1));
                int y3 = f.wave("y3", "+3 years", 235, LocalDate.of(2021, 6, 1));
                f.submitted(y1, "social_worker", 60, 2.7, random);
                f.submitted(y3, "social_worker", small, 3.1, random);
            });
        }
        checkScales(dir.resolve("edges"), f -> {
            int y1 = f.wave("y1", "+1 year", 210, LocalDate.of(2019, 6, 1));
            int y3 = f.wave("y3", "+3 years", 235, LocalDate.of(2021, 6, 1));
            int statements = f.questionnaire().questionnaire().agreementItems().size();
            int[] threes = new int[statements];
            java.util.Arrays.fill(threes, 3);
            for (int i = 0; i < 10; i++) f.response(y1, "social_worker", "submitted", threes);
            f.submitted(y3, "social_worker", 7, 2.5, new Random(7));
            // Three (k) of each, so that they count: with fewer, the report leaves the few who answered
            // part of a block out of it (blocks.py), and these cases would not be scored at all.
            int[] half = new int[statements];
            for (int i = 0; i < statements; i += 2) half[i] = 1 + i % 4;            // half of each block, about
            for (int i = 0; i < 3; i++) {
                f.response(y3, "social_worker", "submitted", 4);                    // one statement answered
                f.response(y3, "social_worker", "submitted", half);
            }
        });
    }

    private void checkScales(Path at, java.util.function.Consumer<ReportFixture> data) throws Exception {
        try (Store store = Store.open(DatabaseUrl.defaultFor(at))) {
            store.dsl().transaction(tx -> data.accept(new ReportFixture(store)));
        }
        assertEquals(0, Main.run("--data-dir", at.toString(), "export", "--out", at.resolve("x").toString()));
        assertEquals(0, Main.run("--data-dir", at.toString(), "report", "--format", "csv", "--min-cell", "3", "--out",
                at.resolve("tables").toString()));
        Path script = Path.of(ReportScipyTest.class.getResource("report/recompute_scales.py").toURI());
        Process p = run("python3", script.toString(), at.resolve("x").toString(), at.resolve("tables/scales.csv").toString(),
                at.resolve("tables/scale_changes.csv").toString(), "3");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        Map<String, Double> worst = new HashMap<>();
        for (String line : out.strip().split("\n")) {
            String[] f = line.split(" ");
            assertTrue(Integer.parseInt(f[2]) >= 3, at + ": every block checked: " + line);
            worst.put(f[0], Double.parseDouble(f[1]));
        }
        assertEquals(17, worst.size(), out);
        worst.forEach((column, diff) -> assertTrue(diff < 1e-12, at + ": " + column + " differs from scipy's by " + diff));
    }

    private static Process run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.waitFor(120, TimeUnit.SECONDS);
        return p;
    }
}
