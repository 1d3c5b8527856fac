package org.rpgkiosk.scrub;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes identifiers out of open answers before they leave the kiosk: e-mail addresses, NHS
 * numbers (only those that pass the modulus-11 check), UK phone numbers, UK postcodes and the
 * names of the roster ({@link RosterNames}), each replaced by a marker. The order matters: an
 * e-mail address holds names and digits, and a valid NHS number could pass for a phone number.
 * It is a safety net for what people type despite being asked not to, not a guarantee.
 */
public final class Scrubber {

    public enum Kind {
        EMAIL("[email]"), NHS_NUMBER("[nhs_number]"), PHONE("[phone]"), POSTCODE("[postcode]"), NAME("[name]");

        public final String marker;

        Kind(String marker) {
            this.marker = marker;
        }

        public String key() {
            return name().toLowerCase();
        }
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern NHS = Pattern.compile("(?<![\\d])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d])");
    /** Where a UK number may begin: +44 or 0044 (with an optional "(0)"), or a 0, maybe bracketed. */
    private static final Pattern PHONE_START = Pattern.compile(
            "(?<![\\w+])(?:(?:\\+|00)\\s?44[\\s-]?(?:\\(0\\)[\\s-]?)?\\(?|\\(?0)(?=\\d)");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?[ ]?\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private final RosterNames names;

    public Scrubber(Collection<String> rosterNames) {
        this.names = new RosterNames(rosterNames);
    }

    /** Replacements made so far, per kind, for the manifest. */
    public static final class Tally {
        private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);

        public void add(Kind kind) {
            counts.merge(kind, 1L, Long::sum);
        }

        public long count(Kind kind) {
            return counts.getOrDefault(kind, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public String scrub(String text, Tally tally) {
        if (text == null || text.isEmpty()) return text;
        String s = text;
        // Most answers hold neither an @ nor a digit: skip the patterns that need one.
        if (s.indexOf('@') >= 0) s = replace(EMAIL, s, Kind.EMAIL, tally, m -> true);
        if (hasDigit(s)) {
            s = replace(NHS, s, Kind.NHS_NUMBER, tally, m -> isNhsNumber(m.group(1) + m.group(2) + m.group(3)));
            s = replacePhones(s, tally);
            s = replace(POSTCODE, s, Kind.POSTCODE, tally, m -> true);
        }
        for (Pattern p : names.patterns()) {
            s = replace(p, s, Kind.NAME, tally, m -> true);
        }
        return s;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) return true;
        }
        return false;
    }

    private static String replace(Pattern pattern, String text, Kind kind, Tally tally,
                                  Function<Matcher, Boolean> accept) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (!accept.apply(m)) continue;
            out.append(text, last, m.start()).append(kind.marker);
            tally.add(kind);
            last = m.end();
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    /** NHS numbers: 10 digits, the last a modulus-11 check of the first nine with weights 10..2. */
    public static boolean isNhsNumber(String digits) {
        if (!digits.matches("\\d{10}")) return false;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) check = 0;
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static String replacePhones(String text, Tally tally) {
        Matcher m = PHONE_START.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = phoneEnd(text, m.end());
            if (end < 0) {
                from = m.end();
                continue;
            }
            out.append(text, last, m.start()).append(Kind.PHONE.marker);
            tally.add(Kind.PHONE);
            last = end;
            from = end;
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * Where the UK number whose national digits (after the leading 0) start at {@code start}
     * ends, or -1: 10 more digits for 01, 02, 03 and 07 numbers, or 9 for the older 01 numbers
     * that have 10 digits in all, with single spaces, dashes or brackets between them.
     */
    static int phoneEnd(String text, int start) {
        int digits = 0;
        int gap = 0;
        int endAtNine = -1;
        char first = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                if (c < '0' || c > '9') return -1;
                if (digits == 0) first = c;
                digits++;
                gap = 0;
                if (digits == 9) endAtNine = i + 1;
                if (digits == 10) {
                    boolean longer = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
                    return !longer && "1237".indexOf(first) >= 0 ? i + 1 : tenDigitLandline(first, endAtNine, text);
                }
            } else if ((c == ' ' || c == '-' || c == '(' || c == ')') && digits > 0 && ++gap <= 3) {
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
