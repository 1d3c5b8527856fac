package org.rpgkiosk.scrub;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates (day, month and year: "14/03/1986", "14.03.86", "1986-03-14", "3rd March 1986",
 * "March 3, 1986", with its weekday: "Monday 4th November 2024"), which beside a role or a team can name a person or a case, and any date
 * after a birth cue ("born 3 March", "DOB 1986"). A month alone, a day and month, a year alone
 * ("in March", "3rd March", "2019") are ordinary and stay.
 */
final class Dates {
    private Dates() {}

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(?:[0-2]?\\d|3[01])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:(?:19|20)\\d\\d|'\\d\\d)";
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{N}/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}]|[/.\\-]\\d)"
                    + "|(?<![\\p{N}/.\\-])((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})(?![\\p{N}]|[/.\\-]\\d)");
    private static final String WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
    private static final Pattern WORDED = Pattern.compile(
            B + "(?=[\\p{N}jfmasondtw])" + WEEKDAY + "(?:" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR
                    + "|" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + ")" + E,
            Pattern.CASE_INSENSITIVE);
    /** A birth cue, then a part date or a year. Group 1 is what is replaced; the cue stays. */
    private static final Pattern BIRTH = Pattern.compile(
            B + "(?:born(?:\\s+(?:on|in))?|d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birthday(?:\\s+is)?)[:\\s]\\s*("
                    + DAY + "\\s+(?:of\\s+)?" + MONTH + "|" + MONTH + "\\s+" + DAY + "|(?:" + MONTH + "\\s+)?"
                    + "(?:19|20)\\d\\d|\\d{1,2}[/.\\-]\\d{1,2})" + E,
            Pattern.CASE_INSENSITIVE);

    private static final Finder WORDED_FINDER = Finder.of(WORDED);
    private static final Finder BIRTH_FINDER = Finder.of(BIRTH);

    static final Finder DATE = (text, spans) -> {
        if (Prefilter.digits(text) < 3) {
            if (hasBirthCue(text)) BIRTH_FINDER.find(text, spans);
            return;
        }
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            boolean valid = m.group(1) != null
                    ? isDayAndMonth(m.group(1), m.group(3)) || isDayAndMonth(m.group(3), m.group(1))
                    : isDayAndMonth(m.group(7), m.group(6));
            if (valid) spans.add(new int[] {m.start(), m.end()});
        }
        WORDED_FINDER.find(text, spans);
        if (hasBirthCue(text)) BIRTH_FINDER.find(text, spans);
    };

    private static boolean hasBirthCue(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("born") || lower.contains("birth") || lower.contains("dob") || lower.contains("d.o.b");
    }

    private static boolean isDayAndMonth(String day, String month) {
        int d = Integer.parseInt(day);
        int mo = Integer.parseInt(month);
        return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
    }
}
