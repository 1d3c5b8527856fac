package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.store.ExportQueries.Attendee;

class SmallCellsTest {
    @Test
    void rolesUnderKAreMergedIntoOther() {
        SmallCells cells = SmallCells.decide(Map.of("social_worker", 12L, "senior_manager", 2L,
                "lead_practitioner", 4L, "other", 1L), 5);
        assertEquals("social_worker", cells.role("social_worker"));
        assertEquals("other", cells.role("senior_manager"));
        assertEquals("other", cells.role("lead_practitioner"));
        assertEquals("other", cells.role("other"));
        assertEquals(List.of("lead_practitioner", "senior_manager"), cells.merged());
        assertFalse(cells.otherWithheld());
        assertEquals("lead_practitioner, senior_manager merged into other", cells.describe(5));
    }

    @Test
    void exactlyKIsShown() {
        SmallCells cells = SmallCells.decide(Map.of("team_manager", 5L, "social_worker", 5L), 5);
        assertEquals("team_manager", cells.role("team_manager"));
        assertEquals("social_worker", cells.role("social_worker"));
        assertEquals("", cells.describe(5));
    }

    @Test
    void aSmallOtherTakesTheSmallestRoleWithItSoNoRoleCanBeWorkedOutBySubtraction() {
        // Withholding the 4 social workers alone would leave them as "everyone not a team manager".
        SmallCells cells = SmallCells.decide(Map.of("team_manager", 5L, "social_worker", 4L, "senior_manager", 6L), 5);
        assertEquals("other", cells.role("social_worker"));
        assertEquals("other", cells.role("team_manager"));
        assertEquals("senior_manager", cells.role("senior_manager"));
        assertFalse(cells.otherWithheld());
        assertEquals("social_worker, team_manager merged into other", cells.describe(5));
    }

    @Test
    void everyoneTogetherUnderKIsWithheldNotShown() {
        SmallCells cells = SmallCells.decide(Map.of("social_worker", 3L, "senior_manager", 1L), 5);
        assertEquals("", cells.role("senior_manager"));
        assertEquals("", cells.role("social_worker"));
        assertTrue(cells.otherWithheld());
        assertEquals("senior_manager, social_worker merged into other; other still under 5, so role left blank for "
                + "its people", cells.describe(5));
    }

    @Test
    void noRoleAndUnknownRolesStayBlankAndNothingToSayWhenAllAreBig() {
        SmallCells cells = SmallCells.decide(Map.of("social_worker", 7L, "other", 6L), 5);
        assertEquals("", cells.role(null));
        assertEquals("", cells.role("never_counted"));
        assertEquals("other", cells.role("other"));
        assertEquals("", cells.describe(5));
    }

    @Test
    void aRoleSeenOnlyUnsubmittedCountsZeroAndIsMerged() {
        SmallCells cells = SmallCells.decide(Map.of("social_worker", 7L, "team_manager", 0L, "other", 5L), 5);
        assertEquals("other", cells.role("team_manager"));
    }

    @Test
    void aThresholdOfOneMergesNothing() {
        SmallCells cells = SmallCells.decide(Map.of("senior_manager", 1L), 1);
        assertEquals("senior_manager", cells.role("senior_manager"));
    }

    @Test
    void attendanceRolesArePerGroupAndPartTimeIsBlankedForTheWholeCell() {
        List<Attendee> attendees = new java.util.ArrayList<>();
        int id = 0;
        for (int i = 0; i < 7; i++) attendees.add(new Attendee(1, ++id, "team_manager", false));
        for (int i = 0; i < 3; i++) attendees.add(new Attendee(1, ++id, "team_manager", true));
        for (int i = 0; i < 2; i++) attendees.add(new Attendee(1, ++id, "social_worker", false));
        for (int i = 0; i < 5; i++) attendees.add(new Attendee(2, ++id, "social_worker", i < 2));
        attendees.add(new Attendee(2, 1, "team_manager", false));   // member 1 visiting group 2
        AttendanceCells cells = AttendanceCells.decide(attendees, 5);

        // Group 1: 2 social workers alone would be "the rest", so the 10 team managers join them.
        assertEquals("other", cells.role(1, "team_manager"));
        assertEquals("other", cells.role(1, "social_worker"));
        assertEquals("", cells.partTime(1, "team_manager", true), "3 part-timers would be told apart");
        assertEquals("", cells.partTime(1, "social_worker", false));
        assertEquals("other", cells.role(2, "social_worker"));
        assertEquals("other", cells.role(2, "team_manager"), "a lone visitor is not shown by role");
        assertEquals("", cells.partTime(2, "social_worker", false));
        String note = "social_worker, team_manager merged into other; part-time status left blank in 1 role cell(s)";
        assertEquals(Map.of("Group A", note, "group 2", note), cells.describe(Map.of(1, "Group A")));
    }

    @Test
    void partTimeIsShownWhenBothSidesAreBigEnough() {
        List<Attendee> attendees = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) attendees.add(new Attendee(1, i, "social_worker", i % 2 == 0));
        AttendanceCells cells = AttendanceCells.decide(attendees, 5);
        assertEquals("true", cells.partTime(1, "social_worker", true));
        assertEquals("false", cells.partTime(1, "social_worker", false));
        assertEquals(Map.of(), cells.describe(Map.of()));
    }
}
