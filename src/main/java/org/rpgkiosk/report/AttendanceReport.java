package org.rpgkiosk.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.rpgkiosk.disclosure.AbsenceReasons;
import org.rpgkiosk.disclosure.AttendanceRule;
import org.rpgkiosk.disclosure.CellGrouping;
import org.rpgkiosk.disclosure.Pools;
import org.rpgkiosk.disclosure.RegisterMark;
import org.rpgkiosk.questionnaire.Questionnaire.Role;

/**
 * Attendance, the evaluation's main detractor: the rate per group per month, per job role and
 * per facilitator kind, and why people were not there. The rate is present over everyone on the
 * register for the session (present, apologies or absent).
 *
 * <p>Every table is cut by the disclosure rule, counted in distinct members, decided once with the
 * export by {@link AttendanceRule}: the groups it leaves out (fewer than k members) share one row
 * over all months, {@link #POOLED_GROUPS}, where no combination of the tables by role and by
 * facilitator kind, less the groups shown, gives a few of their people; else they are in no table.
 * Small roles and kinds join {@code other}; reasons, over the groups shown only, follow
 * {@link AbsenceReasons}. With fewer than k members on the register in all, nothing is shown.
 * The notes say what was pooled in counts only, never which group or role.
 */
public record AttendanceReport(List<GroupMonth> byGroupMonth, List<Line> byRole, List<Line> byFacilitatorKind,
                               List<ReasonCount> reasons, List<String> notes) {
    public static final String NO_REASON = AbsenceReasons.NO_REASON;
    /** The row of the groups too small to stand alone, over all months together. */
    public static final String POOLED_GROUPS = AttendanceRule.POOLED_GROUPS;

    public record Tally(long present, long apologies, long absent) {
        static final Tally NONE = new Tally(0, 0, 0);

        public long registered() {
            return present + apologies + absent;
        }

        /** Present over registered; NaN with nobody on the register. */
        public double rate() {
            return registered() == 0 ? Double.NaN : (double) present / registered();
        }

        static Tally of(String status) {
            return switch (status) {
                case "present" -> new Tally(1, 0, 0);
                case "apologies" -> new Tally(0, 1, 0);
                case "absent" -> new Tally(0, 0, 1);
                default -> throw new IllegalArgumentException("unknown attendance status " + status);
            };
        }

        Tally plus(Tally other) {
            return new Tally(present + other.present, apologies + other.apologies, absent + other.absent);
        }
    }

    /** @param month null for the pooled row, which covers every month */
    public record GroupMonth(String group, YearMonth month, int sessions, Tally tally) {}

    /** One row of a breakdown: a role group or a facilitator kind. */
    public record Line(String key, Tally tally) {}

    /** Marks per reason; a null count is a status column left blank (fewer than k members behind it). */
    public record ReasonCount(String reason, Long apologies, Long absent) {
        /** The reason as the register offers it ("Emotional load"), for a reader rather than a program. */
        public String label() {
            return org.rpgkiosk.attendance.Reason.fromCode(reason)
                    .map(r -> r == org.rpgkiosk.attendance.Reason.OTHER ? "Other" : r.label()).orElse(reason);
        }
    }

    /** No sessions recorded (a register too small to show says so in its notes). */
    public boolean isEmpty() {
        return byGroupMonth.isEmpty() && notes.isEmpty();
    }

    static AttendanceReport build(List<RegisterMark> marks, List<Role> roles, int k, Map<String, String> pseudonyms) {
        if (marks.isEmpty()) return new AttendanceReport(List.of(), List.of(), List.of(), List.of(), List.of());
        if (marks.stream().map(RegisterMark::member).distinct().count() < k) {
            return new AttendanceReport(List.of(), List.of(), List.of(), List.of(), List.of("fewer than " + k
                    + " members on the register in all: attendance is not shown"));
        }
        // One decision with the export (issue 33): which groups stand alone, how roles and kinds are
        // pooled, and a group whose level the export leaves blank (a role of it pooled) is known
        // there by its pseudonym alone; its name here would undo that.
        AttendanceRule rule = AttendanceRule.decide(marks, k);
        List<RegisterMark> counted = marks.stream().filter(m -> rule.counted(m.group())).toList();
        // Reasons: the export's cells per group, added up. Over the groups shown only (the export
        // gives theirs group by group, so pooled groups' reasons here would be the difference), and
        // no more than those cells (a reason tallied afresh over all groups, less the groups where
        // the export shows it, once gave a group's reason the export pooled).
        AbsenceReasons.ByGroup reasons = AbsenceReasons.byGroup(marks, rule, k);
        List<AbsenceReasons.Count> summed = reasons.summed();
        List<String> notes = new ArrayList<>();
        notes.add("pooled (under " + k + " members): roles " + rule.tableRolesPooled() + ", facilitator kinds "
                + rule.tableKindsPooled() + ", reason cells " + reasons.reasonsPooled());
        if (rule.groupsLeftOut() > 0) {
            notes.add(rule.poolShown()
                    ? rule.groupsLeftOut() + " group(s) with fewer than " + k + " members are counted together in one row, "
                            + "over all months; their reasons for absence are not shown"
                    : rule.groupsLeftOut() + " group(s) with fewer than " + k + " members are left out of every table: "
                            + "counted together, the tables by role and facilitator kind would give a few of them away");
        }
        if (summed.isEmpty()) {
            notes.add("reasons for absence not shown: fewer than " + k + " members were not present");
        }
        Function<String, String> shownAs = g -> rule.named(g) ? g : pseudonyms.getOrDefault(g, g);
        return new AttendanceReport(groupMonths(counted, rule, shownAs), lines(counted, m -> rule.tableRole(m.role()),
                ReportData.roleOrder(roles)), lines(counted, m -> rule.tableKind(m.facilitatorKind()), Comparator.naturalOrder()),
                summed.stream().map(c -> new ReasonCount(c.reason(), c.apologies(), c.absent())).toList(), notes);
    }

    private static List<GroupMonth> groupMonths(List<RegisterMark> marks, AttendanceRule rule, Function<String, String> shownAs) {
        record Key(String group, YearMonth month) {}
        Comparator<YearMonth> months = Comparator.nullsLast(Comparator.naturalOrder());
        Map<Key, Tally> tallies = new TreeMap<>(Comparator.comparing((Key key) -> key.group().equals(POOLED_GROUPS))
                .thenComparing(Key::group).thenComparing(Key::month, months));
        Map<Key, Set<Integer>> sessions = new HashMap<>();
        for (RegisterMark m : marks) {
            boolean alone = rule.released(m.group());
            Key key = alone ? new Key(shownAs.apply(m.group()), m.month()) : new Key(POOLED_GROUPS, null);
            tallies.merge(key, Tally.of(m.status()), Tally::plus);
            sessions.computeIfAbsent(key, x -> new HashSet<>()).add(m.session());
        }
        List<GroupMonth> rows = new ArrayList<>();
        tallies.forEach((key, t) -> rows.add(new GroupMonth(key.group(), key.month(), sessions.get(key).size(), t)));
        return rows;
    }

    private static List<Line> lines(List<RegisterMark> marks, Function<RegisterMark, String> shownAs,
                                    Comparator<String> order) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        marks.forEach(m -> tallies.merge(shownAs.apply(m), Tally.of(m.status()), Tally::plus));
        return tallies.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((String key) -> key.equals(CellGrouping.OTHER))
                        .thenComparing(order)))
                .map(e -> new Line(e.getKey(), e.getValue())).toList();
    }
}
