package org.rpgkiosk.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.disclosure.Marks.member;
import static org.rpgkiosk.disclosure.Marks.partTimer;
import static org.rpgkiosk.disclosure.Marks.present;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AttendanceRuleTest {
    private static Object[][] concat(Object[][]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(Object[][]::new);
    }

    @Test
    void aGroupUnderKIsLeftOutWhole() {
        Marks m = new Marks().session(1, "pair", "internal", present(1, 2, "social_worker"))
                .session(2, "big", "external", present(10, 6, "social_worker"));
        AttendanceRule rule = AttendanceRule.decide(m.marks, 5);
        assertFalse(rule.released("pair"));
        assertTrue(rule.released("big"));
        assertEquals("social_worker", rule.role("big", "social_worker"));
        assertTrue(rule.levelShown("big"));
    }

    @Test
    void aLoneSeniorManagerIsPooledWithTheRestAndTheGroupsLevelIsBlanked() {
        Marks m = new Marks().session(1, "sw", "internal",
                concat(present(1, 6, "social_worker"), new Object[][] {member(7, "senior_manager", "present", null)}));
        AttendanceRule rule = AttendanceRule.decide(m.marks, 5);
        assertEquals("other", rule.role("sw", "senior_manager"));
        assertEquals("other", rule.role("sw", "social_worker"), "other would be one person alone");
        assertFalse(rule.levelShown("sw"));
    }

    @Test
    void aVisitorCountsInEachGroupOnItsOwnRegister() {
        Marks m = new Marks().session(1, "a", "internal", present(1, 5, "team_manager"))
                .session(2, "b", "internal", concat(present(10, 4, "social_worker"), present(1, 1, "team_manager")));
        AttendanceRule rule = AttendanceRule.decide(m.marks, 5);
        assertTrue(rule.released("b"), "4 social workers and the visitor make 5");
        assertEquals("other", rule.role("b", "team_manager"));
        assertEquals("team_manager", rule.role("a", "team_manager"));
    }

    @Test
    void partTimeIsBlankedForTheWholeCellWhenEitherSideIsFew() {
        Object[][] threePartTimers = {partTimer(20, "team_manager"), partTimer(21, "team_manager"), partTimer(22, "team_manager")};
        Marks m = new Marks().session(1, "pod", "external", concat(present(1, 7, "team_manager"), threePartTimers))
                .session(2, "even", "external", concat(present(30, 5, "social_worker"), new Object[][] {
                    partTimer(40, "social_worker"), partTimer(41, "social_worker"), partTimer(42, "social_worker"),
                    partTimer(43, "social_worker"), partTimer(44, "social_worker")}));
        AttendanceRule rule = AttendanceRule.decide(m.marks, 5);
        assertEquals("", rule.partTime("pod", "team_manager", true), "3 part-timers would be told apart");
        assertEquals("", rule.partTime("pod", "team_manager", false));
        assertEquals("1", rule.partTime("even", "social_worker", true));
        assertEquals("0", rule.partTime("even", "social_worker", false));
    }

    /**
     * Issue 33, finding 6: five full-timers showed 0 each; a part-time newcomer made them all blank,
     * which said what the newcomer was. A cell of one side only is blank from the start, so the
     * newcomer changes no one else's value.
     */
    @Test
    void aPartTimeNewcomerChangesNoOtherMembersShownValue() {
        Marks before = new Marks().session(1, "pod", "internal", Marks.present(10, 5, "social_worker"));
        AttendanceRule was = AttendanceRule.decide(before.marks, 5);
        Marks after = new Marks().session(1, "pod", "internal", Marks.present(10, 5, "social_worker"))
                .session(2, "pod", "internal", partTimer(99, "social_worker"));
        AttendanceRule is = AttendanceRule.decide(after.marks, 5);
        for (int member = 10; member < 15; member++) {
            assertEquals(was.partTime("pod", "social_worker", false), is.partTime("pod", "social_worker", false),
                    "member " + member + " shows the same before and after the newcomer");
        }
        assertEquals("", was.partTime("pod", "social_worker", false), "full-timers alone: nothing to tell apart, blank");
        assertEquals("", is.partTime("pod", "social_worker", true));
    }

    @Test
    void theManifestLinesAreCountsAndNameNoGroupOrRole() {
        Marks m = new Marks().session(1, "Senior team", "internal", present(1, 2, "senior_manager"))
                .session(2, "Pod", "internal", concat(present(10, 6, "social_worker"), present(20, 1, "senior_manager")));
        List<String> lines = AttendanceRule.decide(m.marks, 5).describe();
        assertTrue(lines.contains("groups left out (fewer than 5 members on the register): 1"), lines.toString());
        assertTrue(lines.contains("role cells pooled into other, over all groups: 2"), lines.toString());
        String all = String.join("\n", lines);
        for (String secret : List.of("Senior team", "Pod", "senior_manager", "social_worker")) {
            assertFalse(all.contains(secret), secret + " in " + all);
        }
    }
}
