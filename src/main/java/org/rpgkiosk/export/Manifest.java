package org.rpgkiosk.export;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rpgkiosk.scrub.Pseudonyms;
import org.rpgkiosk.scrub.Scrubber;
import org.rpgkiosk.scrub.Scrubber.Kind;
import org.rpgkiosk.scrub.Scrubber.Review;

/** manifest.txt: what was exported, how many rows, and every protection that was applied. */
final class Manifest {
    private final ExportOptions options;
    private final ZonedDateTime when;
    final Map<String, Long> rows = new LinkedHashMap<>();
    final List<String> waves = new ArrayList<>();
    final List<String> versions = new ArrayList<>();
    /** export.xlsx's sheets, in order; empty when no workbook is written. */
    final List<String> sheets = new ArrayList<>();
    ResponseRelease.Notes survey;
    final List<String> attendanceNotes = new ArrayList<>();
    Scrubber.Tally openText = new Scrubber.Tally();
    /** Replacements in group names, levels and wave labels. */
    Scrubber.Tally labels = new Scrubber.Tally();

    Manifest(ExportOptions options, ZonedDateTime when) {
        this.options = options;
        this.when = when;
    }

    /** Replacements in the open answers, per kind, in the manifest's words. */
    Map<String, Long> replacements() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) counts.put(kind.key(), openText.count(kind));
        return counts;
    }

    /** Waves this export releases for the first time, by id, with the date level they go out with. */
    final Map<Integer, org.rpgkiosk.disclosure.DetailLevel.Dates> decisions = new java.util.LinkedHashMap<>();

    String text() {
        int k = options.minCellSize();
        StringBuilder s = new StringBuilder();
        s.append("RPG kiosk: anonymised export\n\n")
                .append("exported: ").append(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx '('VV')'"))).append('\n')
                .append("profile: ").append(options.profile().code()).append('\n')
                .append("waves: ").append(waves.isEmpty() ? "none" : String.join(", ", waves)).append('\n')
                .append("questionnaire versions: ").append(versions.isEmpty() ? "none" : String.join(", ", versions))
                .append('\n')
                .append("smallest cell shown (k): ").append(k).append('\n')
                .append("CSVs for Excel: ").append(options.excel() ? "yes (byte-order mark; text cells that would start a "
                        + "formula, or that begin with an apostrophe, get one more in front, which import.R and import.sps "
                        + "take off again)" : "no (plain UTF-8 for R, SPSS and Python" + (options.workbook()
                        ? "; export.xlsx is the file for Excel)" : "; --excel or --xlsx for Excel)")).append("\n\nfiles (data rows):\n");
        rows.forEach((file, n) -> s.append(String.format("  %-16s %d%n", file, n)));
        s.append("  import.sps, import.R: read the CSV files with variable and value labels\n");
        if (options.withOpenText()) {
            s.append("  " + SpssSyntax.OPEN_TEXT_COPY + ": open_text.csv for import.sps, line breaks written \\n\n");
        }
        if (!sheets.isEmpty()) {
            s.append("  ").append(WorkbookFile.NAME).append(": the same rows as sheets, numbers as numbers and all else as text,\n")
                    .append("    no formulas; a sheet holds ").append(String.format("%,d", WorkbookFile.ROWS_PER_SHEET))
                    .append(" rows, a longer file goes on in name_2...: ").append(String.join(", ", sheets)).append('\n');
        }
        s.append("every row of answers.csv and open_text.csv carries its response's status: analyse status = submitted,\n")
                .append("  as the report does (import.R and import.sps keep those by default)\n");

        s.append("\npseudonyms: HMAC-SHA-256 keyed with this installation's secret: response_id r_ + ")
                .append(Pseudonyms.RESPONSE_HEX).append(" hex,\n  member m_ + ").append(Pseudonyms.MEMBER_HEX)
                .append(" hex (one per member and group). The same in every export from this installation,\n")
                .append("  meaningless without its secret. Rows are ordered by a random key, not by submission.\n")
                .append("times: sessions carry their month only; responses as below.\n");
        surveyRule(s, k);
        s.append("\nattendance (").append(options.withOpenText() ? "a row per member and session, no reasons"
                : "a row per group, month and facilitator kind, no members").append("; no names, no facilitator names,\n")
                .append("  no absence notes; within a group, roles and part-time status pooled as in the survey files):\n");
        attendanceNotes.forEach(line -> s.append("  ").append(line).append('\n'));
        s.append("\ngroup names, levels and wave labels: scrubbed as open answers are, ").append(labels.total())
                .append(" replacement(s)").append(labels.total() > 0 ? " (" + labels.summary() + ")" : "")
                .append(";\n  a group so renamed carries its pseudonym, so two groups stay apart\n");

        if (options.withOpenText()) {
            s.append("\nopen answers: scrubbed, each replacement counted:\n");
            replacements().forEach((kind, n) -> s.append(String.format("  %-11s %d  (%s)%n", kind, n,
                    Kind.valueOf(kind.toUpperCase()).marker)));
            s.append("  Names are the roster's and the facilitators', as typed: accents, apostrophes and hyphens\n")
                    .append("  either way, parts joined or apart, an initial before, Welsh mutations; parts that are also\n")
                    .append("  everyday English (will, may, rose, brown...) only when capitalised. URLs and handles go whole.\n")
                    .append("  A safety net only: a name on no roster, a nickname or a description passes. Read before you share.\n")
                    .append(String.format("  flagged for review: %d answer(s) (column review = 1 in open_text.csv): a word "
                            + "that may name a person%n  or place was left in them; read those first.%n",
                            openText.flagged(Review.NAME_LIKE)))
                    .append(String.format("  then %d answer(s) with review = 2: a roster first name that is also an "
                            + "everyday English%n  word was left where it read as the word; read them where it could be the person.%n", openText.flagged(Review.ROSTER_WORD)));
        } else {
            s.append("\nopen answers: not exported (public profile).\n");
        }
        return s.toString();
    }

    /** The survey files' rule and what it did, in counts: never which role, group or person. */
    private void surveyRule(StringBuilder s, int k) {
        s.append("\ndisclosure control in the survey files (answers, responses, open_text), k = ").append(k).append(":\n")
                .append("  only released responses: a wave's submissions join in steps of k while it is open, the rest\n")
                .append("  when it closes; a wave with fewer than k released responses gives no rows.\n")
                .append("  roles: one grouping for every wave held (the report's, for the same k): a role with 1 to k-1\n")
                .append("  respondents in any wave is pooled into other, and while other would hold 1 to k-1 the smallest\n")
                .append("  role still shown joins it; responses that gave no role are in other.\n")
                .append("  dates and questionnaire versions: per wave, as detailed as asked (").append(
                        options.datesAsked().name().toLowerCase()).append(") where every cell of\n")
                .append("  date x version x role holds none or at least k, else coarser (week, month, none).\n");
        if (survey == null) return;
        s.append("  roles pooled into other: ").append(survey.rolesPooled()).append('\n')
                .append("  submitted, not yet released (left out): ").append(survey.heldBack()).append('\n')
                .append("  released in waves under k (left out): ").append(survey.underK()).append('\n')
                .append("  unfinished responses: ").append(survey.incompleteIncluded()).append(" included, ")
                .append(survey.incompleteLeftOut()).append(" left out").append(options.includeIncomplete()
                        ? " (abandoned in closed waves are included when at least k; in progress never)" : "")
                .append('\n');
        if (survey.incompleteRoleBlank() > 0) {
            s.append("  unfinished responses with role left blank (a role group among them under k): ")
                    .append(survey.incompleteRoleBlank()).append('\n');
        }
        survey.detail().forEach((population, detail) -> s.append("  ").append(population).append(": ")
                .append(detail).append('\n'));
    }

    private static void lines(StringBuilder s, Map<String, String> notes) {
        if (notes.isEmpty()) s.append("  nothing merged or withheld\n");
        notes.forEach((what, note) -> s.append("  ").append(what).append(": ").append(note).append('\n'));
    }
}
