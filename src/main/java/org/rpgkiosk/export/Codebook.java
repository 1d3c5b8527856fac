package org.rpgkiosk.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rpgkiosk.disclosure.AbsenceReasons;
import org.rpgkiosk.disclosure.AttendanceRule;
import org.rpgkiosk.disclosure.CellGrouping;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.store.ExportQueries.WaveRef;

/**
 * Every exported variable: file, name, type, label and value labels. It is the one place the
 * column names live; the CSV writers take their headers from it, and codebook.csv, import.sps
 * and import.R are written from it. Labels come from the questionnaire versions of the
 * exported waves, the newest wording winning where a code appears in several versions.
 */
public final class Codebook {
    public static final String ANSWERS = "answers.csv";
    public static final String RESPONSES = "responses.csv";
    public static final String OPEN_TEXT = "open_text.csv";
    public static final String ATTENDANCE = "attendance.csv";
    public static final String ABSENCE_REASONS = "absence_reasons.csv";
    public static final String CODEBOOK = "codebook.csv";

    /** No column is a date: periods (a day, an ISO week or a month) are text, as fine as the rule allows. */
    public enum Type { STRING, INTEGER }

    public record Value(String code, String label) {}

    /** {@code width} is the longest a string may be, for SPSS's formats. */
    public record Variable(String file, String name, Type type, int width, String label, List<Value> values) {}

    private final List<Variable> variables = new ArrayList<>();
    private final List<String> agreementCodes;

    private Codebook(List<String> agreementCodes) {
        this.agreementCodes = List.copyOf(agreementCodes);
    }

    /** @param newestFirst the questionnaire versions of the exported waves, newest first */
    public static Codebook of(List<Questionnaire> newestFirst, List<WaveRef> waves, int k, boolean openText) {
        Map<String, String> roles = new LinkedHashMap<>();
        Map<String, String> blocks = new LinkedHashMap<>();
        Map<String, String> statements = new LinkedHashMap<>();
        Map<String, String> openQuestions = new LinkedHashMap<>();
        for (Questionnaire q : newestFirst) {
            q.roles().forEach(r -> roles.putIfAbsent(r.code(), r.label()));
            q.blocks().forEach(b -> blocks.putIfAbsent(b.code(), b.title()));
            q.agreementItems().forEach(i -> statements.putIfAbsent(i.code(), i.wording()));
            q.openItems().forEach(i -> openQuestions.putIfAbsent(i.code(), i.wording()));
        }
        roles.putIfAbsent(CellGrouping.OTHER, "Other role");
        List<Value> scale = newestFirst.isEmpty() ? List.of() : newestFirst.get(0).scale().points().stream()
                .sorted((a, b) -> Integer.compare(a.points(), b.points()))
                .map(p -> new Value(Integer.toString(p.points()), p.label())).toList();
        Map<String, String> waveLabels = new LinkedHashMap<>();
        waves.forEach(w -> waveLabels.put(w.code(), w.label()));

        Codebook c = new Codebook(new ArrayList<>(statements.keySet()));
        String role = "Job role; one grouping for every wave: a role with fewer than " + k + " respondents in some"
                + " wave is pooled into other, as are responses that gave none (blank: withheld, unfinished responses only)";
        String responseId = "Response: keyed pseudonym, the same in every file of this export";
        Map<String, String> statuses = labels(
                "submitted", "Submitted", "in_progress", "Started, not yet sent", "abandoned", "Left unfinished");
        String status = "Status of the response this row belongs to: analyse status = submitted, as the report does "
                + "(unfinished rows are here only with --include-incomplete)";
        c.add(ANSWERS, "response_id", Type.STRING, 18, responseId);
        c.add(ANSWERS, "wave", Type.STRING, 40, "Survey wave", waveLabels);
        c.add(ANSWERS, "role", Type.STRING, 40, role, roles);
        c.add(ANSWERS, "status", Type.STRING, 12, status, statuses);
        c.add(ANSWERS, "block", Type.STRING, 40, "Block of statements", blocks);
        c.add(ANSWERS, "item_code", Type.STRING, 40, "Statement", statements);
        c.add(ANSWERS, "value", Type.INTEGER, 1, "Agreement, 1 to 4 (blank: skipped)", scale);

        c.add(RESPONSES, "response_id", Type.STRING, 18, responseId);
        c.add(RESPONSES, "wave", Type.STRING, 40, "Survey wave", waveLabels);
        c.add(RESPONSES, "questionnaire_version", Type.INTEGER, 4, "Version of the questionnaire answered (blank: "
                + "left out for the wave, where it would single out fewer than " + k + ")");
        c.add(RESPONSES, "role", Type.STRING, 40, role, roles);
        c.add(RESPONSES, "status", Type.STRING, 12, "Status of the response", statuses);
        c.add(RESPONSES, "submitted_period", Type.STRING, 10, "When sent: a day (YYYY-MM-DD), ISO week (YYYY-Www) or "
                + "month (YYYY-MM), as fine as the disclosure rule allows for the wave (see manifest.txt); blank: not sent, "
                + "or no period safe");
        statements.forEach((code, wording) -> c.variables.add(new Variable(RESPONSES, code, Type.INTEGER, 1,
                wording + " (blank: skipped or not reached)", scale)));

        if (openText) {
            c.add(OPEN_TEXT, "response_id", Type.STRING, 18, responseId);
            c.add(OPEN_TEXT, "wave", Type.STRING, 40, "Survey wave", waveLabels);
            c.add(OPEN_TEXT, "role", Type.STRING, 40, role, roles);
            c.add(OPEN_TEXT, "status", Type.STRING, 12, status, statuses);
            c.add(OPEN_TEXT, "item_code", Type.STRING, 40, "Open question", openQuestions);
            c.add(OPEN_TEXT, "text", Type.STRING, 32767, "Answer, with e-mail addresses, phone and NHS numbers, "
                    + "postcodes and roster names replaced by [email], [phone], [nhs_number], [postcode], [name]");
            c.add(OPEN_TEXT, "draft", Type.INTEGER, 1, "Whether the answer was finished", labels(
                    "0", "Finished: the participant went on from the question",
                    "1", "Draft: typed, then left unfinished (kept as typed when the response was abandoned)"));
            c.add(OPEN_TEXT, "review", Type.INTEGER, 1, "Whether to read this answer before sharing it", labels(
                    "0", "Nothing flagged",
                    "1", "Flagged: a word that may name a person or place and was not replaced (a capitalised word "
                            + "not in the English word list, a word after called/named/aged/a title, initials)",
                    "2", "Flagged, read after 1: a roster first name that is also an everyday English word was "
                            + "left where it read as the word"));
        }

        c.attendance(k, openText, roles);
        return c;
    }

