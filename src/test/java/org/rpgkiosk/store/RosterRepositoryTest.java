package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.attendance.Roster;
import org.rpgkiosk.attendance.RosterParser;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.store.RosterRepository.ImportResult;
import org.rpgkiosk.store.RosterRepository.RosterLine;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.MEMBERSHIP;

/** Runs on H2 and on PostgreSQL, like every storage test. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class RosterRepositoryTest {
    static final LocalDate JAN = LocalDate.of(2026, 1, 5);
    static final LocalDate FEB = LocalDate.of(2026, 2, 2);
    static final LocalDate MAR = LocalDate.of(2026, 3, 2);
    static final String HEADER = "group,name,role,part_time,level,facilitator_kind\n";
    static final String POD_A = "Pod A,Alex Demo,social_worker,no,social workers,internal\n"
            + "Pod A,Bo Demo,senior_social_worker,yes,social workers,internal\n";
    static final String LEADS = "Leads,Sam Demo,lead_practitioner,no,lead practitioners,external\n";

    @Parameter TestDatabases db;
    @TempDir Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(db.fresh(dir));
        store.questionnaires().load(QuestionnaireReader.readResource("/db/questionnaires/rpg-outcomes.txt"), "rpg-outcomes.txt");
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Roster roster(String rows) {
        return RosterParser.parse("r.csv", HEADER + rows, Set.of("social_worker", "senior_social_worker",
                "lead_practitioner", "other"));
    }

    private List<RosterLine> all() {
        return store.roster().list(null, JAN, true);
    }

    @Test
    void theRolesAreThoseOfTheLatestQuestionnaire() {
        assertEquals(List.of("senior_manager", "team_manager", "lead_practitioner", "senior_social_worker",
                "social_worker", "other"), store.roster().roles().stream().map(r -> r.code()).toList());
    }

    @Test
    void anImportHoldsTheGroupsMembersAndMemberships() {
        ImportResult r = store.roster().importRoster(roster(POD_A + LEADS + "Pod A,Sam Demo,lead_practitioner,no,social workers,internal\n"), JAN);
        assertEquals(new ImportResult(2, 2, 0, 3, 3, 0, 4, 0, 0, List.of()), r);
        assertEquals(List.of(
                new RosterLine("Leads", "Sam Demo", "lead_practitioner", false, JAN, null, false),
                new RosterLine("Pod A", "Alex Demo", "social_worker", false, JAN, null, false),
                new RosterLine("Pod A", "Bo Demo", "senior_social_worker", true, JAN, null, false),
                new RosterLine("Pod A", "Sam Demo", "lead_practitioner", false, JAN, null, false)), store.roster().list(null, JAN, false));
        assertEquals(3, store.dsl().fetchCount(MEMBER), "Sam is one person in two groups");
        assertEquals(List.of("Sam Demo"), store.roster().list("Leads", JAN, false).stream().map(RosterLine::name).toList());
        assertEquals(120, store.attendance().group("Leads").orElseThrow().usualMinutes());
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        store.roster().importRoster(roster(POD_A + LEADS), JAN);
        var before = store.dsl().selectFrom(MEMBERSHIP).orderBy(MEMBERSHIP.ID).fetch();
        ImportResult again = store.roster().importRoster(roster(POD_A + LEADS), FEB);
        assertTrue(again.changedNothing(), again.toString());
        assertEquals(before, store.dsl().selectFrom(MEMBERSHIP).orderBy(MEMBERSHIP.ID).fetch());
    }

    @Test
    void aLeaverIsEndedNotDeletedAndAReturnerGetsANewMembership() {
        store.roster().importRoster(roster(POD_A + LEADS), JAN);
        ImportResult left = store.roster().importRoster(roster("Pod A,Alex Demo,social_worker,no,social workers,internal\n" + LEADS), FEB);
        assertEquals(1, left.ended());
        assertEquals(0, left.started());
        assertEquals(List.of("Alex Demo"), store.roster().list("Pod A", FEB, false).stream().map(RosterLine::name).toList());
        assertEquals(List.of("Alex Demo", "Bo Demo"), store.roster().list("Pod A", FEB.minusDays(1), false).stream()
                .map(RosterLine::name).toList(), "the day before leaving Bo was still a member");
        assertEquals(3, store.dsl().fetchCount(MEMBER), "nobody is deleted");

        ImportResult back = store.roster().importRoster(roster(POD_A + LEADS), MAR);
        assertEquals(1, back.started());
        assertEquals(List.of(
                new RosterLine("Pod A", "Bo Demo", "senior_social_worker", true, JAN, FEB, false),
                new RosterLine("Pod A", "Bo Demo", "senior_social_worker", true, MAR, null, false)),
                store.roster().list("Pod A", MAR, true).stream().filter(l -> l.name().equals("Bo Demo")).toList());
    }

    @Test
    void groupsNotInTheFileAreLeftAloneAndChangesAreCounted() {
        store.roster().importRoster(roster(POD_A + LEADS), JAN);
        ImportResult r = store.roster().importRoster(roster(
                "Pod A,Alex Demo,senior_social_worker,yes,social workers,external\n"
                + "Pod A,Bo Demo,senior_social_worker,yes,social workers,external\n"), FEB);
        assertEquals(new ImportResult(1, 0, 1, 2, 0, 1, 0, 0, 0, List.of("Leads")), r);
        assertEquals(1, store.roster().list("Leads", FEB, false).size());
        assertEquals("external", store.attendance().group("Pod A").orElseThrow().facilitatorKind().code());
    }

    @Test
    void anUnknownGroupIsNamed() {
        UserError e = assertThrows(UserError.class, () -> store.roster().list("Nope", JAN, false));
        assertEquals("there is no group 'Nope' (see ./run.sh group list --as-typed)", e.getMessage());
        assertEquals(List.of(), all());
    }
}
