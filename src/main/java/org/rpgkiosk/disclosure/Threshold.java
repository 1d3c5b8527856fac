package org.rpgkiosk.disclosure;

import org.rpgkiosk.fault.UserError;

/**
 * k, the smallest number of people behind any figure or row group a release may show. Each kind
 * of release has a default and a floor below which it is refused, not quietly raised: a report
 * or research export needs at least 3 (two people could each subtract themselves and read the
 * other's answers), a public export at least 10 (as ONS suppresses counts under 10).
 */
public record Threshold(int k) {
    public static final int REPORT_DEFAULT = 5;
    public static final int RESEARCH_FLOOR = 3;
    public static final int RESEARCH_DEFAULT = 5;
    public static final int PUBLIC_FLOOR = 10;

    public enum Use {
        REPORT(REPORT_DEFAULT, RESEARCH_FLOOR, "the report"),
        RESEARCH(RESEARCH_DEFAULT, RESEARCH_FLOOR, "a research export"),
        PUBLIC(PUBLIC_FLOOR, PUBLIC_FLOOR, "a public export");

        final int byDefault;
        final int floor;
        final String what;

        Use(int byDefault, int floor, String what) {
            this.byDefault = byDefault;
            this.floor = floor;
            this.what = what;
        }
    }

    /** @param given what was asked for with --min-cell, or null for the default */
    public static Threshold of(Use use, Integer given) {
        int k = given == null ? use.byDefault : given;
        if (k < use.floor) {
            throw new UserError("--min-cell " + k + " is too small: " + use.what + " needs at least " + use.floor);
        }
        return new Threshold(k);
    }

    /** Whether a population of n people may be shown with figures (means, breakdowns), not as a count only. */
    public boolean showsFigures(long n) {
        return n >= k;
    }
}
