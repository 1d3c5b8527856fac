package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

    private static Process run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.waitFor(120, TimeUnit.SECONDS);
        return p;
    }
}
