package org.rpgkiosk.report;

/**
 * A sample's size, mean and variance (divisor n - 1): all that Welch's test, the interval of a
 * difference of means and Hedges' g need, whether the values are 1..4 answers or block scores.
 * The mean is NaN for an empty sample, the variance below two values.
 */
public record Moments(long n, double mean, double variance) {
    static final Moments NONE = new Moments(0, Double.NaN, Double.NaN);

    /** Two passes over the values, so the variance loses nothing to cancellation. */
    static Moments of(double[] values) {
        int n = values.length;
        if (n == 0) return NONE;
        double sum = 0;
        for (double v : values) sum += v;
        double mean = sum / n;
        if (n < 2) return new Moments(n, mean, Double.NaN);
        double squares = 0;
        for (double v : values) squares += (v - mean) * (v - mean);
        return new Moments(n, mean, squares / (n - 1));
    }
}
