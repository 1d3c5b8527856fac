package org.rpgkiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.disclosure.AttendanceRule;
import org.rpgkiosk.disclosure.RegisterMark;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.report.AttendanceReport.GroupMonth;
import org.rpgkiosk.report.AttendanceReport.Line;
import org.rpgkiosk.report.AttendanceReport.Tally;

/**
 * Issue 33, finding 4: the attendance tables by group and month, by role and by facilitator kind
 * each obey k, but a row of one less rows of another gave a group of three exactly. Checked on the
 * finding's organisation and by the solver ({@link AttendanceAudit}) over random small ones.
 */
class AttendanceMarginsTest {
    private static final int K = 5;
    private static final List<Role> ROLES = List.of(new Role("senior_manager", "Senior manager"),
            new Role("team_manager", "Team manager"), new Role("lead_practitioner", "Lead practitioner"),
            new Role("social_worker", "Social worker"), new Role("other", "Other role"));
    private final List<RegisterMark> marks = new ArrayList<>();
    private int session;

    private void sessions(String group, String kind, int first, String role, int size, int months, int absentAt) {
        for (int month = 1; month <= months; month++) {
            session++;
            for (int i = 0; i < size; i++) {
                String status = month == 1 && i == absentAt ? "absent" : "present";
                marks.add(new RegisterMark(session, group, YearMonth.of(2024, month), kind, first + i, role, false, status,
                        status.equals("absent") ? "workload" : null));
            }
        }
    }

    /**
     * Two external groups of 6 social workers, the external group of 3 lead practitioners (one
     * absence in six sessions), and an internal group of 8 team managers.
     */
    private void organisation() {
        sessions("East", "external", 100, "social_worker", 6, 6, -1);
        sessions("West", "external", 200, "social_worker", 6, 6, 2);
        sessions("Leads", "external", 300, "lead_practitioner", 3, 6, 0);
        sessions("Pod", "internal", 400, "team_manager", 8, 6, 1);
    }

    private static AttendanceReport report(List<RegisterMark> marks) {
        return AttendanceReport.build(marks, ROLES, K, Map.of());
    }

    private static Tally sum(List<Tally> tallies) {
        return tallies.stream().reduce(Tally.NONE, Tally::plus);
    }

    private static Tally minus(Tally a, Tally b) {
        return new Tally(a.present() - b.present(), a.apologies() - b.apologies(), a.absent() - b.absent());
    }

    @Test
    void theExternalRowLessTheNamedExternalGroupsIsNotTheGroupOfThree() {
        organisation();
        Tally leads = new Tally(17, 0, 1);
        AttendanceReport a = report(marks);
        Tally external = a.byFacilitatorKind().stream().filter(l -> l.key().equals("external")).map(Line::tally)
                .findFirst().orElse(null);
        List<Tally> namedExternal = a.byGroupMonth().stream().filter(g -> g.group().equals("East") || g.group().equals("West"))
                .map(GroupMonth::tally).toList();
        if (external != null) assertNotEquals(leads, minus(external, sum(namedExternal)), "the intruder's first subtraction");
        Tally other = a.byRole().stream().filter(l -> l.key().equals("other")).map(Line::tally).findFirst().orElse(null);
        List<Tally> pod = a.byGroupMonth().stream().filter(g -> g.group().equals("Pod")).map(GroupMonth::tally).toList();
        if (other != null) assertNotEquals(leads, minus(other, sum(pod)), "the intruder's second subtraction");
        assertEquals(List.of(), AttendanceAudit.leaks(marks, a, K));
        assertEquals(List.of("East", "Pod", "West"), a.byGroupMonth().stream().map(GroupMonth::group).distinct().toList(),
                "the three are in no table: a pooled row of theirs alone would be three people");
        Tally all = sum(a.byFacilitatorKind().stream().map(Line::tally).toList());
        assertEquals(6 * 6 + 6 * 6 + 8 * 6, all.registered(), "the tables by kind (and role) leave them out too");

        // Two more small external groups of 4 lead practitioners: the pooled row holds 11 of them,
        // all of one role and kind, which every table cuts the same way: it is shown.
        sessions("Duty", "external", 500, "lead_practitioner", 4, 2, -1);
        sessions("Night", "external", 600, "lead_practitioner", 4, 2, 3);
        AttendanceReport more = report(marks);
        assertTrue(more.byGroupMonth().stream().anyMatch(g -> g.group().equals(AttendanceReport.POOLED_GROUPS)), more.toString());
        assertEquals(List.of(), AttendanceAudit.leaks(marks, more, K));
    }

    @Test
    void theExportLeavesOutEveryGroupTheReportPools() {
        organisation();
        AttendanceReport a = report(marks);
        AttendanceRule rule = AttendanceRule.decide(marks, K);
        for (String group : List.of("East", "West", "Leads", "Pod")) {
            boolean namedInReport = a.byGroupMonth().stream().anyMatch(g -> g.group().equals(group));
            assertEquals(namedInReport, rule.released(group), group + ": the export shows member by member what the report names");
        }
        assertFalse(rule.released("Leads"));
    }

    /** Random small organisations: groups of 1 to 9 of one or two roles, some of both kinds. */
    @Test
    void noCombinationOfTheTablesGivesFewerThanKPeopleOverRandomSmallOrganisations() {
        String[] roles = {"social_worker", "team_manager", "senior_manager", "lead_practitioner", "other"};
        int organisations = 0;
        int pooledSome = 0;
        int leftOut = 0;
        for (int seed = 0; seed < 1500; seed++) {
            Random random = new Random(seed);
            List<RegisterMark> org = new ArrayList<>();
            int groups = 2 + random.nextInt(6);
            int member = 0;
            int sessions = 0;
            for (int g = 0; g < groups; g++) {
                int size = 1 + random.nextInt(9);
                String main = roles[random.nextInt(random.nextBoolean() ? 2 : roles.length)];
                String[] own = new String[size];
                for (int i = 0; i < size; i++) own[i] = random.nextInt(4) == 0 ? roles[random.nextInt(roles.length)] : main;
                boolean mixed = random.nextInt(5) == 0;
                String kind = random.nextBoolean() ? "internal" : "external";
                int first = member;
                member += size;
                for (int month = 1; month <= 1 + random.nextInt(3); month++) {
                    sessions++;
                    String k = mixed && month == 2 ? (kind.equals("internal") ? "external" : "internal") : kind;
                    for (int i = 0; i < size; i++) {
                        int draw = random.nextInt(6);
                        String status = draw < 4 ? "present" : draw == 4 ? "apologies" : "absent";
                        org.add(new RegisterMark(sessions, "G" + g, YearMonth.of(2024, month), k, first + i, own[i], false,
                                status, status.equals("present") ? null : "workload"));
                    }
                }
            }
            AttendanceReport a = report(org);
            List<String> leaks = AttendanceAudit.leaks(org, a, K);
            assertEquals(List.of(), leaks, "seed " + seed);
            organisations++;
            if (a.byGroupMonth().stream().anyMatch(g -> g.group().equals(AttendanceReport.POOLED_GROUPS))) pooledSome++;
            else if (a.notes().stream().anyMatch(n -> n.contains("left out of every table"))) leftOut++;
        }
        assertEquals(1500, organisations);
        assertTrue(pooledSome > 100, "organisations with a pooled row, which the solver worked on: " + pooledSome);
        assertTrue(leftOut > 100, "organisations whose small groups are in no table: " + leftOut);
    }
}
