package org.rpgkiosk.report;

/**
 * The log-gamma function and the regularized incomplete beta and gamma functions, the ground
 * the t and normal distributions stand on. Written out (Lanczos; Lentz's continued fractions as
 * in Numerical Recipes, 3rd ed., 6.1-6.4) rather than taken from a statistics library: it is
 * some hundred lines, and the report needs nothing else from such a library. Relative accuracy
 * is about 1e-14, also for the hundreds of thousands of degrees of freedom a large survey
 * gives: there lnGamma(a + b) - lnGamma(a) would lose digits to cancellation, so the beta
 * function's front factor takes that difference from Stirling's series instead.
 */
final class SpecialFunctions {
    private static final double EPSILON = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;
    private static final double STIRLING_FROM = 10;
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};

    private SpecialFunctions() {}

    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (x + i);
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** lnGamma(a + b) - lnGamma(a), without cancellation when a or b is large. */
    static double logGammaRatio(double a, double b) {
        double big = Math.max(a, b);
        double small = Math.min(a, b);
        if (big < STIRLING_FROM) return logGamma(a + b) - logGamma(a);
        // Stirling: lnGamma(x) = (x - 1/2) ln x - x + ln(2 pi)/2 + stirlingError(x).
        double ratio = (big - 0.5) * Math.log1p(small / big) + small * Math.log(big + small) - small
                + stirlingError(big + small) - stirlingError(big);
        return a >= b ? ratio : ratio + logGamma(big) - logGamma(small);
    }

    /** lnGamma(x) - Stirling's approximation, by its asymptotic series (error below 1e-16 from x = 10). */
    private static double stirlingError(double x) {
        double r = 1 / (x * x);
        return (1.0 / 12 - r * (1.0 / 360 - r * (1.0 / 1260 - r * (1.0 / 1680 - r * (1.0 / 1188
                - r * (691.0 / 360360 - r / 156)))))) / x;
    }

    /**
     * I_x(a, b), with y = 1 - x passed by the caller so that a y computed without cancellation
     * (e.g. t^2 / (df + t^2)) keeps its digits.
     */
    static double regularizedBeta(double x, double y, double a, double b) {
        if (x <= 0) return 0;
        if (y <= 0) return 1;
        // ln x from y when x is near 1: a large a would multiply the rounding of x.
        double logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
        double logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
        double front = Math.exp(logGammaRatio(a, b) - logGamma(b) + a * logX + b * logY);
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(y, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < EPSILON) return h;
        }
        throw new ArithmeticException("incomplete beta did not converge for a=" + a + ", b=" + b + ", x=" + x);
    }

    /** Q(a, x) = Gamma(a, x) / Gamma(a), the upper regularized incomplete gamma function. */
    static double regularizedGammaQ(double a, double x) {
        if (x <= 0) return 1;
        double front = Math.exp(-x + a * Math.log(x) - logGamma(a));
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n <= MAX_ITERATIONS && Math.abs(term) >= Math.abs(sum) * EPSILON; n++) {
                term *= x / (a + n);
                sum += term;
            }
            return 1 - sum * front;
        }
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = 1 / nonZero(an * d + b);
            c = nonZero(b + an / c);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < EPSILON) return front * h;
        }
        throw new ArithmeticException("incomplete gamma did not converge for a=" + a + ", x=" + x);
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }
}
