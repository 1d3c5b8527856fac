package org.rpgkiosk.report;

/**
 * The exact permutation p of Mann-Whitney's U for answers on the 1..4 scale: every way of
 * dealing the pooled answers into two waves of the sizes seen, weighed by how many deals give
 * it. With few answers, or most of them on one level, the normal approximation is far off
 * (eleven 3s and one 4 against three hundred 3s: 6.2e-7 asymptotic, 0.077 exact).
 *
 * <p>Only how many of each level go to wave a matters, so the deals are counted level by level
 * ({@code C(t_1,k_1)...C(t_4,k_4) / C(N, n_a)}), the most common level taking what is left: the work
 * is the product of the other three levels' choices, small exactly when the approximation is poor.
 * Two-sided p is twice the smaller one-sided p, at most 1 (scipy's {@code permutation_test}).
 */
public final class Permutation {
    /** The most level-by-level splits enumerated; past it no exact p is given (NaN). */
    static final long MAX_SPLITS = 5_000_000;
    /** The rule for the mark: a wave with fewer answers than this is small. */
    public static final int SMALL_WAVE = 30;
    /** The rule for the mark: ties are heavy when one answer level holds at least this share of all. */
    public static final double HEAVY_TIES = 0.8;

    private Permutation() {}

    /** Whether the exact p, not the asymptotic one, should carry the mark for these two waves. */
    public static boolean preferred(PointCounts a, PointCounts b) {
        PointCounts pooled = a.plus(b);
        long most = 0;
        for (int level = PointCounts.LOWEST; level <= PointCounts.HIGHEST; level++) most = Math.max(most, pooled.count(level));
        return Math.min(a.n(), b.n()) < SMALL_WAVE || most >= HEAVY_TIES * pooled.n();
    }

    /** NaN when a wave has no answers, every answer is the same, or the splits are too many to count. */
    public static double exactP(PointCounts a, PointCounts b) {
        int levels = PointCounts.HIGHEST - PointCounts.LOWEST + 1;
        long[] t = new long[levels];
        long[] twiceRank = new long[levels];     // twice the mid-rank of a level: whole numbers
        long below = 0;
        int used = 0;
        int largest = 0;
        for (int c = 0; c < levels; c++) {
            t[c] = a.count(c + 1) + b.count(c + 1);
            twiceRank[c] = 2 * below + t[c] + 1;
            below += t[c];
            if (t[c] > 0) used++;
            if (t[c] > t[largest]) largest = c;
        }
        long na = a.n();
        long n = below;
        if (na == 0 || b.n() == 0 || used < 2) return Double.NaN;
        int[] others = new int[levels - 1];
        long splits = 1;
        for (int c = 0, i = 0; c < levels; c++) {
            if (c == largest) continue;
            others[i++] = c;
            splits *= Math.min(t[c], na) + 1;      // three factors of at most N + 1: no overflow below 2 million answers
        }
        if (splits > MAX_SPLITS) return Double.NaN;
        long observed = 0;
        for (int c = 0; c < levels; c++) observed += a.count(c + 1) * twiceRank[c];
        double logAll = logChoose(n, na);
        double atLeast = 0;
        double atMost = 0;
        int x = others[0];
        int y = others[1];
        int z = others[2];
        for (long kx = 0; kx <= Math.min(t[x], na); kx++) {
            for (long ky = 0; ky <= Math.min(t[y], na - kx); ky++) {
                for (long kz = 0; kz <= Math.min(t[z], na - kx - ky); kz++) {
                    long kl = na - kx - ky - kz;
                    if (kl > t[largest]) continue;
                    double p = Math.exp(logChoose(t[x], kx) + logChoose(t[y], ky) + logChoose(t[z], kz)
                            + logChoose(t[largest], kl) - logAll);
                    long w = kx * twiceRank[x] + ky * twiceRank[y] + kz * twiceRank[z] + kl * twiceRank[largest];
                    if (w >= observed) atLeast += p;
                    if (w <= observed) atMost += p;
                }
            }
        }
        return Math.min(1, 2 * Math.min(atLeast, atMost));
    }

    private static double logChoose(long n, long k) {
        if (k == 0 || k == n) return 0;
        return SpecialFunctions.logGamma(n + 1.0) - SpecialFunctions.logGamma(k + 1.0) - SpecialFunctions.logGamma(n - k + 1.0);
    }
}
