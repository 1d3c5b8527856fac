package org.rpgkiosk.attendance;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as staff write it: ISO (2026-11-20) or day first, as the UK writes it (20/11/2026, also
 * 20.11.2026 or 20-11-2026). The year has four digits, so 03/04/26 is never guessed at; a day that
 * does not exist (31/02/2026) is no day.
 */
public final class Day {
    public static final String FORMATS = "YYYY-MM-DD or DD/MM/YYYY";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern UK = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private Day() {}

    public static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) return of(iso.group(1), iso.group(2), iso.group(3));
        Matcher uk = UK.matcher(t);
        if (uk.matches()) return of(uk.group(3), uk.group(2), uk.group(1));
        return Optional.empty();
    }

    /**
     * Why the text is no day, in words a person can act on: a day written in a right form that
     * does not exist is said to be so (31/02/2026 was once answered with the formats).
     */
    public static String whyNot(String text) {
        String t = text == null ? "" : text.strip();
        if (ISO.matcher(t).matches() || UK.matcher(t).matches()) {
            return t + " is not a day that exists: check the day and the month";
        }
        return "write the date as " + FORMATS + ", e.g. " + LocalDate.now();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
