package org.rpgkiosk.disclosure;

import java.time.YearMonth;

/**
 * One mark on a register as the disclosure rules see it: no names, no dates finer than the
 * month, the member only as an opaque number (it tells two marks of one person apart, so that
 * people are counted, not marks). The store fills it; the rules never see a store type.
 *
 * @param group   the group's key (its id or its unique name)
 * @param status  present, apologies or absent
 * @param reason  why not present, or null
 */
public record RegisterMark(int session, String group, YearMonth month, String facilitatorKind, int member,
                           String role, boolean partTime, String status, String reason) {
    public boolean present() {
        return "present".equals(status);
    }
}
