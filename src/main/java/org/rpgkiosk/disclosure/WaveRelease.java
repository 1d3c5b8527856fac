package org.rpgkiosk.disclosure;

import java.util.Optional;
import org.rpgkiosk.disclosure.DetailLevel.Dates;

/**
 * A wave's release, decided once (by the first export that holds the wave) and read by every
 * later one: the date detail its responses go out with, and the research k it was decided under.
 * Every output of the wave then gives its dates at exactly this level or none at all, so two
 * outputs can never be joined into finer detail than either (an ISO week straddles two months:
 * a week export and a month export of one wave once left a person alone in their overlap).
 */
public record WaveRelease(String wave, Dates dates, int k) {

    /**
     * Why an export asking for {@code askedDates} (null: not asked) under k {@code k} may not read
     * this release, in one line naming it; empty when it may. A different date level is refused,
     * finer or coarser (a coarser one that is not made of whole periods of this one would
     * straddle them); a k below the release's would show finer role groups.
     */
    public Optional<String> refusal(Dates askedDates, int k) {
        String released = "wave " + wave + " was released " + describe(dates) + " (k=" + this.k + ")";
        if (askedDates != null && askedDates != dates) {
            return Optional.of(released + ": --dates " + askedDates.name().toLowerCase() + " would let its periods be"
                    + " joined across exports; leave --dates out");
        }
        if (k < this.k) {
            return Optional.of(released + ": --min-cell " + k + " would show smaller groups; give at least " + this.k);
        }
        return Optional.empty();
    }

    /** The dates a population of this wave may carry: the release's level if safe, else none. */
    public Dates[] levels() {
        return dates == Dates.NONE ? new Dates[] {Dates.NONE} : new Dates[] {dates, Dates.NONE};
    }

    public static String describe(Dates d) {
        return d == Dates.NONE ? "with no dates" : "with dates by " + d.name().toLowerCase();
    }
}
