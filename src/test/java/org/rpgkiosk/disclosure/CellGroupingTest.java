package org.rpgkiosk.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.fault.UserError;

class CellGroupingTest {
    private static final String SM = "senior_manager";
    private static final String TM = "team_manager";
    private static final String SW = "social_worker";
    private static final String LP = "lead_practitioner";

    @Test
    void aLoneSeniorManagerIsPooledAndOtherTakesTheSmallestRoleStandingToReachK() {
        CellGrouping g = CellGrouping.decide(List.of(Map.of(SW, 30L, TM, 6L, SM, 1L)), 5);
        assertEquals("other", g.groupOf(SM));
        assertEquals("other", g.groupOf(TM), "other would hold one person alone");
        assertEquals(SW, g.groupOf(SW));
        assertEquals(2, g.mergedCount());
    }

    @Test
    void oneGroupingForEveryWaveSoAStatementTableAndAComparisonCannotBeSubtracted() {
        // y1 has one senior manager, y3 six: pooled in both, not only where small.
        CellGrouping g = CellGrouping.decide(List.of(Map.of(SW, 20L, SM, 1L, TM, 7L), Map.of(SW, 25L, SM, 6L, TM, 8L)), 5);
        assertEquals("other", g.groupOf(SM));
        assertEquals(Set.of(SW), g.standing(), "other held 1 in y1, so the smallest role standing (TM, 7) joined it");
    }

    @Test
    void anEmptyCellNamesNobodySoARoleAbsentFromAWaveStillStands() {
        CellGrouping g = CellGrouping.decide(List.of(Map.of(SW, 20L, TM, 5L), Map.of(SW, 25L)), 5);
        assertEquals(Set.of(SW, TM), g.standing());
    }

    @Test
    void aPopulationUnderKTakesNoPartSinceItIsShownAsACountOnly() {
        CellGrouping g = CellGrouping.decide(List.of(Map.of(SW, 2L, SM, 1L), Map.of(SW, 25L, SM, 5L)), 5);
        assertEquals(Set.of(SM, SW), g.standing());
    }

    @Test
    void responsesWithNoRoleCountAsOther() {
        Map<String, Long> wave = new HashMap<>(Map.of(SW, 20L, TM, 5L));
        wave.put(null, 2L);
        CellGrouping g = CellGrouping.decide(List.of(wave), 5);
        assertEquals(Set.of(SW), g.standing(), "two with no role are 'other', too few alone");
        assertEquals(Map.of(SW, 20L, "other", 7L), g.regroup(wave));
        assertEquals("other", g.groupOf(null));
    }

    @Test
    void aTieIsBrokenByCodeOrder() {
        CellGrouping g = CellGrouping.decide(List.of(Map.of(SW, 20L, TM, 6L, LP, 6L, "other", 1L)), 5);
        assertEquals(Set.of(SW, TM), g.standing(), "lead_practitioner comes first alphabetically");
    }

    /** The promise itself, on random small populations: every group shown is empty or at least k. */
    @Test
    void everyGroupShownIsEmptyOrAtLeastKInEveryPopulation() {
        Random rnd = new Random(11);
        List<String> roles = List.of(SM, TM, SW, LP, "other");
        for (int trial = 0; trial < 5000; trial++) {
            int k = 3 + rnd.nextInt(8);
            List<Map<String, Long>> pops = new java.util.ArrayList<>();
            for (int p = 0; p < 1 + rnd.nextInt(3); p++) {
                Map<String, Long> pop = new HashMap<>();
                for (String r : roles) if (rnd.nextInt(3) > 0) pop.put(r, (long) rnd.nextInt(14));
                pops.add(pop);
            }
            CellGrouping g = CellGrouping.decide(pops, k);
            for (Map<String, Long> pop : pops) {
                long total = pop.values().stream().mapToLong(Long::longValue).sum();
                if (total < k) continue;
                g.regroup(pop).forEach((group, n) -> assertTrue(n == 0 || n >= k,
                        group + " holds " + n + " under k=" + k + " in " + pop + " of " + pops));
            }
        }
    }

    @Test
    void thresholdsHaveFloorsThatAreRefusedNotRaised() {
        assertEquals(5, Threshold.of(Threshold.Use.REPORT, null).k());
        assertEquals(3, Threshold.of(Threshold.Use.RESEARCH, 3).k());
        assertEquals(10, Threshold.of(Threshold.Use.PUBLIC, null).k());
        assertThrows(UserError.class, () -> Threshold.of(Threshold.Use.REPORT, 1));
        assertThrows(UserError.class, () -> Threshold.of(Threshold.Use.RESEARCH, 2));
        assertThrows(UserError.class, () -> Threshold.of(Threshold.Use.PUBLIC, 9));
    }

    @Test
    void anOpenWaveIsReleasedInStepsOfKAndAClosedOneWhole() {
        Threshold k = new Threshold(5);
        assertEquals(false, Release.due(true, 4, k));
        assertEquals(true, Release.due(true, 5, k));
        assertEquals(true, Release.due(false, 1, k));
        assertEquals(false, Release.due(false, 0, k));
    }
}
