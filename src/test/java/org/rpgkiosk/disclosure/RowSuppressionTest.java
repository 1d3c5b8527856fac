package org.rpgkiosk.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowSuppressionTest {
    @Test
    void aStatementSkippedByMostOfAGroupShowsItsCountOnlyAndTakesTheNextSmallestWithIt() {
        // 1 senior manager answered: withheld; all - social workers - team managers would give it back,
        // so the smallest row shown (team managers, 6) is withheld with it.
        assertEquals(Set.of("senior_manager", "team_manager"),
                RowSuppression.withheld("all", Map.of("senior_manager", 1L, "team_manager", 6L, "social_worker", 30L), 5));
    }

    @Test
    void rowsOfKOrMoreAreShown() {
        assertEquals(Set.of(), RowSuppression.withheld("all", Map.of("team_manager", 5L, "social_worker", 30L), 5));
        assertEquals(Set.of("senior_manager"),
                RowSuppression.withheld("all", Map.of("senior_manager", 2L, "lead", 3L, "social_worker", 30L), 5)
                        .stream().filter(k -> k.equals("senior_manager")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theWholeSampleUnderKIsACountOnly() {
        assertEquals(Set.of("all", "other"), RowSuppression.withheld("all", Map.of("other", 4L), 5));
    }

    @Test
    void withTwoGroupsBothAreWithheldAndTheWholeStays() {
        // Only two groups: withholding the 7 social workers too makes the withheld 8 >= 5, so all stays.
        assertEquals(Set.of("senior_manager", "social_worker"),
                RowSuppression.withheld("all", Map.of("senior_manager", 1L, "social_worker", 7L), 5));
        assertEquals(Set.of(), RowSuppression.withheld("all", Map.of("social_worker", 7L, "other", 0L), 5));
    }
}
