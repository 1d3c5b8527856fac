package org.rpgkiosk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.Installed;

/** Holm and Benjamini-Hochberg against hand-worked values, and against R's p.adjust where R is installed. */
class AdjustmentTest {
    @Test
    void handWorkedExample() {
        double[] p = {0.01, 0.04, 0.03, 0.005};
        // Holm: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04; running max.
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Adjustment.holm(p), 1e-15);
        // BH: 4p/j = 0.02, 0.02, 0.04, 0.04; running min from the top.
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, Adjustment.benjaminiHochberg(p), 1e-15);
    }

    @Test
    void anUndefinedTestIsNoMemberOfTheFamily() {
        double[] p = {0.01, Double.NaN, 0.02};
        assertArrayEquals(new double[] {0.02, Double.NaN, 0.02}, Adjustment.holm(p), 1e-15);
        assertArrayEquals(new double[] {0.02, Double.NaN, 0.02}, Adjustment.benjaminiHochberg(p), 1e-15);
        assertEquals(0, Adjustment.holm(new double[0]).length);
        assertArrayEquals(new double[] {1}, Adjustment.holm(new double[] {0.7 + 0.3}), 0);
    }

    /** 200 families of 1..40 p-values with ties, ones and NaNs, each adjusted by R 4.x's p.adjust. */
    @Test
    void equalsRsPAdjust() throws Exception {
        assumeTrue(Installed.onPath("Rscript"), "no Rscript: Holm and BH not compared with R's p.adjust");
        Random random = new Random(20261204);
        StringBuilder script = new StringBuilder("options(digits = 17)\n");
        double[][] families = new double[200][];
        for (int f = 0; f < families.length; f++) {
            double[] p = new double[1 + random.nextInt(40)];
            for (int i = 0; i < p.length; i++) {
                int kind = random.nextInt(10);
                p[i] = kind == 0 ? Double.NaN : kind == 1 ? 1.0 : kind == 2 && i > 0 ? p[i - 1]
                        : Math.pow(random.nextDouble(), 3);
            }
            families[f] = p;
            String v = Arrays.stream(p).mapToObj(x -> Double.isNaN(x) ? "NA" : Double.toString(x))
                    .collect(Collectors.joining(", ", "c(", ")"));
            script.append("p <- ").append(v).append("\n")
                    .append("cat(sprintf('%.17g', p.adjust(p, 'holm')), '\\n')\n")
                    .append("cat(sprintf('%.17g', p.adjust(p, 'BH')), '\\n')\n");
        }
        Path file = Files.createTempFile("adjust", ".R");
        Files.writeString(file, script);
        Process r = new ProcessBuilder("Rscript", "--vanilla", file.toString()).redirectErrorStream(true).start();
        String[] lines = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
        r.waitFor(60, TimeUnit.SECONDS);
        Files.delete(file);
        assertEquals(0, r.exitValue(), String.join("\n", lines));
        for (int f = 0; f < families.length; f++) {
            assertArrayEquals(parse(lines[2 * f]), Adjustment.holm(families[f]), 1e-15, "holm, family " + f);
            assertArrayEquals(parse(lines[2 * f + 1]), Adjustment.benjaminiHochberg(families[f]), 1e-15, "BH, family " + f);
        }
    }

    private static double[] parse(String line) {
        return Arrays.stream(line.trim().split("\\s+")).mapToDouble(x -> x.equals("NA") ? Double.NaN : Double.parseDouble(x))
                .toArray();
    }

}
