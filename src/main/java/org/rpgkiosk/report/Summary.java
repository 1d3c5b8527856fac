package org.rpgkiosk.report;

/**
 * One statement in one wave (and role): the figures of the evaluation's tables. Undefined
 * figures are NaN: the mean with no answers, the SD and confidence interval with one answer.
 * With every answer the same, the SD is 0 and the interval shrinks to the mean.
 *
 * @param ciLow     95 % confidence interval of the mean, t-based: mean -/+ t(0.975, n-1) sd/sqrt(n),
 *                  clipped to the scale's 1..4: at small n the t interval runs past what any mean
 *                  can be (n = 2 answering 1 and 4 gives -16.6 to 21.6), which says nothing more
 * @param pctAgree  percentage answering 3 (agree) or 4 (agree strongly)
 */
public record Summary(long n, double mean, double sd, double ciLow, double ciHigh, double pctAgree) {
    /** The neutral point of a 4-point scale with no midpoint. */
    public static final double NEUTRAL = 2.5;
    static final double CONFIDENCE = 0.95;
    /** The scale's ends: no mean, so no bound of its interval, lies outside them. */
    public static final double LOWEST = 1;
    public static final double HIGHEST = 4;

    public static Summary of(PointCounts counts) {
        long n = counts.n();
        return of(counts.moments(), n == 0 ? Double.NaN : 100.0 * (counts.threes() + counts.fours()) / n);
    }

    /** Of block scores (means of 1..4 answers, so the same bounds hold); pctAgree as given. */
    static Summary of(Moments m, double pctAgree) {
        double sd = Math.sqrt(m.variance());
        double halfWidth = Distributions.studentQuantile(1 - (1 - CONFIDENCE) / 2, m.n() - 1) * sd / Math.sqrt(m.n());
        return new Summary(m.n(), m.mean(), sd, Math.max(LOWEST, m.mean() - halfWidth),
                Math.min(HIGHEST, m.mean() + halfWidth), pctAgree);
    }

    /** The count alone, every figure withheld (disclosure/RowSuppression): renderers show '-'. */
    public static Summary countOnly(long n) {
        return new Summary(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Whether figures are shown: a count-only row, or a row with no answers, has no mean. */
    public boolean hasFigures() {
        return !Double.isNaN(mean);
    }

    /**
     * The mean is above the midpoint 2.5 (false when there is no mean). Not "more agreed than
     * disagreed": a mean of 2.52 can have exactly half agreeing, 55 % agreeing a mean under 2.5.
     */
    public boolean aboveNeutral() {
        return mean > NEUTRAL;
    }
}
