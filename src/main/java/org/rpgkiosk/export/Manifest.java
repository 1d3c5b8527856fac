package org.rpgkiosk.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rpgkiosk.export.Scrubber.Kind;

/** manifest.txt: what was exported, how many rows, and every protection that was applied. */
final class Manifest {
    private final ExportOptions options;
    private final LocalDateTime when;
    final Map<String, Long> rows = new LinkedHashMap<>();
    final List<String> waves = new ArrayList<>();
    final List<String> versions = new ArrayList<>();
    final Map<String, String> roleNotes = new LinkedHashMap<>();
    final List<String> attendanceNotes = new ArrayList<>();
    Scrubber.Tally openText = new Scrubber.Tally();
    Scrubber.Tally groupNames = new Scrubber.Tally();

    Manifest(ExportOptions options, LocalDateTime when) {
        this.options = options;
        this.when = when;
    }

    /** Replacements in the open answers, per kind, in the manifest's words. */
    Map<String, Long> replacements() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) counts.put(kind.key(), openText.count(kind));
        return counts;
    }

    String text() {
        int k = options.minCellSize();
        StringBuilder s = new StringBuilder();
        s.append("RPG kiosk: anonymised export\n\n")
                .append("exported: ").append(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append('\n')
                .append("profile: ").append(options.profile().code()).append('\n')
                .append("waves: ").append(waves.isEmpty() ? "none" : String.join(", ", waves)).append('\n')
                .append("questionnaire versions: ").append(versions.isEmpty() ? "none" : String.join(", ", versions))
                .append('\n')
                .append("smallest cell shown (k): ").append(k).append('\n')
                .append("for Excel: ").append(options.excel() ? "yes (byte-order mark; text cells that would start a "
                        + "formula begin with an apostrophe)" : "no").append("\n\nfiles (data rows):\n");
        rows.forEach((file, n) -> s.append(String.format("  %-16s %d%n", file, n)));
        s.append("  import.sps, import.R: read the CSV files with variable and value labels\n");

        s.append("\npseudonyms: HMAC-SHA-256 keyed with this installation's secret: response_id r_ + ")
                .append(Pseudonyms.RESPONSE_HEX).append(" hex,\n  member m_ + ").append(Pseudonyms.MEMBER_HEX)
                .append(" hex (one per member and group). The same in every export from this installation,\n")
                .append("  meaningless without its secret. Rows are ordered by a random key, not by submission.\n")
                .append("times: responses carry the date of submission only, sessions their month only.\n");

        s.append("\nroles in the survey files, per wave (a role with fewer than ").append(k)
                .append(" submitted responses is merged into other;\n  if other is then still under ").append(k)
                .append(", the role of those responses is left blank):\n");
        lines(s, roleNotes);
        s.append("\nattendance (").append(options.withOpenText() ? "a row per member and session, no reasons"
                : "a row per group, month and facilitator kind, no members").append("; no names, no facilitator names,\n")
                .append("  no absence notes; within a group, roles and part-time status pooled as in the survey files):\n");
        attendanceNotes.forEach(line -> s.append("  ").append(line).append('\n'));
        if (groupNames.total() > 0) {
            s.append("  group names and levels: ").append(groupNames.total())
                    .append(" roster name(s) replaced by [name]; such a group carries its pseudonym g_...\n");
        }

        if (options.withOpenText()) {
            s.append("\nopen answers: scrubbed, each replacement counted:\n");
            replacements().forEach((kind, n) -> s.append(String.format("  %-11s %d  (%s)%n", kind, n,
                    Kind.valueOf(kind.toUpperCase()).marker)));
            s.append("  Names are the roster's and the facilitators': whole words in any case, but words that are also\n")
                    .append("  everyday English (will, may, rose, brown...) only when capitalised. Read before you share.\n");
        } else {
            s.append("\nopen answers: not exported (public profile).\n");
        }
        return s.toString();
    }

    private static void lines(StringBuilder s, Map<String, String> notes) {
        if (notes.isEmpty()) s.append("  nothing merged or withheld\n");
        notes.forEach((what, note) -> s.append("  ").append(what).append(": ").append(note).append('\n'));
    }
}
