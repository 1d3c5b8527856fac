package org.rpgkiosk.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rpgkiosk.UserError;

/**
 * What to export and how safely. The research profile includes scrubbed open answers and
 * merges roles under 5 people; the public profile leaves open answers out and never merges
 * under fewer than 10, whatever --min-cell says (as ONS suppresses counts under 10).
 *
 * @param waves wave codes; empty for every wave
 * @param minCell the smallest cell shown, or null for the profile's default
 */
public record ExportOptions(Path out, List<String> waves, Profile profile, boolean excel, Integer minCell) {

    public enum Profile {
        RESEARCH(5), PUBLIC(10);

        final int defaultMinCell;

        Profile(int defaultMinCell) {
            this.defaultMinCell = defaultMinCell;
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
        if (minCell != null && minCell < 1) throw new UserError("--min-cell must be 1 or more");
    }

    /** k: a role with fewer people than this is merged. */
    public int minCellSize() {
        int given = minCell == null ? profile.defaultMinCell : minCell;
        return profile == Profile.PUBLIC ? Math.max(given, Profile.PUBLIC.defaultMinCell) : given;
    }

    public boolean withOpenText() {
        return profile == Profile.RESEARCH;
    }
}
