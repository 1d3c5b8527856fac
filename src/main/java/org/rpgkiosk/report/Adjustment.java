package org.rpgkiosk.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * p-values adjusted for testing many statements at once. Seventeen statements tested at 0.05 flag
 * about one by chance alone when nothing changed; these keep that in check:
 * <ul>
 * <li>Holm (1979), step-down: the family-wise error rate, the chance of any false flag, at most
 * alpha. {@code p_(i)} sorted ascending, adjusted {@code max_{j<=i} min(1, (m - j + 1) p_(j))}.
 * <li>Benjamini-Hochberg (1995), step-up: the false discovery rate, the expected share of false
 * flags among the flagged, at most alpha. Adjusted (the q-value) {@code min_{j>=i} min(1, m p_(j) / j)}.
 * </ul>
 * A test that could not be made (NaN: too few answers, or no variation) is no member of the
 * family: it stays NaN and m counts only the others. Both equal R's {@code p.adjust} and
 * statsmodels' {@code multipletests}, which treat NaN the same way.
 */
public final class Adjustment {
    private Adjustment() {}

    public static double[] holm(double[] p) {
        int[] order = defined(p);
        double[] out = nans(p.length);
        int m = order.length;
        double running = 0;
        for (int i = 0; i < m; i++) {
            running = Math.max(running, Math.min(1, (m - i) * p[order[i]]));
            out[order[i]] = running;
        }
        return out;
    }

    public static double[] benjaminiHochberg(double[] p) {
        int[] order = defined(p);
        double[] out = nans(p.length);
        int m = order.length;
        double running = 1;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, Math.min(1, m * p[order[i]] / (i + 1)));
            out[order[i]] = running;
        }
        return out;
    }

    /** The places of the defined p-values, smallest p first (ties in their given order). */
    private static int[] defined(double[] p) {
        return IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
    }

    private static double[] nans(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
