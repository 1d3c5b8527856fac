package org.rpgkiosk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of the benchmark table: a thing measured and its floor, each timed in the same run
 * (the machines are shared and noisy, so only the ratio means much), with the peak memory.
 */
public record Figure(String name, List<Double> seconds, String floorName, List<Double> floorSeconds,
                     double target, long peakBytes, String note) {

    public double median() {
        return percentile(seconds, 50);
    }

    public double floorMedian() {
        return floorSeconds.isEmpty() ? Double.NaN : percentile(floorSeconds, 50);
    }

    public double ratio() {
        return median() / floorMedian();
    }

    /** The value at or below which p percent of the samples lie (nearest rank). */
    public static double percentile(List<Double> samples, double p) {
        if (samples.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
