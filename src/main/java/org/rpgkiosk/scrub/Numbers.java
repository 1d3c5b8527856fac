package org.rpgkiosk.scrub;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that point at one person: NHS numbers (only those that pass the modulus-11 check),
 * UK phone numbers, National Insurance numbers, and staff or case reference numbers. Between
 * digits people put spaces, dots, dashes, slashes or brackets ("07700.900.123",
 * "0117/496/0000", "9434 765 919"); a count or a year ("3 sessions", "75 minutes", "2019")
 * never has the length or the shape of one of these.
 */
final class Numbers {
    private Numbers() {}

    private static final String SEP = "[ .\\-/]?";

    /** Ten digits with at most one separator between any two, valid by modulus 11. */
    private static final Pattern NHS = Pattern.compile("(?<![\\p{N}])\\d(?:" + SEP + "\\d){9}(?![\\p{N}])");

    /**
     * Where a UK number may begin: +44 or 0044 (with an optional "(0)"), 44 joined to the
     * number, a 0 (maybe bracketed), or a mobile's 7 written without its 0.
     */
    private static final Pattern PHONE_START = Pattern.compile(
            "(?<![\\p{L}\\p{N}_+.])(?:(?:\\+|00)\\s?44[\\s.\\-]?(?:\\(0\\)[\\s.\\-]?)?\\(?|44(?=[1237]\\d)|\\(?0(?=\\d)"
                    + "|(?=7\\d{3}))");

    /** Two letters, six digits in pairs or not, and the suffix letter A to D; spaces, dashes or dots between. */
    private static final Pattern NI_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-Z]{2}[ .\\-]?\\d{2}[ .\\-]?\\d{2}[ .\\-]?\\d{2}[ .\\-]?[A-D](?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    /** Written without its suffix, only in capitals: "QQ 12 34 56". */
    private static final Pattern NI_NUMBER_SHORT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-Z]{2}[ .\\-]?\\d{2}[ .\\-]?\\d{2}[ .\\-]?\\d{2}(?![\\p{L}\\p{N}])");

    /**
     * Letters then four or more digits (SW04471, CP-2023-0412, LAC/778812, REF 883412), or a run of six or
     * more digits (4471829); not money (£150000).
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}\\p{N}£$€])(?:(?:\\p{L}{1,4}[-/]?|\\p{Lu}{2,4} )\\d{4,}(?:[-/]\\d+)*\\p{L}?|\\d{6,}\\p{L}?)(?![\\p{L}\\p{N}])",
            Pattern.UNICODE_CASE);

    private static final Finder NHS_FINDER = Finder.of(NHS, m -> isNhsNumber(m.group().replaceAll("\\D", "")));
    private static final Finder NI_FINDER = Finder.of(NI_NUMBER);
    private static final Finder NI_SHORT_FINDER = Finder.of(NI_NUMBER_SHORT);
    private static final Finder REFERENCE_FINDER = Finder.of(REFERENCE, m -> {
        // "in 2019", "Q3 2024", "Covid-19": letters and a year are not a reference.
        String digits = m.group().replaceAll("\\D", "");
        return digits.length() >= 6 || !digits.matches("(?:19|20)\\d\\d");
    });

    static final Finder NHS_NUMBER = (text, spans) -> {
        if (Prefilter.digits(text) >= 10) NHS_FINDER.find(text, spans);
    };

    static final Finder NATIONAL_INSURANCE = (text, spans) -> {
        if (Prefilter.digits(text) < 6) return;
        NI_FINDER.find(text, spans);
        NI_SHORT_FINDER.find(text, spans);
    };

    static final Finder REFERENCE_NUMBER = (text, spans) -> {
        if (Prefilter.digits(text) >= 4) REFERENCE_FINDER.find(text, spans);
    };

    /** NHS numbers: 10 digits, the last a modulus-11 check of the first nine with weights 10..2. */
    static boolean isNhsNumber(String digits) {
        if (!digits.matches("\\d{10}")) return false;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) check = 0;
        return check != 10 && check == digits.charAt(9) - '0';
    }

    static final Finder PHONE = (text, spans) -> {
        if (Prefilter.digits(text) < 9) return;
        Matcher m = PHONE_START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = phoneEnd(text, m.end());
            if (end < 0) {
                from = Math.max(m.end(), m.start() + 1);
                continue;
            }
            spans.add(new int[] {m.start(), end});
            from = end;
        }
    };

    /**
     * Where the UK number whose national digits (after the leading 0) start at {@code start}
     * ends, or -1: 10 more digits for 01, 02, 03 and 07 numbers, or 9 for the older 01 numbers
     * that have 10 digits in all, with single separators (space, dot, dash, slash, bracket)
     * between them.
     */
    static int phoneEnd(String text, int start) {
        int digits = 0;
        int gap = 0;
        int endAtNine = -1;
        char first = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 0) first = c;
                digits++;
                gap = 0;
                if (digits == 9) endAtNine = i + 1;
                if (digits == 10) {
                    boolean longer = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
                    return !longer && "1237".indexOf(first) >= 0 ? i + 1 : tenDigitLandline(first, endAtNine, text);
                }
            } else if (Character.isDigit(c)) {
                return -1;
            } else if (" -().//".indexOf(c) >= 0 && digits > 0 && ++gap <= 3) {
                continue;
            } else {
                break;
            }
        }
        return digits == 9 ? tenDigitLandline(first, endAtNine, text) : -1;
    }

    private static int tenDigitLandline(char first, int endAtNine, String text) {
        if (first != '1' || endAtNine < 0) return -1;
        boolean longer = endAtNine < text.length() && Character.isDigit(text.charAt(endAtNine));
        return longer ? -1 : endAtNine;
    }
}
