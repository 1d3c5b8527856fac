package org.rpgkiosk.report;

/**
 * One statement compared between wave a and wave b: the change of mean and both tests. The
 * {@link #significant()} flag is Mann-Whitney's raw p, the test suited to ordinal answers; the
 * report marks a change on that p adjusted for the other statements ({@link Report.ComparisonRow#significant}).
 * Welch's flag is given beside it for readers used to t-tests.
 *
 * @param meanDiff mean of wave a minus mean of wave b
 */
public record Comparison(long nA, long nB, double meanDiff, MannWhitney mannWhitney, Welch welch, double exactP,
                         EffectSizes effects) {
    public static final double ALPHA = 0.05;

    /**
     * @param exactP the exact permutation p of U ({@link Permutation}), computed only where the rule
     *               prefers it (a small wave or heavy ties), NaN elsewhere or where it cannot be counted
     */
    public static Comparison of(PointCounts a, PointCounts b) {
        double exact = Permutation.preferred(a, b) ? Permutation.exactP(a, b) : Double.NaN;
        MannWhitney mw = MannWhitney.of(a, b);
        Welch welch = Welch.of(a, b);
        return new Comparison(a.n(), b.n(), a.mean() - b.mean(), mw, welch, exact, EffectSizes.of(a, b, mw, welch));
    }

    /**
     * The p the report's mark rests on, before adjustment: the exact permutation p where the rule
     * prefers it and it could be counted, else the asymptotic Mann-Whitney p (R's and scipy's).
     */
    public double markP() {
        return markIsExact() ? exactP : mannWhitney.p();
    }

    /** Whether {@link #markP} is the exact p: computed, and a test that can be made at all. */
    public boolean markIsExact() {
        return !Double.isNaN(exactP) && !Double.isNaN(mannWhitney.p());
    }

    /** The counts alone, every figure withheld: a side shows its count only (disclosure/RowSuppression). */
    public static Comparison countsOnly(long nA, long nB) {
        return new Comparison(nA, nB, Double.NaN, MannWhitney.UNDEFINED, Welch.UNDEFINED, Double.NaN,
                EffectSizes.UNDEFINED);
    }

    /** Raw Mann-Whitney p below 0.05 (false when the test is undefined: renderers show a blank then). */
    public boolean significant() {
        return mannWhitney.p() < ALPHA;
    }

    /** Welch p below 0.05 (false when the test is undefined). */
    public boolean welchSignificant() {
        return welch.p() < ALPHA;
    }
}
