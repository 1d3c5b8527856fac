package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.report.AttendanceReport;
import org.rpgkiosk.report.Report;
import org.rpgkiosk.report.ReportData;
import org.rpgkiosk.report.ReportData.AnswerCount;
import org.rpgkiosk.report.ReportData.Respondents;
import org.rpgkiosk.report.ReportData.WaveReturns;

/** The report's aggregate queries on a small database whose every count is known. */
class ReportQueriesTest {
    @TempDir Path dir;
    Store store;
    ReportFixture fixture;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseUrl.defaultFor(dir));
        fixture = new ReportFixture(store);
        int y1 = fixture.wave("y1", "+1 year", 10, LocalDate.of(2023, 5, 1));
        int y3 = fixture.wave("y3", "+3 years", 20, LocalDate.of(2025, 5, 1));
        fixture.response(y1, "social_worker", "submitted", 4, 3);
        fixture.response(y1, "social_worker", "submitted", 3, 0);
        fixture.response(y1, null, "submitted", 2);
        fixture.response(y1, "social_worker", "abandoned", 1, 1);
        fixture.response(y1, "team_manager", "in_progress", 1);
        fixture.response(y3, "team_manager", "submitted", 4, 4);

        int group = fixture.group("Pod managers A", "external");
        int sw = fixture.member("Alex Example", "social_worker");
        int tm = fixture.member("Sam Example", "team_manager");
        int january = fixture.session(group, LocalDate.of(2024, 1, 10), "external");
        int february = fixture.session(group, LocalDate.of(2024, 2, 14), "internal");
        fixture.attendance(january, sw, "present", null);
        fixture.attendance(january, tm, "apologies", "workload");
        fixture.attendance(february, sw, "absent", null);
        fixture.attendance(february, tm, "present", null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void answersAreCountedPerItemWaveRoleAndPointsFromSubmittedResponsesOnly() {
        ReportData data = store.reports().read();
        assertEquals(new HashSet<>(List.of(
                new AnswerCount("skills_reflect", "y1", "social_worker", 4, 1),
                new AnswerCount("skills_reflect", "y1", "social_worker", 3, 1),
                new AnswerCount("skills_perspectives", "y1", "social_worker", 3, 1),
                new AnswerCount("skills_reflect", "y1", null, 2, 1),
                new AnswerCount("skills_reflect", "y3", "team_manager", 4, 1),
                new AnswerCount("skills_perspectives", "y3", "team_manager", 4, 1))), new HashSet<>(data.answers()));
        assertEquals(new HashSet<>(List.of(new Respondents("y1", "social_worker", 2), new Respondents("y1", null, 1),
                new Respondents("y3", "team_manager", 1))), new HashSet<>(data.respondents()));
        assertEquals(List.of(new WaveReturns("y1", "+1 year", 10, 3, 1, 1), new WaveReturns("y3", "+3 years", 20, 1, 0, 0)),
                data.waves());
    }

    @Test
    void statementsAndRolesComeInQuestionnaireOrder() {
        ReportData data = store.reports().read();
        assertEquals(17, data.statements().size());
        assertEquals("skills_reflect", data.statements().get(0).itemCode());
        assertEquals("skills", data.statements().get(0).blockCode());
        assertEquals("Professional skills and support", data.statements().get(0).blockTitle());
        assertEquals("rel_system", data.statements().get(16).itemCode());
        assertEquals(List.of("senior_manager", "team_manager", "lead_practitioner", "senior_social_worker",
                "social_worker", "other"), data.roles().stream().map(r -> r.code()).toList());
    }

    @Test
    void attendanceIsReadAsOneMarkPerMemberAndSessionAndTooSmallARegisterIsWithheld() {
        ReportData data = store.reports().read();
        assertEquals(4, data.attendance().size(), "one mark per member and session");
        assertEquals(2, data.attendance().stream().map(m -> m.member()).distinct().count());
        assertEquals(Set.of("2024-01 external social_worker present null", "2024-01 external team_manager apologies workload",
                "2024-02 internal social_worker absent null", "2024-02 internal team_manager present null"),
                data.attendance().stream().map(m -> m.month() + " " + m.facilitatorKind() + " " + m.role() + " "
                        + m.status() + " " + m.reason()).collect(Collectors.toSet()));

        // Two members are under every k the report accepts (the floor is 3): nothing is shown.
        AttendanceReport guarded = Report.build(data, new Report.Options(Optional.empty(), Optional.empty(), false, 3))
                .attendance();
        assertEquals(List.of(), guarded.byRole(), "two people in all: no role breakdown");
        assertEquals(List.of(), guarded.byGroupMonth(), "nor any group row");
        assertEquals(List.of(), guarded.reasons(), "nor their reasons");
        assertEquals(List.of("fewer than 3 members on the register in all: attendance is not shown"), guarded.notes());
    }
}
