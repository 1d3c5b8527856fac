package org.rpgkiosk.report;

import org.rpgkiosk.export.SmallCells;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.report.ReportData.AttendanceCount;

/**
 * Attendance, the evaluation's main detractor: the rate per group per month, per job role and
 * per facilitator kind, and why people were not there. The rate is present over everyone on the
 * register for the session (present, apologies or absent). Roles follow the same small-cell
 * rule as the survey, counted in distinct members, so no one's attendance can be singled out.
 */
public record AttendanceReport(List<GroupMonth> byGroupMonth, List<Line> byRole, List<Line> byFacilitatorKind,
                               List<ReasonCount> reasons) {
    /** What the register says when a member was not present but no reason was given. */
    public static final String NO_REASON = "not_recorded";

    public record Tally(long present, long apologies, long absent) {
        static final Tally NONE = new Tally(0, 0, 0);

        public long registered() {
            return present + apologies + absent;
        }

        /** Present over registered; NaN with nobody on the register. */
        public double rate() {
            return registered() == 0 ? Double.NaN : (double) present / registered();
        }

        Tally plus(String status, long count) {
            return switch (status) {
                case "present" -> new Tally(present + count, apologies, absent);
                case "apologies" -> new Tally(present, apologies + count, absent);
                case "absent" -> new Tally(present, apologies, absent + count);
                default -> throw new IllegalArgumentException("unknown attendance status " + status);
            };
        }

        Tally plus(Tally other) {
            return new Tally(present + other.present, apologies + other.apologies, absent + other.absent);
        }
    }

    public record GroupMonth(String group, YearMonth month, int sessions, Tally tally) {}

    /** One row of a breakdown: a role group or a facilitator kind. */
    public record Line(String key, Tally tally) {}

    public record ReasonCount(String reason, long apologies, long absent) {}

    public boolean isEmpty() {
        return byGroupMonth.isEmpty();
    }

    static AttendanceReport build(List<AttendanceCount> counts, Map<String, Long> attendeesByRole, List<Role> roles,
                                  int minCell) {
        record Key(String group, YearMonth month) {}
        Map<Key, Tally> groupMonth = new TreeMap<>(Comparator.comparing(Key::group).thenComparing(Key::month));
        Map<Key, Set<Integer>> sessions = new LinkedHashMap<>();
        Map<String, Tally> byKind = new TreeMap<>();
        Map<String, Tally> byRole = new LinkedHashMap<>();
        Map<String, long[]> reasons = new TreeMap<>();
        Map<String, String> roleGroups = SmallCells.groupRoles(List.of(attendeesByRole), minCell);
        for (AttendanceCount c : counts) {
            Key key = new Key(c.group(), YearMonth.from(c.heldOn()));
            groupMonth.merge(key, Tally.NONE.plus(c.status(), c.count()), Tally::plus);
            sessions.computeIfAbsent(key, k -> new HashSet<>()).add(c.sessionId());
            byKind.merge(c.facilitatorKind(), Tally.NONE.plus(c.status(), c.count()), Tally::plus);
            String roleGroup = roleGroups.get(c.roleCode());
            if (roleGroup != null) byRole.merge(roleGroup, Tally.NONE.plus(c.status(), c.count()), Tally::plus);
            if (!c.status().equals("present")) {
                long[] tally = reasons.computeIfAbsent(c.reason() == null ? NO_REASON : c.reason(), r -> new long[2]);
                tally[c.status().equals("apologies") ? 0 : 1] += c.count();
            }
        }
        List<GroupMonth> months = new ArrayList<>();
        groupMonth.forEach((k, t) -> months.add(new GroupMonth(k.group(), k.month(), sessions.get(k).size(), t)));
        List<Line> roleLines = byRole.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(ReportData.roleOrder(roles)))
                .map(e -> new Line(e.getKey(), e.getValue())).toList();
        return new AttendanceReport(months, roleLines,
                byKind.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList(),
                reasons.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }

}
