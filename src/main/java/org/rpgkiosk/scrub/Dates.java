package org.rpgkiosk.scrub;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates (day, month and year: "14/03/1986", "14.03.86", "1986-03-14", "3rd March 1986",
 * "March 3, 1986", with its weekday: "Monday 4th November 2024"), which beside a role or a team can name a person or a case, and any date
 * after a birth cue ("born 3 March", "DOB 1986"); days and years also in words ("fourteenth of March
 * nineteen eighty-six"), and an age tied to a day ("turned 50 on Bonfire Night"). A month alone, a day and month, a year alone
 * ("in March", "3rd March", "2019") are ordinary and stay.
 */
final class Dates {
    private Dates() {}

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** An ordinal in words: "third", "fourteenth", "twenty-first", "thirty first". */
    private static final String ORDINAL_WORD = "(?:(?:twenty|thirty)[ -]?)?(?:first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
            + "|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";
    private static final String DAY = "(?:(?:[0-2]?\\d|3[01])(?:st|nd|rd|th)?|" + ORDINAL_WORD + ")";
    /** A year in words: "nineteen eighty-six", "nineteen hundred", "two thousand and one", "twenty twenty-four". */
    private static final String UNIT = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]?" + UNIT + ")?|oh[ -]" + UNIT + ")";
    private static final String YEAR_WORDS = "(?:(?:nineteen|twenty)[ -](?:hundred|" + TENS + ")"
            + "|two thousand(?:[ -](?:and[ -])?(?:" + TENS + "|" + UNIT + "))?)";
    private static final String YEAR = "(?:(?:19|20)\\d\\d|'\\d\\d|" + YEAR_WORDS + ")";
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{N}/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}]|[/.\\-]\\d)"
                    + "|(?<![\\p{N}/.\\-])((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})(?![\\p{N}]|[/.\\-]\\d)");
    private static final String WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
    private static final Pattern WORDED = Pattern.compile(
            B + "(?=[\\p{N}jfmasondtw])" + WEEKDAY + "(?:" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR
                    + "|" + MONTH + "\\s+(?:the\\s+)?" + DAY + ",?\\s+" + YEAR + ")" + E,
            Pattern.CASE_INSENSITIVE);
    /** A birth cue, then a part date or a year. Group 1 is what is replaced; the cue stays. */
    private static final Pattern BIRTH = Pattern.compile(
            B + "(?:born(?:\\s+(?:on|in))?|d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birthday(?:\\s+is)?)[:\\s]\\s*("
                    + DAY + "\\s+(?:of\\s+)?" + MONTH + "|" + MONTH + "\\s+" + DAY + "|(?:" + MONTH + "\\s+)?"
                    + "(?:19|20)\\d\\d|\\d{1,2}[/.\\-]\\d{1,2})" + E,
            Pattern.CASE_INSENSITIVE);

    /**
     * An age tied to a day ("turned 50 on Bonfire Night", "will be 40 on the 3rd"): the age and the
     * day are replaced (group 1), the verb stays.
     */
    private static final Pattern AGE_ON_A_DAY = Pattern.compile(
            B + "(?:turned|turns|turning|will\\s+be)\\s+(\\d{1,2}\\s+(?:on|last|this|next)\\s+"
                    + "(?:the\\s+\\d{1,2}(?:st|nd|rd|th)?|\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}|" + DAY + "(?:\\s+of)?\\s+" + MONTH + "))" + E);

    private static final Finder WORDED_FINDER = Finder.of(WORDED);
    private static final Finder AGE_FINDER = Finder.of(AGE_ON_A_DAY);
    private static final Finder BIRTH_FINDER = Finder.of(BIRTH);

    static final Finder DATE = (text, spans) -> {
        if (Prefilter.digits(text) < 3) {
            if (hasBirthCue(text)) BIRTH_FINDER.find(text, spans);
            if (hasYearInWords(text)) WORDED_FINDER.find(text, spans);
            if (Prefilter.digits(text) > 0) AGE_FINDER.find(text, spans);
            return;
        }
        AGE_FINDER.find(text, spans);
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

    private static boolean hasYearInWords(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("nineteen") || lower.contains("twenty") || lower.contains("thousand");
    }

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
