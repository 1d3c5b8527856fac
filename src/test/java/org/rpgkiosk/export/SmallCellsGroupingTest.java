package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellsGroupingTest {
    @Test
    void largeRolesStandAloneAndSmallOnesMergeIntoOther() {
        Map<String, Long> wave = Map.of("social_worker", 30L, "team_manager", 8L, "senior_manager", 3L, "other", 2L);
        assertEquals(Map.of("social_worker", "social_worker", "team_manager", "team_manager",
                "senior_manager", "other", "other", "other"), SmallCells.groupRoles(List.of(wave), 5));
    }

    @Test
    void aTooSmallOtherTakesTheSmallestRoleWithItRatherThanBeRecoverableBySubtraction() {
        Map<String, Long> wave = Map.of("social_worker", 30L, "team_manager", 8L, "senior_manager", 3L);
        assertEquals(Map.of("social_worker", "social_worker", "team_manager", "other", "senior_manager", "other"),
                SmallCells.groupRoles(List.of(wave), 5));
    }

    @Test
    void otherIsHiddenOnlyWhenEveryoneTogetherIsTooFew() {
        assertEquals(Map.of(), SmallCells.groupRoles(List.of(Map.of("social_worker", 3L, "other", 1L)), 5));
        assertEquals(Map.of("social_worker", "social_worker", "other", "other"),
                SmallCells.groupRoles(List.of(Map.of("social_worker", 5L, "other", 0L)), 5));
    }

    @Test
    void aComparisonNeedsTheRoleLargeEnoughInBothWaves() {
        Map<String, Long> y1 = Map.of("social_worker", 20L, "lead_practitioner", 4L, "team_manager", 6L);
        Map<String, Long> y3 = Map.of("social_worker", 40L, "lead_practitioner", 9L, "team_manager", 7L);
        assertEquals(Map.of("social_worker", "social_worker", "lead_practitioner", "other", "team_manager", "other"),
                SmallCells.groupRoles(List.of(y1, y3), 5));
        assertEquals(Map.of("social_worker", "social_worker", "lead_practitioner", "lead_practitioner",
                "team_manager", "team_manager"), SmallCells.groupRoles(List.of(y3), 5));
        assertEquals(Map.of("social_worker", "social_worker", "lead_practitioner", "other", "team_manager", "other"),
                SmallCells.groupRoles(List.of(y3), 10));
    }
}
