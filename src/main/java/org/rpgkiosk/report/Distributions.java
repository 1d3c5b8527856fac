package org.rpgkiosk.report;

/**
 * The distributions the report's tests refer to: the standard normal (Mann-Whitney's
 * large-sample approximation), Student's t (the confidence interval and Welch's test) and
 * Fisher's F (Feldt's interval of Cronbach's alpha).
 */
public final class Distributions {
    private Distributions() {}

    /** P(Z > z) for a standard normal Z. */
    public static double normalUpperTail(double z) {
        if (Double.isNaN(z)) return Double.NaN;
        double half = 0.5 * SpecialFunctions.regularizedGammaQ(0.5, z * z / 2);
        return z >= 0 ? half : 1 - half;
    }

    /** P(|Z| >= |z|), capped at 1. */
    public static double normalTwoSidedP(double z) {
        return Math.min(1, 2 * normalUpperTail(Math.abs(z)));
    }

    /** P(|T| >= |t|) for Student's t with df degrees of freedom (df need not be whole). */
    public static double studentTwoSidedP(double t, double df) {
        if (Double.isNaN(t) || Double.isNaN(df) || df <= 0) return Double.NaN;
        if (Double.isInfinite(t)) return 0;
        double t2 = t * t;
        return SpecialFunctions.regularizedBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
    }

    /**
     * The q with P(T <= q) = p, found by bisection on the upper tail, which is monotone and
     * computed without cancellation; about 1e-13 relative for the df a survey produces.
     */
    public static double studentQuantile(double p, double df) {
        if (Double.isNaN(p) || Double.isNaN(df) || df <= 0 || p <= 0 || p >= 1) return Double.NaN;
        if (p == 0.5) return 0;
        if (p < 0.5) return -studentQuantile(1 - p, df);
        double tail = 2 * (1 - p);
        double lo = 0;
        double hi = 1;
        while (studentTwoSidedP(hi, df) > tail) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (studentTwoSidedP(mid, df) > tail) lo = mid;
            else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** P(F <= f) for F with d1 and d2 degrees of freedom: I_x(d1 / 2, d2 / 2), x = d1 f / (d1 f + d2). */
    public static double fCdf(double f, double d1, double d2) {
        if (Double.isNaN(f) || !(d1 > 0) || !(d2 > 0)) return Double.NaN;
        if (f <= 0) return 0;
        if (Double.isInfinite(f)) return 1;
        double denominator = d1 * f + d2;
        return SpecialFunctions.regularizedBeta(d1 * f / denominator, d2 / denominator, d1 / 2, d2 / 2);
    }

    /** The q with P(F <= q) = p, by bisection on the CDF, which is monotone in q. */
    public static double fQuantile(double p, double d1, double d2) {
        if (Double.isNaN(p) || !(d1 > 0) || !(d2 > 0) || p <= 0 || p >= 1) return Double.NaN;
        double lo = 0;
        double hi = 1;
        while (fCdf(hi, d1, d2) < p) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (fCdf(mid, d1, d2) < p) lo = mid;
            else hi = mid;
        }
        return 0.5 * (lo + hi);
    }
}
