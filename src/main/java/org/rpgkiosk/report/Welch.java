package org.rpgkiosk.report;

/**
 * Welch's unequal-variances t-test of two waves, two-sided: R's {@code t.test(a, b)} and
 * scipy's {@code ttest_ind(a, b, equal_var=False)}.
 *
 * @param t  (mean a - mean b) / sqrt(var a / n a + var b / n b)
 * @param df Welch-Satterthwaite degrees of freedom
 * @param p  two-sided; all three are NaN when a wave has fewer than two answers or when both
 *           waves have SD 0 (the standard error is 0, so the test is undefined)
 */
public record Welch(double t, double df, double p) {
    static final Welch UNDEFINED = new Welch(Double.NaN, Double.NaN, Double.NaN);

    public static Welch of(PointCounts a, PointCounts b) {
        return of(a.moments(), b.moments());
    }

    public static Welch of(Moments a, Moments b) {
        double na = a.n();
        double nb = b.n();
        if (na < 2 || nb < 2) return UNDEFINED;
        double sa = a.variance() / na;
        double sb = b.variance() / nb;
        double se2 = sa + sb;
        if (!(se2 > 0)) return UNDEFINED;
        double t = (a.mean() - b.mean()) / Math.sqrt(se2);
        double df = se2 * se2 / (sa * sa / (na - 1) + sb * sb / (nb - 1));
        return new Welch(t, df, Distributions.studentTwoSidedP(t, df));
    }
}
