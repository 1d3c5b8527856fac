package org.rpgkiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exact permutation p against the issue's case and against a brute force that deals every
 * subset of the pooled answers one by one (no counting by level, no binomials).
 */
class PermutationTest {
    @Test
    void theIssuesCaseIsTwiceTheChanceThatTheOneFourLandsInTheSmallWave() {
        PointCounts a = new PointCounts(0, 0, 11, 1);
        PointCounts b = new PointCounts(0, 0, 300, 0);
        assertEquals(2 * 12.0 / 312, Permutation.exactP(a, b), 1e-12);
        assertTrue(MannWhitney.of(a, b).p() < 1e-6, "the asymptotic p the issue found: " + MannWhitney.of(a, b).p());
        assertTrue(Permutation.preferred(a, b));
    }

    @Test
    void equalsDealingEverySubset() {
        Random random = new Random(20261204);
        for (int trial = 0; trial < 300; trial++) {
            int na = 1 + random.nextInt(7);
            int nb = 1 + random.nextInt(8);
            int[] pooled = new int[na + nb];
            for (int i = 0; i < pooled.length; i++) pooled[i] = 1 + random.nextInt(random.nextBoolean() ? 4 : 2);
            PointCounts a = PointCounts.NONE;
            PointCounts b = PointCounts.NONE;
            for (int i = 0; i < pooled.length; i++) {
                if (i < na) a = a.plus(pooled[i], 1);
                else b = b.plus(pooled[i], 1);
            }
            double exact = Permutation.exactP(a, b);
            double brute = bruteForce(pooled, na);
            if (Double.isNaN(brute)) {
                assertTrue(Double.isNaN(exact), "trial " + trial);
            } else {
                assertEquals(brute, exact, 1e-12, "trial " + trial + " " + a + " " + b);
            }
        }
    }

    @Test
    void undefinedWithoutAnswersOrVariationOrWhenTooManyToCount() {
        assertTrue(Double.isNaN(Permutation.exactP(PointCounts.NONE, new PointCounts(1, 2, 3, 4))));
        assertTrue(Double.isNaN(Permutation.exactP(new PointCounts(0, 0, 5, 0), new PointCounts(0, 0, 7, 0))));
        assertTrue(Double.isNaN(Permutation.exactP(new PointCounts(300, 300, 300, 300), new PointCounts(300, 300, 300, 300))));
        assertFalse(Permutation.preferred(new PointCounts(30, 30, 30, 30), new PointCounts(40, 40, 40, 40)));
        assertTrue(Permutation.preferred(new PointCounts(10, 10, 5, 4), new PointCounts(40, 40, 40, 40)), "29 answers: small");
    }

    /** Every subset of size na of the pooled answers, U of the subset by pairs; two-sided as twice the smaller tail. */
    private static double bruteForce(int[] pooled, int na) {
        int n = pooled.length;
        boolean varied = false;
        for (int x : pooled) varied |= x != pooled[0];
        if (!varied) return Double.NaN;
        double observed = u(pooled, maskOfFirst(na));
        List<Double> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) == na) all.add(u(pooled, mask));
        }
        double ge = all.stream().filter(v -> v >= observed - 1e-9).count() / (double) all.size();
        double le = all.stream().filter(v -> v <= observed + 1e-9).count() / (double) all.size();
        return Math.min(1, 2 * Math.min(ge, le));
    }

    private static int maskOfFirst(int na) {
        return (1 << na) - 1;
    }

    private static double u(int[] pooled, int mask) {
        double u = 0;
        for (int i = 0; i < pooled.length; i++) {
            if ((mask & 1 << i) == 0) continue;
            for (int j = 0; j < pooled.length; j++) {
                if ((mask & 1 << j) != 0) continue;
                u += pooled[i] > pooled[j] ? 1 : pooled[i] == pooled[j] ? 0.5 : 0;
            }
        }
        return u;
    }
}
