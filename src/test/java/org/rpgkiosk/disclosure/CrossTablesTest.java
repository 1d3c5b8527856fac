package org.rpgkiosk.disclosure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sets two cross-cutting tables give exactly, as the attendance rule asks of the groups pooled. */
class CrossTablesTest {
    private final Map<String, Map<String, Set<Integer>>> cells = new HashMap<>();
    private int person;

    private void cell(String row, String column, int people) {
        Set<Integer> in = cells.computeIfAbsent(row, r -> new HashMap<>()).computeIfAbsent(column, c -> new HashSet<>());
        for (int i = 0; i < people; i++) in.add(person++);
    }

    @Test
    void cellsOfKOrMoreEachAreSafe() {
        cell("social_worker", "internal", 5);
        cell("social_worker", "external", 6);
        cell("team_manager", "internal", 7);
        cell("team_manager", "external", 5);
        assertTrue(CrossTables.safe(cells, 5));
    }

    @Test
    void aColumnWhollyInsideOneRowIsARowLessAColumn() {
        cell("social_worker", "internal", 6);
        cell("team_manager", "internal", 6);
        cell("social_worker", "external", 2);     // external is theirs alone: the column itself, 2 people
        assertFalse(CrossTables.safe(cells, 5));
    }

    @Test
    void smallCellsThatNoCombinationSeparatesAreSafe() {
        // Two rows and two columns, a cycle: the small cells (2 and 3) sit on a diagonal, and every
        // combination a_r + b_q in {0, 1} takes both of them or a row or column of k or more.
        cell("social_worker", "internal", 2);
        cell("social_worker", "external", 6);
        cell("team_manager", "internal", 6);
        cell("team_manager", "external", 3);
        assertTrue(CrossTables.safe(cells, 5), "rows 8 and 9, columns 8 and 9; no set of 1 to 4 is a combination");
    }

    /** The random organisation the audit caught: two role rows less a kind column gave three people. */
    @Test
    void twoRowsLessAColumnGivingThreePeopleIsFound() {
        cell("other", "external", 2);
        cell("lead_practitioner", "external", 8);
        cell("team_manager", "external", 1);
        cell("other", "internal", 5);
        cell("team_manager", "internal", 8);
        cell("social_worker", "external", 5);
        assertFalse(CrossTables.safe(cells, 5));
    }

    @Test
    void piecesThatShareNoRowOrColumnAddUpTheirPeople() {
        cell("social_worker", "internal", 2);     // a piece of its own: exactly its row and column
        assertFalse(CrossTables.safe(cells, 5));
        cell("team_manager", "external", 2);      // another: each alone is worked out, 2 people
        assertFalse(CrossTables.safe(cells, 5));
    }

    @Test
    void oneCellOfKIsSafe() {
        cell("other", "other", 5);
        assertTrue(CrossTables.safe(cells, 5));
        assertTrue(CrossTables.safe(Map.of(), 5), "no one pooled");
    }
}
