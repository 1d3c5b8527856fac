package org.rpgkiosk.report;

/**
 * The Mann-Whitney U test of two waves, two-sided, by the normal approximation with the
 * variance corrected for ties and a continuity correction of 1/2: the figure of R's
 * {@code wilcox.test(a, b, exact = FALSE, correct = TRUE)} and scipy's
 * {@code mannwhitneyu(a, b, method="asymptotic", use_continuity=True)}. On a 4-point scale
 * nearly every answer is tied, so an exact test does not apply anyway.
 *
 * @param u the U of the first sample (wave a): the pairs (x from a, y from b) with x > y, plus
 *          half the pairs with x = y; R calls it W, scipy reports the same number
 * @param z the standardised statistic after the continuity correction, signed as u - n_a n_b / 2
 * @param p two-sided; NaN when either wave has no answers or when every answer in both waves is
 *          the same (no variation, so the test says nothing)
 */
public record MannWhitney(double u, double z, double p) {
    static final MannWhitney UNDEFINED = new MannWhitney(Double.NaN, Double.NaN, Double.NaN);

    public static MannWhitney of(PointCounts a, PointCounts b) {
        double na = a.n();
        double nb = b.n();
        if (na == 0 || nb == 0) return UNDEFINED;
        double n = na + nb;
        double rankSumA = 0;
        double tieTerm = 0;
        double below = 0;
        for (int p = PointCounts.LOWEST; p <= PointCounts.HIGHEST; p++) {
            double tied = a.count(p) + b.count(p);
            rankSumA += a.count(p) * (below + (tied + 1) / 2);
            tieTerm += tied * tied * tied - tied;
            below += tied;
        }
        double u = rankSumA - na * (na + 1) / 2;
        double centre = na * nb / 2;
        double sigma = Math.sqrt(na * nb / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
        if (!(sigma > 0)) return new MannWhitney(u, Double.NaN, Double.NaN);
        double distance = u - centre;
        double z = (distance - Math.signum(distance) * 0.5) / sigma;
        return new MannWhitney(u, z, Distributions.normalTwoSidedP(z));
    }
}
