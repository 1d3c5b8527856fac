package org.rpgkiosk.disclosure;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rpgkiosk.fault.UserError;

/**
 * How much a released response row may say about when and on what it was answered, beside its
 * role group. A colleague who saw who used the terminal on which day, or knows who answered late
 * (after a new questionnaire version was loaded), can find a person whose date, or version, is
 * shared with few others of their role. So, per population (a wave's submitted responses; its
 * unfinished ones apart), the finest detail at or above what was asked is chosen such that every
 * cell of (period, questionnaire version, role group) holds no one or at least k: first with the
 * version shown, coarsening the date day, ISO week, month, none; if even no date leaves a small
 * cell, the version is left out too and the dates tried again. Role groups alone are safe by
 * {@link CellGrouping}, so the last choice always holds.
 */
public final class DetailLevel {
    public enum Dates {
        DAY, WEEK, MONTH, NONE;

        public static Dates parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserError("--dates takes day, week, month or none, not '" + text + "'");
            }
        }

        /** The period a date falls in: 2026-03-14, 2026-W11 (ISO week), 2026-03, or empty. */
        public String period(LocalDate date) {
            if (date == null) return "";
            return switch (this) {
                case DAY -> date.toString();
                case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case MONTH -> date.toString().substring(0, 7);
                case NONE -> "";
            };
        }
    }

    /** One row as the release would describe it: its role group, date and questionnaire version. */
    public record Row(String group, LocalDate date, int version) {}

    /** The detail one population's rows carry. */
    public record Choice(Dates dates, boolean version) {}

    private DetailLevel() {}

    public static Choice choose(List<Row> rows, Dates asked, int k) {
        for (boolean version : new boolean[] {true, false}) {
            for (Dates d = asked; ; d = Dates.values()[d.ordinal() + 1]) {
                if (safe(rows, d, version, k)) return new Choice(d, version);
                if (d == Dates.NONE) break;
            }
        }
        return new Choice(Dates.NONE, false);
    }

    /**
     * As {@link #choose}, for a wave already released ({@link WaveRelease}): its dates at the
     * release's level, or none where that level would leave a small cell, never another level.
     */
    public static Choice chooseWithin(List<Row> rows, WaveRelease release, int k) {
        for (boolean version : new boolean[] {true, false}) {
            for (Dates d : release.levels()) {
                if (safe(rows, d, version, k)) return new Choice(d, version);
            }
        }
        return new Choice(Dates.NONE, false);
    }

    private static boolean safe(List<Row> rows, Dates dates, boolean version, int k) {
        Map<String, Long> cells = new HashMap<>();
        for (Row r : rows) {
            cells.merge(dates.period(r.date()) + "\t" + (version ? r.version() : 0) + "\t" + r.group(), 1L, Long::sum);
        }
        return cells.values().stream().allMatch(n -> CellGrouping.safe(n, k));
    }
}
