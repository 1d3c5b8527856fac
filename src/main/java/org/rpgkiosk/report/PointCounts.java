package org.rpgkiosk.report;

/**
 * How many answers gave each point of the 4-point scale (1 = strongly disagree .. 4 = agree
 * strongly). On a scale this short these four counts are a sufficient statistic: every figure
 * of the report (mean, SD, confidence interval, Mann-Whitney with ties, Welch) is computed from
 * them, so the database is read with one aggregate query instead of row by row.
 */
public record PointCounts(long ones, long twos, long threes, long fours) {
    public static final PointCounts NONE = new PointCounts(0, 0, 0, 0);
    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    public PointCounts {
        if (ones < 0 || twos < 0 || threes < 0 || fours < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
    }

    /** The answers of one sample, e.g. {@code of(3, 4, 4, 2)}. */
    public static PointCounts of(int... points) {
        PointCounts counts = NONE;
        for (int p : points) counts = counts.plus(p, 1);
        return counts;
    }

    public long count(int points) {
        return switch (points) {
            case 1 -> ones;
            case 2 -> twos;
            case 3 -> threes;
            case 4 -> fours;
            default -> throw new IllegalArgumentException("no scale point " + points);
        };
    }

    public PointCounts plus(int points, long count) {
        return new PointCounts(ones + (points == 1 ? count : 0), twos + (points == 2 ? count : 0),
                threes + (points == 3 ? count : 0), fours + (points == 4 ? count : 0)).checked(points);
    }

    public PointCounts plus(PointCounts other) {
        return new PointCounts(ones + other.ones, twos + other.twos, threes + other.threes, fours + other.fours);
    }

    public long n() {
        return ones + twos + threes + fours;
    }

    /** The mean on the 1..4 coding; NaN when there are no answers. */
    public double mean() {
        return n() == 0 ? Double.NaN : (double) (ones + 2 * twos + 3 * threes + 4 * fours) / n();
    }

    /** The sample variance (divisor n - 1); NaN below two answers. */
    public double variance() {
        long n = n();
        if (n < 2) return Double.NaN;
        double mean = mean();
        double squares = 0;
        for (int p = LOWEST; p <= HIGHEST; p++) squares += count(p) * (p - mean) * (p - mean);
        return squares / (n - 1);
    }

    public Moments moments() {
        return new Moments(n(), mean(), variance());
    }

    private PointCounts checked(int points) {
        count(points);
        return this;
    }
}
