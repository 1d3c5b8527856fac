package org.rpgkiosk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.attendance.FacilitatorKind;
import org.rpgkiosk.attendance.Mark;
import org.rpgkiosk.attendance.Reason;
import org.rpgkiosk.attendance.Roster.RosterGroup;
import org.rpgkiosk.demo.DemoRoster.DemoMark;
import org.rpgkiosk.demo.DemoSurvey.DemoAnswer;
import org.rpgkiosk.demo.DemoSurvey.DemoResponse;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.QuestionnaireReader;

class DemoDataTest {
    static final Questionnaire Q = QuestionnaireReader.readResource("/db/questionnaires/rpg-outcomes.txt");

    private static List<DemoResponse> responses(DemoData d) {
        return StreamSupport.stream(d.survey().spliterator(), false).toList();
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        DemoData a = DemoData.generate(42, 300, Q);
        DemoData b = DemoData.generate(42, 300, Q);
        assertEquals(a.roster(), b.roster());
        assertEquals(responses(a), responses(b));
        assertEquals(responses(a), responses(a), "iterating twice gives the same responses");
        DemoData c = DemoData.generate(43, 300, Q);
        assertNotEquals(responses(a).get(0).id(), responses(c).get(0).id());
        assertNotEquals(a.roster().sessions(), c.roster().sessions());
    }

    @Test
    void theRosterHasAboutADozenGroupsAtEachLevelFiveOfThemExternal() {
        DemoRoster r = DemoData.generate(1, 0, Q).roster();
        List<RosterGroup> groups = r.roster().groups();
        assertEquals(12, groups.size());
        assertEquals(5, groups.stream().filter(g -> g.facilitatorKind() == FacilitatorKind.EXTERNAL).count());
        assertEquals(Set.of("senior managers", "team/pod managers", "lead practitioners", "social workers"),
                groups.stream().map(RosterGroup::level).collect(Collectors.toSet()));
        assertTrue(groups.stream().allMatch(g -> g.members().size() >= 10 && g.members().size() <= 12));
        assertTrue(groups.stream().filter(g -> g.level().equals("lead practitioners")).allMatch(g -> g.usualMinutes() == 120));
        Set<String> roles = Q.roles().stream().map(Questionnaire.Role::code).collect(Collectors.toSet());
        assertTrue(groups.stream().flatMap(g -> g.members().stream()).allMatch(m -> roles.contains(m.roleCode())
                && m.name().matches("Demo Person \\d{3}")));
        assertNotEquals(r.roster(), r.later(), "some leave or join half way");
    }

