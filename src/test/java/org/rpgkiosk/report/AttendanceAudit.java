package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rpgkiosk.disclosure.CellGrouping;
import org.rpgkiosk.disclosure.RegisterMark;
import org.rpgkiosk.report.AttendanceReport.GroupMonth;
import org.rpgkiosk.report.AttendanceReport.Line;
import org.rpgkiosk.report.AttendanceReport.Tally;

/**
 * The intruder's solver for the attendance tables (issue 33, finding 4), read off the report as
 * printed, sharing no code with the rule. The intruder knows every mark of every group the report
 * names (the export gives them member by member), so what is unknown is the marks of the groups
 * pooled, where the report has a pooled row (else they are in no table). Each published row, less what is known, is a sum over those marks: the pooled row over
 * all, a role row over those of its role, a kind row over those of its kind. Every sum a reader
 * can form is a linear combination of these, and so takes the same weight on marks that no row
 * tells apart (the same role row and kind row): a class. The audit forms every union of classes,
 * and reports each that some combination gives exactly while it holds 1 to k-1 people.
 */
public final class AttendanceAudit {
    private AttendanceAudit() {}

    public static List<String> leaks(List<RegisterMark> marks, AttendanceReport report, int k) {
        return leaks(marks, report, k, Map.of());
    }

    /** @param pseudonyms a group's pseudonym by its key, for groups the report shows by pseudonym */
    public static List<String> leaks(List<RegisterMark> marks, AttendanceReport report, int k, Map<String, String> pseudonyms) {
        Set<String> named = new HashSet<>();
        report.byGroupMonth().stream().map(GroupMonth::group).filter(g -> !g.equals(AttendanceReport.POOLED_GROUPS))
                .forEach(named::add);
        Set<String> roleRows = new HashSet<>();
        report.byRole().stream().map(Line::key).forEach(roleRows::add);
        Set<String> kindRows = new HashSet<>();
        report.byFacilitatorKind().stream().map(Line::key).forEach(kindRows::add);
        // Every table covers the same marks (the rows by group add up to the rows by role and by
        // kind); without a pooled row, the groups left out are in none of them: nothing to solve.
        Tally groups = report.byGroupMonth().stream().map(GroupMonth::tally).reduce(Tally.NONE, Tally::plus);
        if (!groups.equals(report.byRole().stream().map(Line::tally).reduce(Tally.NONE, Tally::plus))
                || !groups.equals(report.byFacilitatorKind().stream().map(Line::tally).reduce(Tally.NONE, Tally::plus))) {
            throw new IllegalStateException("the tables do not cover the same marks: the model does not hold");
        }
        boolean pooled = report.byGroupMonth().stream().anyMatch(g -> g.group().equals(AttendanceReport.POOLED_GROUPS));
        if (!pooled) return List.of();
        // Classes of the unknown marks: (role row, kind row) as the report shows them.
        Map<List<String>, Set<Integer>> classes = new LinkedHashMap<>();
        for (RegisterMark m : marks) {
            if (named.contains(m.group()) || named.contains(pseudonyms.getOrDefault(m.group(), m.group()))) continue;
            String role = roleRows.contains(m.role()) ? m.role() : CellGrouping.OTHER;
            String kind = kindRows.contains(m.facilitatorKind()) ? m.facilitatorKind() : CellGrouping.OTHER;
            classes.computeIfAbsent(List.of(role, kind), c -> new HashSet<>()).add(m.member());
        }
        List<List<String>> keys = new ArrayList<>(classes.keySet());
        int c = keys.size();
        if (c == 0) return List.of();
        if (c > 20) throw new IllegalStateException("too many classes to audit: " + c);
        // The published sums as vectors over the classes.
        List<double[]> rows = new ArrayList<>();
        rows.add(vector(keys, key -> true));
        for (String role : roleRows) rows.add(vector(keys, key -> key.get(0).equals(role)));
        for (String kind : kindRows) rows.add(vector(keys, key -> key.get(1).equals(kind)));
        int rank = rank(rows);
        List<String> leaks = new ArrayList<>();
        for (int subset = 1; subset < (1 << c); subset++) {
            Set<Integer> people = new HashSet<>();
            double[] target = new double[c];
            for (int i = 0; i < c; i++) {
                if ((subset & (1 << i)) != 0) {
                    target[i] = 1;
                    people.addAll(classes.get(keys.get(i)));
                }
            }
            if (people.size() >= k) continue;
            List<double[]> with = new ArrayList<>(rows);
            with.add(target);
            if (rank(with) == rank) {
                List<List<String>> union = new ArrayList<>();
                for (int i = 0; i < c; i++) if (target[i] == 1) union.add(keys.get(i));
                leaks.add(people.size() + " people (role, kind): " + union);
            }
        }
        return leaks;
    }

    private static double[] vector(List<List<String>> keys, java.util.function.Predicate<List<String>> in) {
        double[] v = new double[keys.size()];
        for (int i = 0; i < v.length; i++) v[i] = in.test(keys.get(i)) ? 1 : 0;
        return v;
    }

    /** Gaussian elimination with partial pivoting; the vectors hold small integers. */
    private static int rank(List<double[]> vectors) {
        double[][] m = vectors.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        int cols = m.length == 0 ? 0 : m[0].length;
        for (int col = 0; col < cols && rank < m.length; col++) {
            int pivot = rank;
            for (int r = rank + 1; r < m.length; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
            if (Math.abs(m[pivot][col]) < 1e-9) continue;
            double[] t = m[pivot];
            m[pivot] = m[rank];
            m[rank] = t;
            for (int r = 0; r < m.length; r++) {
                if (r == rank) continue;
                double f = m[r][col] / m[rank][col];
                for (int j = col; j < cols; j++) m[r][j] -= f * m[rank][j];
            }
            rank++;
        }
        return rank;
    }
}
