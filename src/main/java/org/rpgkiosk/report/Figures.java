package org.rpgkiosk.report;

import java.util.Locale;

/**
 * How numbers are written. CSV keeps every digit (Java's shortest round-trip form) so a
 * recomputation agrees to the last bit, and leaves undefined figures empty, which R, pandas and
 * Excel all read as missing. Text and HTML round for reading and show "-" for undefined.
 */
final class Figures {
    static final String UNDEFINED = "-";

    private Figures() {}

    static String exact(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? UNDEFINED : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** "+0.25"; a value that rounds to zero is "+0.00", never "-0.00". */
    static String signed(double value, int decimals) {
        if (Double.isNaN(value)) return UNDEFINED;
        if (Math.abs(value) < 0.5 * Math.pow(10, -decimals)) value = 0;
        return String.format(Locale.ROOT, "%+." + decimals + "f", value);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? UNDEFINED : String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }

    /** A confidence interval, "2.70 to 3.21" (a dash would read as a minus sign). */
    static String interval(double low, double high) {
        return Double.isNaN(low) ? UNDEFINED : fixed(low, 2) + " to " + fixed(high, 2);
    }

    /** A p-value as papers print it: three decimals, or "<0.001". */
    static String p(double value) {
        if (Double.isNaN(value)) return UNDEFINED;
        return value < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", value);
    }
}
