package org.rpgkiosk.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.disclosure.DetailLevel.Dates;
import org.rpgkiosk.disclosure.Threshold;

/**
 * What to export and how safely. The research profile includes scrubbed open answers, k = 5 by
 * default (at least 3) and dates as ISO weeks; the public profile leaves open answers out, k = 10
 * at least (as ONS suppresses counts under 10) and dates as months. A k below the profile's floor
 * is refused, not quietly raised.
 *
 * @param waves             wave codes; empty for every wave
 * @param minCell           k as asked with --min-cell, or null for the profile's default
 * @param dates             the finest dates asked for, or null for the profile's default
 * @param includeIncomplete also the abandoned responses of closed waves (research only)
 * @param workbook          also export.xlsx, the same data as typed sheets
 */
public record ExportOptions(Path out, List<String> waves, Profile profile, boolean excel, Integer minCell,
                            Dates dates, boolean includeIncomplete, boolean workbook) {

    public enum Profile {
        RESEARCH(Threshold.Use.RESEARCH, Dates.WEEK), PUBLIC(Threshold.Use.PUBLIC, Dates.MONTH);

        final Threshold.Use use;
        final Dates dates;

        Profile(Threshold.Use use, Dates dates) {
            this.use = use;
            this.dates = dates;
        }

        public static Profile parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserError("unknown profile '" + text + "': use research or public");
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ExportOptions {
        if (out == null) throw new UserError("say where to export to with --out DIR");
        waves = List.copyOf(waves);
        Threshold.of(profile.use, minCell);
        if (dates == Dates.NONE) throw new UserError("--dates takes day, week or month");
        if (includeIncomplete && profile == Profile.PUBLIC) {
            throw new UserError("--include-incomplete is for the research profile only");
        }
    }

    /** The profile's defaults for dates and unfinished responses. */
    public ExportOptions(Path out, List<String> waves, Profile profile, boolean excel, Integer minCell) {
        this(out, waves, profile, excel, minCell, null, false, false);
    }

    /** The same, with export.xlsx written too. */
    public ExportOptions withWorkbook() {
        return new ExportOptions(out, waves, profile, excel, minCell, dates, includeIncomplete, true);
    }

    public Threshold threshold() {
        return Threshold.of(profile.use, minCell);
    }

    /** k: no role group, date or version cell of fewer people is shown. */
    public int minCellSize() {
        return threshold().k();
    }

    public Dates datesAsked() {
        return dates == null ? profile.dates : dates;
    }

    public boolean withOpenText() {
        return profile == Profile.RESEARCH;
    }
}
