package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
