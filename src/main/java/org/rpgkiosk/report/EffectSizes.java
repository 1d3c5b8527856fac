package org.rpgkiosk.report;

/**
 * How large a change between two waves is, beside whether it is significant, each with a 95 %
 * interval; wave a minus wave b throughout, NaN where undefined.
 * <ul>
 * <li>Difference of means, Welch's interval: diff -/+ t(0.975, Welch df) se, as scipy's
 * {@code ttest_ind(a, b, equal_var=False).confidence_interval()} and R's {@code t.test}; clipped to
 * -3..3, the most two means of 1..4 answers can differ.
 * <li>Rank-biserial correlation, the effect size of Mann-Whitney: r = 2 U / (n_a n_b) - 1, from -1
 * (every answer of a below every answer of b) to 1; its interval from Hanley and McNeil's (1982)
 * standard error of the area U / (n_a n_b), doubled, normal, clipped to -1..1. That error
 * ignores ties, so the interval is approximate on a 4-point scale.
 * <li>Hedges' g: the difference over the pooled SD, times the small-sample correction
 * 1 - 3 / (4 (n_a + n_b) - 9); interval g -/+ 1.96 sqrt((n_a + n_b) / (n_a n_b) + g^2 / (2 (n_a + n_b)))
 * (Hedges and Olkin, 1985).
 * </ul>
 */
public record EffectSizes(double diffLow, double diffHigh, double rankBiserial, double rLow, double rHigh,
                          double hedgesG, double gLow, double gHigh) {
    static final EffectSizes UNDEFINED = new EffectSizes(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN);
    /** The normal distribution's 97.5th percentile. */
    static final double Z = 1.959963984540054;
    private static final double MOST_DIFF = PointCounts.HIGHEST - PointCounts.LOWEST;

    static EffectSizes of(PointCounts a, PointCounts b, MannWhitney mw, Welch welch) {
        double na = a.n();
        double nb = b.n();
        if (na == 0 || nb == 0) return UNDEFINED;
        Interval diff = meanDifference(a.moments(), b.moments(), welch);
        Interval g = hedgesG(a.moments(), b.moments());
        double area = mw.u() / (na * nb);
        double r = 2 * area - 1;
        double q1 = area / (2 - area);
        double q2 = 2 * area * area / (1 + area);
        double varArea = (area * (1 - area) + (na - 1) * (q1 - area * area) + (nb - 1) * (q2 - area * area)) / (na * nb);
        double rHalf = 2 * Z * Math.sqrt(Math.max(0, varArea));
        return new EffectSizes(diff.low(), diff.high(), r, Math.max(-1, r - rHalf), Math.min(1, r + rHalf),
                g.estimate(), g.low(), g.high());
    }

    /** Mean a minus mean b with Welch's interval, clipped to -3..3 (NaN bounds where Welch is undefined). */
    static Interval meanDifference(Moments a, Moments b, Welch welch) {
        double diff = a.mean() - b.mean();
        if (Double.isNaN(welch.df())) return new Interval(diff, Double.NaN, Double.NaN);
        double half = Distributions.studentQuantile(0.975, welch.df())
                * Math.sqrt(a.variance() / a.n() + b.variance() / b.n());
        return new Interval(diff, Math.max(-MOST_DIFF, diff - half), Math.min(MOST_DIFF, diff + half));
    }

    /** Hedges' g and its interval; undefined below two values a side or with a pooled SD of 0. */
    static Interval hedgesG(Moments a, Moments b) {
        double na = a.n();
        double nb = b.n();
        if (na < 2 || nb < 2) return Interval.UNDEFINED;
        double pooled = Math.sqrt(((na - 1) * a.variance() + (nb - 1) * b.variance()) / (na + nb - 2));
        if (!(pooled > 0)) return Interval.UNDEFINED;
        double g = (1 - 3 / (4 * (na + nb) - 9)) * (a.mean() - b.mean()) / pooled;
        double half = Z * Math.sqrt((na + nb) / (na * nb) + g * g / (2 * (na + nb)));
        return new Interval(g, g - half, g + half);
    }
}
