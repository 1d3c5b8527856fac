package org.rpgkiosk.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Registers written by hand for the rule's tests: members numbered from a group's base. */
final class Marks {
    final List<RegisterMark> marks = new ArrayList<>();

    /** One session of a group in January 2024, every member given as {id, role, status, reason}. */
    Marks session(int session, String group, String kind, Object[]... members) {
        for (Object[] m : members) {
            marks.add(new RegisterMark(session, group, YearMonth.of(2024, 1), kind, (int) m[0], (String) m[1],
                    m.length > 4 && (boolean) m[4], (String) m[2], (String) m[3]));
        }
        return this;
    }

    static Object[] member(int id, String role, String status, String reason) {
        return new Object[] {id, role, status, reason};
    }

    static Object[] partTimer(int id, String role) {
        return new Object[] {id, role, "present", null, true};
    }

    /** n members numbered from first, all present, of one role. */
    static Object[][] present(int first, int n, String role) {
        Object[][] out = new Object[n][];
        for (int i = 0; i < n; i++) out[i] = member(first + i, role, "present", null);
        return out;
    }
}
