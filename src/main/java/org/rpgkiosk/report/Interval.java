package org.rpgkiosk.report;

/** An estimate with its 95 % interval; NaN where undefined. */
public record Interval(double estimate, double low, double high) {
    static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN, Double.NaN);
}
