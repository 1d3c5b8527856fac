package org.rpgkiosk.disclosure;

import java.time.LocalDate;

/**
 * When a register session may reach a report or an export: once its month has ended. Two exports
 * either side of one session (an absence reason going 5 to 6 beside exactly one new apologies
 * mark) once tied the reason to the member marked; with the month as the step, a month's sessions
 * arrive together, and today's session is in no output made today.
 */
public final class SessionRelease {
    private SessionRelease() {}

    /** Sessions held before this day are released on {@code today}: the first day of its month. */
    public static LocalDate releasedBefore(LocalDate today) {
        return today.withDayOfMonth(1);
    }
}
