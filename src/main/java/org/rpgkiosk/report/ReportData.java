package org.rpgkiosk.report;

import java.util.Comparator;
import java.util.List;
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
 */
public record ReportData(List<WaveReturns> waves, List<Role> roles, List<Statement> statements,
                         List<AnswerCount> answers, List<Respondents> respondents,
                         List<RegisterMark> attendance) {
    public ReportData {
        waves = List.copyOf(waves);
        roles = List.copyOf(roles);
        statements = List.copyOf(statements);
        answers = List.copyOf(answers);
        respondents = List.copyOf(respondents);
        attendance = List.copyOf(attendance);
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
