package org.rpgkiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.disclosure.RegisterMark;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.report.AttendanceReport.GroupMonth;
import org.rpgkiosk.report.AttendanceReport.Line;
import org.rpgkiosk.report.AttendanceReport.ReasonCount;
import org.rpgkiosk.report.AttendanceReport.Tally;
import org.rpgkiosk.report.Report.Options;

/**
 * The report's attendance tables read as an intruder would: a facilitator of a group of two, who
 * knows who came and why, and a manager who knows the one senior manager among social workers.
 */
class AttendanceDisclosureTest {
    private static final int SENIOR_MANAGER = 200;
    private final List<RegisterMark> marks = new ArrayList<>();
    private int session;

    private void session(String group, String kind, int month, Object[]... members) {
        session++;
        for (Object[] m : members) {
            marks.add(new RegisterMark(session, group, YearMonth.of(2024, month), kind, (int) m[0], (String) m[1], false,
                    (String) m[2], (String) m[3]));
        }
    }

    private static Object[] m(int id, String role, String status, String reason) {
        return new Object[] {id, role, status, reason};
    }

    /** Pair: 2 social workers. Front line: 6 social workers and a senior manager. Pod: 8 team managers. */
    private Report report() {
        session("Pair", "internal", 1, m(1, "social_worker", "apologies", "emotional_load"), m(2, "social_worker", "present", null));
        session("Pair", "internal", 2, m(1, "social_worker", "present", null), m(2, "social_worker", "present", null));
        List<Object[]> front = new ArrayList<>();
        for (int i = 0; i < 6; i++) front.add(m(100 + i, "social_worker", i < 5 ? "apologies" : "present", i < 5 ? "workload" : null));
        front.add(m(SENIOR_MANAGER, "senior_manager", "absent", "training"));
        session("Front line", "internal", 1, front.toArray(Object[][]::new));
        List<Object[]> pod = new ArrayList<>();
        for (int i = 0; i < 8; i++) pod.add(m(300 + i, "team_manager", i < 3 ? "absent" : "present", i < 3 ? "leave_sickness" : null));
        session("Pod", "external", 1, pod.toArray(Object[][]::new));
        List<Role> roles = List.of(new Role("senior_manager", "Senior manager"), new Role("team_manager", "Team manager"),
                new Role("social_worker", "Social worker"), new Role("other", "Other role"));
        ReportData data = new ReportData(List.of(), roles, List.of(), List.of(), List.of(), marks, List.of(),
                java.util.Map.of("Pair", "g_p0p0p0p0p0p0", "Front line", "g_f1f1f1f1f1f1", "Pod", "g_d2d2d2d2d2d2"));
        return Report.build(data, new Options(Optional.empty(), Optional.empty(), true, 5));
    }

    @Test
    void theGroupOfTwoIsInNoTableWhereAPooledRowWouldBeTheirs() {
        AttendanceReport a = report().attendance();
        Tally pair = new Tally(3, 1, 0);
        // Once the smallest group shown joined them in a pooled row; the export still showed that
        // group member by member, so the pooled row less it was the pair (issue 33, finding 4).
        assertEquals(List.of("Pod", "g_f1f1f1f1f1f1"), a.byGroupMonth().stream().map(GroupMonth::group).toList(),
                "two people are too few for a pooled row: they are left out; Front line (a role pooled) by its pseudonym");
        Tally total = a.byFacilitatorKind().stream().map(Line::tally).reduce(Tally.NONE, Tally::plus);
        Tally groups = a.byGroupMonth().stream().map(GroupMonth::tally).reduce(Tally.NONE, Tally::plus);
        assertEquals(groups, total, "every table covers the same marks: the groups shown");
        assertEquals(total, a.byRole().stream().map(Line::tally).reduce(Tally.NONE, Tally::plus));
        a.byGroupMonth().forEach(g -> assertNotEquals(pair, g.tally()));
        a.byFacilitatorKind().forEach(l -> assertNotEquals(pair, l.tally()));
        assertTrue(a.notes().contains("1 group(s) with fewer than 5 members are left out of every table: counted together,"
                + " the tables by role and facilitator kind would give a few of them away"), a.notes().toString());
    }

    @Test
    void theLoneSeniorManagersRoleAndReasonAreNotShownAndReasonsHaveKBehindThem() {
        AttendanceReport a = report().attendance();
        assertEquals(List.of("team_manager", "other"), a.byRole().stream().map(Line::key).toList(),
                "one senior manager: other takes the social workers too (a tie with team managers, by code)");
        assertEquals(List.of(new ReasonCount("workload", 5L, null)), a.reasons(),
                "the groups shown only (the pair's emotional load is theirs); 4 absent in all is too few for an absent column");
        String text = TextReport.render(report());
        String csv = String.join("\n", CsvReport.tables(report()).stream().flatMap(t -> t.rows().stream())
                .map(r -> String.join(",", r)).toList());
        for (String out : List.of(text, csv)) {
            for (String secret : List.of("Pair", "senior_manager", "emotional_load", "Emotional load", "training", "Training",
                    "Front line")) {
                assertFalse(out.contains(secret), "'" + secret + "' in\n" + out);
            }
        }
        assertTrue(text.contains("pooled (under 5 members): roles 2, facilitator kinds 0, reason cells 0"), text);
    }