    /** attendance.csv (per member in the research profile, per group and month in the public) and absence_reasons.csv. */
    private void attendance(int k, boolean perMember, Map<String, String> roles) {
        String group = "Group (any roster name in it replaced, with a pseudonym added; only its pseudonym where "
                + "its level is blank); groups with fewer than " + k + " members on the register are left out";
        Map<String, String> kinds = labels("external", "External (therapeutic practitioner)", "internal",
                "Internal (lead practitioner)");
        if (perMember) add(ATTENDANCE, "session_id", Type.INTEGER, 8, "Group session");
        add(ATTENDANCE, "group", Type.STRING, 255, group);
        add(ATTENDANCE, "level", Type.STRING, 100, "Hierarchical level of the group (blank where a role of the group "
                + "was pooled, since the level names its members' role)");
        add(ATTENDANCE, "facilitator_kind", Type.STRING, 10, "Facilitator of the session", kinds);
        add(ATTENDANCE, "month", Type.STRING, 7, "Month of the session (YYYY-MM)");
        if (perMember) {
            add(ATTENDANCE, "member", Type.STRING, 14, "Member: keyed pseudonym, one per member and group");
            add(ATTENDANCE, "role", Type.STRING, 40, "Job role; roles are pooled into other within each group so that "
                    + "each role shown holds none or at least " + k + " of the group's members", roles);
            add(ATTENDANCE, "part_time", Type.INTEGER, 1, "Works part time (blank: withheld unless the group's members"
                    + " in that role include " + k + " or more part-timers and " + k + " or more full-timers, so that"
                    + " no one joining or leaving changes what the others show)", labels("0", "Full time", "1", "Part time"));
            add(ATTENDANCE, "status", Type.STRING, 10, "Attendance",
                    labels("present", "Present", "apologies", "Sent apologies", "absent", "Absent"));
        } else {
            add(ATTENDANCE, "sessions", Type.INTEGER, 4, "Sessions held");
            add(ATTENDANCE, "present", Type.INTEGER, 6, "Marks: present");
            add(ATTENDANCE, "apologies", Type.INTEGER, 6, "Marks: sent apologies");
            add(ATTENDANCE, "absent", Type.INTEGER, 6, "Marks: absent");
        }
        add(ABSENCE_REASONS, "group", Type.STRING, 255, "Group as in attendance.csv, or '"
                + AttendanceRule.POOLED_GROUPS + "': groups with fewer than " + k + " members away, pooled");
        add(ABSENCE_REASONS, "reason", Type.STRING, 20, "Reason for not attending; reasons given by fewer than " + k
                + " members are pooled into other", labels("workload", "Workload", "emotional_load", "Emotional load",
                "leave_sickness", "Leave or sickness", "training", "Training", "other", "Other reason, or reasons pooled",
                AbsenceReasons.NO_REASON, "Not recorded"));
        add(ABSENCE_REASONS, "apologies", Type.INTEGER, 6, "Marks: sent apologies for this reason (blank: fewer than "
                + k + " members of the group sent apologies)");
        add(ABSENCE_REASONS, "absent", Type.INTEGER, 6, "Marks: absent for this reason (blank: fewer than " + k
                + " members of the group were absent)");
    }

    private static Map<String, String> labels(String... codeLabel) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codeLabel.length; i += 2) m.put(codeLabel[i], codeLabel[i + 1]);
        return m;
    }

    private void add(String file, String name, Type type, int width, String label) {
        add(file, name, type, width, label, Map.of());
    }

    private void add(String file, String name, Type type, int width, String label, Map<String, String> values) {
        add(file, name, type, width, label, values.entrySet().stream().map(e -> new Value(e.getKey(), e.getValue())).toList());
    }

    private void add(String file, String name, Type type, int width, String label, List<Value> values) {
        variables.add(new Variable(file, name, type, width, label, values));
    }

    public List<Variable> variables() {
        return List.copyOf(variables);
    }

    public List<Variable> variables(String file) {
        return variables.stream().filter(v -> v.file().equals(file)).toList();
    }

    public List<String> header(String file) {
        return variables(file).stream().map(Variable::name).toList();
    }

    /** The data files described, in the order they are written. */
    public List<String> files() {
        return variables.stream().map(Variable::file).distinct().toList();
    }

    /** The agreement statements' codes: the wide columns of responses.csv. */
    public List<String> agreementCodes() {
        return agreementCodes;
    }
}
