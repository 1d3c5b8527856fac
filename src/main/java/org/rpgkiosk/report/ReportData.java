package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rpgkiosk.disclosure.CellGrouping;
import org.rpgkiosk.disclosure.RegisterMark;
import org.rpgkiosk.questionnaire.Questionnaire.Role;

/**
 * Everything the report is computed from, as store/ReportQueries reads it: aggregates only,
 * never a response or a name. Answers arrive as counts per (statement, wave, role, points),
 * which suffice for every statistic (see {@link PointCounts}).
 *
 * @param waves           oldest first
 * @param roles           the job roles in questionnaire order ({@code other} among them)
 * @param statements      the agreement statements in questionnaire order
 * @param answers         answers of released responses; a null role is reported as {@code other}
 * @param respondents     released responses per wave and role, for the disclosure rule
 * @param attendance      every mark on the registers, a member only as a number (people are
 *                        counted, not marks, by the disclosure rule)
 * @param responses       each released response's answers to the statements, for the block scales
 *                        (a score is one person's, so they cannot come from the counts); held in
 *                        memory only, with no response id; empty where the data was made of counts
 */
public record ReportData(List<WaveReturns> waves, List<Role> roles, List<Statement> statements,
                         List<AnswerCount> answers, List<Respondents> respondents,
                         List<RegisterMark> attendance, List<Answers> responses, Map<String, String> groupPseudonyms) {
    /**
     * @param groupPseudonyms each group's pseudonym by the name its marks carry: a group the
     *        export knows by its pseudonym alone (a role of it pooled) is named so in the report too
     */
    public ReportData {
        groupPseudonyms = Map.copyOf(groupPseudonyms);
        waves = List.copyOf(waves);
        roles = List.copyOf(roles);
        statements = List.copyOf(statements);
        answers = List.copyOf(answers);
        respondents = List.copyOf(respondents);
        attendance = List.copyOf(attendance);
        responses = List.copyOf(responses);
    }

    /** Counts only: no block scales. */
    public ReportData(List<WaveReturns> waves, List<Role> roles, List<Statement> statements, List<AnswerCount> answers,
                      List<Respondents> respondents, List<RegisterMark> attendance) {
        this(waves, roles, statements, answers, respondents, attendance, List.of(), Map.of());
    }

    /** Without group pseudonyms: a group the rule would not name is then shown as it is named. */
    public ReportData(List<WaveReturns> waves, List<Role> roles, List<Statement> statements, List<AnswerCount> answers,
                      List<Respondents> respondents, List<RegisterMark> attendance, List<Answers> responses) {
        this(waves, roles, statements, answers, respondents, attendance, responses, Map.of());
    }

    /**
     * From each released response's answers: the counts and the respondents are summed from them,
     * so every table of the report rests on the same responses.
     */
    public static ReportData of(List<WaveReturns> waves, List<Role> roles, List<Statement> statements,
                                List<Answers> responses, List<RegisterMark> attendance) {
        return of(waves, roles, statements, responses, attendance, Map.of());
    }

    public static ReportData of(List<WaveReturns> waves, List<Role> roles, List<Statement> statements,
                                List<Answers> responses, List<RegisterMark> attendance, Map<String, String> groupPseudonyms) {
        Map<AnswerCount, Long> counts = new LinkedHashMap<>();
        Map<Respondents, Long> respondents = new LinkedHashMap<>();
        for (Answers a : responses) {
            respondents.merge(new Respondents(a.waveCode(), a.roleCode(), 0), 1L, Long::sum);
            for (int i = 0; i < statements.size(); i++) {
                if (a.points()[i] != Answers.SKIPPED) {
                    counts.merge(new AnswerCount(statements.get(i).itemCode(), a.waveCode(), a.roleCode(), a.points()[i], 0),
                            1L, Long::sum);
                }
            }
        }
        List<AnswerCount> answers = new ArrayList<>();
        counts.forEach((c, n) -> answers.add(new AnswerCount(c.itemCode(), c.waveCode(), c.roleCode(), c.points(), n)));
        List<Respondents> people = new ArrayList<>();
        respondents.forEach((r, n) -> people.add(new Respondents(r.waveCode(), r.roleCode(), n)));
        return new ReportData(waves, roles, statements, answers, people, attendance, responses, groupPseudonyms);
    }

    /**
     * One released response: its wave, role (null: not given) and its answer to each statement, in
     * the order of {@link #statements}, 1..4 or {@link #SKIPPED} (skipped, or not in its version).
     */
    public record Answers(String waveCode, String roleCode, byte[] points) {
        public static final byte SKIPPED = 0;
    }

    /** A wave's returns: the response rate is submitted over invited. */
    public record WaveReturns(String code, String label, int invited, int submitted, int inProgress, int abandoned) {
        public Optional<Double> responseRate() {
            return invited == 0 ? Optional.empty() : Optional.of((double) submitted / invited);
        }
    }

    public record Statement(String blockCode, String blockTitle, String itemCode, String wording) {}

    public record AnswerCount(String itemCode, String waveCode, String roleCode, int points, long count) {}

    public record Respondents(String waveCode, String roleCode, long count) {}

    /** Role codes in questionnaire order, unknown codes last (alphabetically). */
    static Comparator<String> roleOrder(List<Role> roles) {
        List<String> order = roles.stream().map(Role::code).toList();
        return Comparator.comparing((String code) -> order.contains(code) ? order.indexOf(code) : order.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** Responses that did not give a role are counted with {@code other}. */
    static String roleOrOther(String roleCode) {
        return roleCode == null ? CellGrouping.OTHER : roleCode;
    }
}