    @Test
    void aYearOfMonthlySessionsWithPlausibleAttendance() {
        DemoRoster r = DemoData.generate(1, 0, Q).roster();
        assertEquals(12 * 12, r.sessions().size());
        assertEquals(r.sessions().size(), r.sessions().stream().map(s -> s.group() + s.heldOn()).distinct().count(),
                "one session a group a day");
        assertTrue(r.sessions().stream().allMatch(s -> !s.heldOn().isBefore(DemoRoster.START)
                && s.heldOn().isBefore(DemoRoster.START.plusYears(1)) && s.facilitatorName() != null));
        List<DemoMark> marks = r.sessions().stream().flatMap(s -> s.marks().stream()).toList();
        double present = marks.stream().filter(m -> m.mark() == Mark.PRESENT).count() / (double) marks.size();
        assertTrue(present > 0.6 && present < 0.75, "present " + present);
        assertTrue(marks.stream().allMatch(m -> (m.mark() == Mark.PRESENT) == (m.reason() == null)
                && (m.reason() == Reason.OTHER) == (m.note() != null)));
        Map<Reason, Long> reasons = marks.stream().filter(m -> m.reason() != null)
                .collect(Collectors.groupingBy(DemoMark::reason, Collectors.counting()));
        assertEquals(Set.of(Reason.values()), reasons.keySet());
        assertEquals(Reason.WORKLOAD, reasons.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
    }

    @Test
    void responsesLookLikeTheEvaluations() {
        List<DemoResponse> all = responses(DemoData.generate(3, 3000, Q));
        assertEquals(3000, all.size());
        assertEquals(3000, all.stream().map(DemoResponse::id).distinct().count());
        assertTrue(all.stream().allMatch(r -> r.id().version() == 4 && r.id().variant() == 2));
        assertEquals(1170, all.stream().filter(r -> r.wave() == DemoSurvey.Y1).count());
        assertTrue(all.stream().allMatch(r -> r.status().equals("submitted") == (r.submittedOn() != null)));
        assertTrue(all.stream().filter(r -> r.wave() == DemoSurvey.Y1).noneMatch(r -> r.status().equals("in_progress")),
                "the closed wave has nothing in progress");
        assertTrue(all.stream().filter(r -> r.submittedOn() != null).allMatch(r ->
                !r.submittedOn().isBefore(r.wave().openedOn()) && (r.wave().closedOn() == null
                        || !r.submittedOn().isAfter(r.wave().closedOn()))));
        Set<String> roles = new HashSet<>();
        all.forEach(r -> roles.add(r.roleCode()));
        assertEquals(Q.roles().size() + 1, roles.size(), "every role, and a few unanswered: " + roles);

        List<DemoResponse> submitted = all.stream().filter(r -> r.status().equals("submitted")).toList();
        assertTrue(submitted.stream().allMatch(r -> r.answers().size() == Q.allItems().size()));
        List<DemoResponse> stopped = all.stream().filter(r -> !r.status().equals("submitted")).toList();
        assertTrue(stopped.size() > 300 && stopped.stream().allMatch(r -> r.answers().size() < Q.allItems().size()));

        List<DemoAnswer> answers = all.stream().flatMap(r -> r.answers().stream()).toList();
        assertTrue(answers.stream().anyMatch(a -> a.item().kind() == org.rpgkiosk.questionnaire.Item.Kind.AGREEMENT && a.points() == null));
        assertTrue(answers.stream().allMatch(a -> a.points() == null || (a.points() >= 1 && a.points() <= 4)));
        assertTrue(answers.stream().allMatch(a -> a.item().kind() == org.rpgkiosk.questionnaire.Item.Kind.OPEN ? a.points() == null : a.text() == null));
        List<String> texts = answers.stream().map(DemoAnswer::text).filter(t -> t != null).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("someone@example.org")));
        assertTrue(texts.stream().anyMatch(t -> t.contains("07700 900123")));
    }

    @Test
    void theLaterWaveAgreesMoreOnSomeStatements() {
        List<DemoResponse> all = responses(DemoData.generate(5, 4000, Q));
        double y1 = mean(all, r -> r.wave() == DemoSurvey.Y1, "skills_emotional_strain");
        double y3 = mean(all, r -> r.wave() == DemoSurvey.Y3, "skills_emotional_strain");
        assertTrue(y3 - y1 > 0.2, y1 + " -> " + y3);
        double same1 = mean(all, r -> r.wave() == DemoSurvey.Y1, "skills_identity");
        double same3 = mean(all, r -> r.wave() == DemoSurvey.Y3, "skills_identity");
        assertTrue(Math.abs(same3 - same1) < 0.1, same1 + " -> " + same3);
        assertTrue(mean(all, r -> true, "efficacy_case_reports") < 2.5, "finding time for case reports is the exception");
        assertTrue(mean(all, r -> "lead_practitioner".equals(r.roleCode()), "skills_reflect")
                > mean(all, r -> "social_worker".equals(r.roleCode()), "skills_reflect"));
    }

    private static double mean(List<DemoResponse> all, Predicate<DemoResponse> which, String item) {
        List<Integer> points = new ArrayList<>();
        all.stream().filter(which).flatMap(r -> r.answers().stream())
                .filter(a -> a.item().code().equals(item) && a.points() != null).forEach(a -> points.add(a.points()));
        assertTrue(points.size() > 50, item + ": " + points.size() + " answers");
        return points.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    @Test
    void moreResponsesThanTheEvaluationsMeanMoreInvitedNotRatesAbove100Percent() {
        assertEquals(210, DemoData.generate(1, 145, Q).survey().invited(DemoSurvey.Y1));
        assertEquals(235, DemoData.generate(1, 10, Q).survey().invited(DemoSurvey.Y3));
        DemoSurvey big = DemoData.generate(1, 50_000, Q).survey();
        assertEquals(72_414, big.invited(DemoSurvey.Y1));
        assertEquals(81_034, big.invited(DemoSurvey.Y3));
    }

    @Test
    void noResponsesIsAllowed() {
        assertEquals(List.of(), responses(DemoData.generate(1, 0, Q)));
    }
}