    /**
     * The report's reasons beside the export's (per group): a reason tallied afresh over every
     * group, less the group where the export shows it, gave the cell another group's row pooled
     * (7 emotional load less 5 was the 2 in "Beta"). The report's count of each reason is now the
     * export's cells added up, so every such difference is 0.
     */
    @Test
    void theReportsReasonsLessTheExportsGroupsLeaveNothing() {
        List<Object[]> alpha = new ArrayList<>();
        for (int i = 0; i < 6; i++) alpha.add(m(900 + i, "social_worker", i < 5 ? "apologies" : "present", i < 5 ? "emotional_load" : null));
        session("Alpha", "internal", 1, alpha.toArray(Object[][]::new));
        List<Object[]> beta = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            beta.add(m(950 + i, "social_worker", i < 6 ? "apologies" : "present", i < 2 ? "emotional_load" : i < 6 ? "workload" : null));
        }
        session("Beta", "internal", 1, beta.toArray(Object[][]::new));
        AttendanceReport a = AttendanceReport.build(marks, List.of(new Role("social_worker", "Social worker")), 5, java.util.Map.of());
        var export = org.rpgkiosk.disclosure.AbsenceReasons.byGroup(marks, org.rpgkiosk.disclosure.AttendanceRule.decide(marks, 5), 5);
        assertEquals(2, export.rows().size(), "each group its own row in the export: " + export.rows());
        for (ReasonCount r : a.reasons()) {
            long inExport = export.rows().values().stream().flatMap(t -> t.counts().stream())
                    .filter(c -> c.reason().equals(r.reason()) && c.apologies() != null).mapToLong(c -> c.apologies()).sum();
            assertEquals(inExport, r.apologies(), r + " less the export's cells: " + export.rows());
        }
        assertTrue(a.reasons().stream().anyMatch(r -> r.reason().equals("emotional_load") && r.apologies() == 5L), a.reasons().toString());
    }

    /** Issue 32's friction: reasons read as the register offers them, not as codes (emotional_load). */
    @Test
    void reasonsAreShownByTheirLabels() {
        for (int i = 0; i < 6; i++) {
            session("Big " + i, "internal", 3, m(500 + 10 * i, "social_worker", "apologies", "leave_sickness"),
                    m(501 + 10 * i, "social_worker", "apologies", "workload"), m(502 + 10 * i, "social_worker", "present", null));
        }
        Report r = report();
        String text = TextReport.render(r);
        assertTrue(text.contains("Workload or time pressure"), text);
        assertFalse(text.contains("workload"), text);
        String html = HtmlReport.render(r);
        assertTrue(html.contains("Workload or time pressure"), "the HTML too");
        var table = CsvReport.tables(r).stream().filter(t -> t.name().equals("absence_reasons")).findFirst().orElseThrow();
        assertEquals(List.of("reason", "reason_label", "apologies", "absent"), table.header());
        assertTrue(table.rows().stream().anyMatch(row -> row.get(0).equals("workload") && row.get(1).equals("Workload or time pressure")),
                table.rows().toString());
    }

    /**
     * Issue 33, finding 7: a group the export knows by its pseudonym alone (a role of it pooled:
     * its level and name would tell) was printed by name in the report, with the same counts.
     */
    @Test
    void theReportNamesAGroupOnlyWhereTheExportDoes() {
        List<Object[]> alpha = new ArrayList<>();
        for (int i = 0; i < 6; i++) alpha.add(m(700 + i, "social_worker", "present", null));
        alpha.add(m(799, "senior_manager", "present", null));               // alone in their role: pooled
        session("Alpha team", "internal", 4, alpha.toArray(Object[][]::new));
        List<Object[]> beta = new ArrayList<>();
        for (int i = 0; i < 6; i++) beta.add(m(800 + i, "team_manager", i == 0 ? "absent" : "present", i == 0 ? "training" : null));
        session("Beta team", "external", 4, beta.toArray(Object[][]::new));
        List<Role> roles = List.of(new Role("senior_manager", "Senior manager"), new Role("team_manager", "Team manager"),
                new Role("social_worker", "Social worker"), new Role("other", "Other role"));
        ReportData data = new ReportData(List.of(), roles, List.of(), List.of(), List.of(), marks, List.of(),
                java.util.Map.of("Alpha team", "g_a1a1a1a1a1a1", "Beta team", "g_b2b2b2b2b2b2"));
        Report r = Report.build(data, new Options(Optional.empty(), Optional.empty(), true, 5));
        List<String> shown = r.attendance().byGroupMonth().stream().map(GroupMonth::group).toList();
        assertEquals(List.of("Beta team", "g_a1a1a1a1a1a1"), shown.stream().sorted().toList(),
                "Beta named (no role pooled), Alpha by its pseudonym as in the export");
        String text = TextReport.render(r);
        assertFalse(text.contains("Alpha"), text);
        assertFalse(HtmlReport.render(r).contains("Alpha"));
    }
}
