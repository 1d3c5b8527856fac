package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.rpgkiosk.attendance.Entry;
import org.rpgkiosk.attendance.FacilitatorKind;
import org.rpgkiosk.attendance.Group;
import org.rpgkiosk.attendance.Mark;
import org.rpgkiosk.attendance.Person;
import org.rpgkiosk.attendance.Person.Kind;
import org.rpgkiosk.attendance.Reason;
import org.rpgkiosk.attendance.Register;
import org.rpgkiosk.attendance.RegisterEvent;
import org.rpgkiosk.attendance.RegisterEvent.AddPerson;
import org.rpgkiosk.attendance.RegisterEvent.MarkRestPresent;
import org.rpgkiosk.attendance.RegisterEvent.SetFacilitator;
import org.rpgkiosk.attendance.RegisterEvent.SetMark;
import org.rpgkiosk.attendance.RegisterEvent.SetReason;
import org.rpgkiosk.attendance.RegisterFlow;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.store.AttendanceRepository.GroupSummary;
import org.jooq.impl.DSL;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.AUDIT_LOG;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.MEMBERSHIP;

/** Runs on H2 and on PostgreSQL, like every storage test. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class AttendanceRepositoryTest {
    static final LocalDate JAN = LocalDate.of(2026, 1, 5);
    static final LocalDate SESSION = LocalDate.of(2026, 1, 20);

    @Parameter TestDatabases db;
    @TempDir Path dir;
    Store store;
    Group pod;

    @BeforeEach
    void open() {
        store = Store.open(db.fresh(dir));
        store.questionnaires().load(QuestionnaireReader.readResource("/db/questionnaires/rpg-outcomes.txt"), "rpg-outcomes.txt");
        store.roster().importRoster(RosterRepositoryTest.roster(RosterRepositoryTest.POD_A + RosterRepositoryTest.LEADS), JAN);
        pod = store.attendance().group("Pod A").orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Register apply(Register r, RegisterEvent... events) {
        for (RegisterEvent e : events) {
            var t = RegisterFlow.update(r, e);
            assertEquals(List.of(), t.problems(), e.toString());
            r = t.register();
        }
        return r;
    }

    private Register filledIn() {
        return apply(store.attendance().open(pod, SESSION),
                new SetFacilitator(FacilitatorKind.INTERNAL, "Sam Demo"),
                new SetMark(1, Mark.ABSENT), new SetReason(1, Reason.OTHER, "court hearing"),
                new MarkRestPresent());
    }

    @Test
    void aNewRegisterListsTheGroupOnThatDayWithItsUsualSettings() {
        Register r = store.attendance().open(pod, SESSION);
        assertFalse(r.isCorrection());
        assertEquals(List.of("Alex Demo", "Bo Demo"), r.entries().stream().map(e -> e.person().name()).toList());
        assertEquals(75, r.minutes());
        assertEquals(FacilitatorKind.INTERNAL, r.facilitatorKind());
        assertEquals(6, r.roles().size());
        assertEquals(List.of(), store.attendance().open(pod, JAN.minusDays(1)).entries(), "before the roster, nobody");
    }

    @Test
    void aSavedRegisterReopensFilledInForCorrection() {
        Register saved = filledIn();
        int id = store.attendance().save(saved, "facilitator");
        Register reopened = store.attendance().recorded(pod, SESSION).orElseThrow();
        assertEquals(id, reopened.sessionId());
        assertTrue(reopened.isCorrection());
        assertEquals(saved.entries(), reopened.entries());
        assertEquals("Sam Demo", reopened.facilitatorName());
        assertEquals(reopened, store.attendance().open(pod, SESSION));
        assertEquals(0, store.audit().count(AttendanceRepository.CORRECTION), "a first save is not a correction");
    }

    @Test
    void correctingReplacesTheMarksOfTheOneSessionAndIsAudited() {
        int id = store.attendance().save(filledIn(), "facilitator");
        Register corrected = apply(store.attendance().open(pod, SESSION), new SetMark(1, Mark.APOLOGIES),
                new SetReason(1, Reason.TRAINING, null));
        assertEquals(id, store.attendance().save(corrected, "facilitator"));
        // A register opened before the first save, saved afterwards, still lands on the same session.
        assertEquals(id, store.attendance().save(filledIn(), "facilitator"));

        assertEquals(1, store.dsl().fetchCount(GROUP_SESSION));
        assertEquals(2, store.dsl().fetchCount(ATTENDANCE));
        assertEquals(2, store.audit().count(AttendanceRepository.CORRECTION));
        String detail = store.dsl().select(DSL.max(AUDIT_LOG.DETAIL)).from(AUDIT_LOG).fetchOne(0, String.class);
        assertFalse(detail.contains("Demo"), "the audit log holds no names: " + detail);
    }

    @Test
    void visitorsAndNewMembersBecomeMembersAndMemberships() {
        Register r = apply(store.attendance().open(pod, SESSION),
                new SetFacilitator(FacilitatorKind.INTERNAL, "Sam Demo"),
                new AddPerson(Kind.VISITOR, "Vi Demo", "other", false),
                new AddPerson(Kind.NEW_MEMBER, "Nu Demo", "social_worker", true),
                new AddPerson(Kind.VISITOR, "Sam Demo", "other", false),
                new MarkRestPresent());
        store.attendance().save(r, "facilitator");
        store.attendance().save(r, "facilitator");   // saving again adds nobody twice

        assertEquals(5, store.dsl().fetchCount(MEMBER), "Sam the visitor is the Sam of the Leads group");
        assertEquals("other", store.dsl().select(MEMBER.ROLE_CODE).from(MEMBER).where(MEMBER.NAME.eq("Vi Demo")).fetchOne().value1());
        var visits = store.dsl().selectFrom(MEMBERSHIP).where(MEMBERSHIP.IS_VISITOR.isTrue()).fetch();
        assertEquals(2, visits.size());
        assertTrue(visits.stream().allMatch(v -> v.getStartedOn().equals(SESSION) && v.getEndedOn().equals(SESSION)));

        assertEquals(List.of("Alex Demo", "Bo Demo", "Nu Demo"),
                store.attendance().members(pod.id(), SESSION).stream().map(Person::name).toList());
        Register reopened = store.attendance().recorded(pod, SESSION).orElseThrow();
        assertEquals(List.of(Kind.MEMBER, Kind.MEMBER, Kind.MEMBER, Kind.VISITOR, Kind.VISITOR),
                reopened.entries().stream().map(e -> e.person().kind()).toList());
        assertEquals(List.of("Alex Demo", "Bo Demo", "Nu Demo"), store.attendance().open(pod, SESSION.plusMonths(1))
                .entries().stream().map(e -> e.person().name()).toList(), "next month: the new member, not the visitors");
    }

    @Test
    void aNewMemberBackdatedBeforeTheirRosterStartKeepsOneMembership() {
        store.roster().importRoster(RosterRepositoryTest.roster(RosterRepositoryTest.POD_A
                + "Pod A,Nu Demo,social_worker,no,social workers,internal\n"), SESSION);
        Register earlier = apply(store.attendance().open(pod, JAN), new SetFacilitator(FacilitatorKind.INTERNAL, "Sam"),
                new AddPerson(Kind.NEW_MEMBER, "Nu Demo", "social_worker", false), new MarkRestPresent());
        store.attendance().save(earlier, "facilitator");
        var nu = store.dsl().selectFrom(MEMBERSHIP).where(MEMBERSHIP.MEMBER_ID.eq(
                store.dsl().select(MEMBER.ID).from(MEMBER).where(MEMBER.NAME.eq("Nu Demo")))).fetch();
        assertEquals(1, nu.size());
        assertEquals(JAN, nu.get(0).getStartedOn());
        assertNull(nu.get(0).getEndedOn());
    }

    @Test
    void anIncompleteOrFailingSaveWritesNothing() {
        assertThrows(IllegalArgumentException.class, () -> store.attendance().save(store.attendance().open(pod, SESSION), "x"));
        Register r = filledIn();
        Entry ghost = new Entry(new Person(99_999, "Ghost", "other", false, Kind.MEMBER), Mark.PRESENT, null, null);
        Register broken = new Register(r.group(), r.date(), null, r.facilitatorKind(), r.facilitatorName(), r.minutes(),
                List.of(r.entries().get(0), ghost), r.roles(), true);
        assertThrows(RuntimeException.class, () -> store.attendance().save(broken, "x"));
        assertEquals(0, store.dsl().fetchCount(GROUP_SESSION));
        assertEquals(0, store.dsl().fetchCount(ATTENDANCE));
    }

    @Test
    void summariesCountMembersAndSessions() {
        store.attendance().save(filledIn(), "facilitator");
        List<GroupSummary> s = store.attendance().summaries(SESSION);
        assertEquals(List.of("Leads", "Pod A"), s.stream().map(g -> g.group().name()).toList());
        assertEquals(new GroupSummary(pod, 2, 1, SESSION), s.get(1));
        assertEquals(0, s.get(0).sessions());
        assertNull(s.get(0).lastSession());
    }
}
