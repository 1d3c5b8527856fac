package org.rpgkiosk.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rpgkiosk.disclosure.Marks.member;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.disclosure.AbsenceReasons.Count;

class AbsenceReasonsTest {
    private static Object[][] away(int first, int n, String status, String reason) {
        Object[][] out = new Object[n][];
        for (int i = 0; i < n; i++) out[i] = member(first + i, "social_worker", status, reason);
        return out;
    }

    @Test
    void fewerThanKMembersAwayShowNothing() {
        Marks m = new Marks().session(1, "g", "internal", away(1, 4, "apologies", "workload"));
        assertEquals(List.of(), AbsenceReasons.tally(m.marks, 5).counts());
    }

    @Test
    void aReasonOfOnePersonIsPooledAndOtherTakesTheSmallestReasonToReachK() {
        Marks m = new Marks().session(1, "g", "internal", away(1, 6, "apologies", "workload"))
                .session(2, "g", "internal", away(20, 5, "apologies", "training"))
                .session(3, "g", "internal", away(30, 1, "apologies", "leave_sickness"));
        AbsenceReasons.Tally t = AbsenceReasons.tally(m.marks, 5);
        assertEquals(List.of(new Count("workload", 6L, null), new Count("other", 6L, null)), t.counts(),
                "one person's leave alone would be total minus workload minus training");
        assertEquals(2, t.pooled());
    }

    @Test
    void aStatusColumnWithFewerThanKMembersIsBlanked() {
        Marks m = new Marks().session(1, "g", "internal", away(1, 5, "apologies", "workload"))
                .session(2, "g", "internal", away(1, 2, "absent", "workload"));
        assertEquals(List.of(new Count("workload", 5L, null)), AbsenceReasons.tally(m.marks, 5).counts());
    }

    @Test
    void aReasonSeenOnlyInABlankColumnHasNoRow() {
        Marks m = new Marks().session(1, "g", "internal", away(1, 5, "apologies", "workload"))
                .session(2, "g", "internal", away(1, 1, "absent", "training"));
        assertEquals(List.of(new Count("workload", 5L, null)), AbsenceReasons.tally(m.marks, 5).counts(),
                "a row 'other: 0, -' would say the one absence had another reason");
    }

    @Test
    void onePersonGivingTwoReasonsCannotFillThePooledCellTwice() {
        // Members 1-4 gave training once each and member 1 emotional load too: other = 4 people, 5 counts.
        Marks m = new Marks().session(1, "g", "internal", away(10, 6, "apologies", "workload"))
                .session(2, "g", "internal", away(1, 4, "apologies", "training"))
                .session(3, "g", "internal", away(1, 1, "apologies", "emotional_load"));
        assertEquals(List.of(new Count("other", 11L, null)), AbsenceReasons.tally(m.marks, 5).counts(),
                "counted in people, other holds 4, so everything is pooled");
    }

    @Test
    void noReasonGivenIsItsOwnCode() {
        Marks m = new Marks().session(1, "g", "internal", away(1, 5, "absent", null));
        assertEquals(List.of(new Count(AbsenceReasons.NO_REASON, null, 5L)), AbsenceReasons.tally(m.marks, 5).counts());
    }
}
