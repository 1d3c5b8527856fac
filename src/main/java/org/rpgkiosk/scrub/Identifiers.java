package org.rpgkiosk.scrub;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The UK and Irish identifiers that have a shape of their own (issue 34): network addresses
 * (IPv4, IPv6, MAC), bank details (IBAN by its mod-97 check, sort codes), vehicle registrations
 * (current and prefix formats), GB driving licence numbers, Irish PPS numbers, and a number
 * after a cue word ("case no. 88214", "ref #40917", "ID: 55021") or a long run of capitals and
 * digits ("ZC24C50091"). Each is a rule on its shape, so each stops short of what ordinary
 * prose holds: times (10:30:15), dates (12-05-24, taken first), counts and money.
 */
final class Identifiers {
    private Identifiers() {}

    private static final String B = "(?<![\\p{L}\\p{N}_])";
    private static final String E = "(?![\\p{L}\\p{N}_])";

    private static final Pattern MAC = Pattern.compile(
            B + "(?:[0-9A-F]{2}(?::[0-9A-F]{2}){5}|[0-9A-F]{2}(?:-[0-9A-F]{2}){5}|[0-9A-F]{4}\\.[0-9A-F]{4}\\.[0-9A-F]{4})" + E,
            Pattern.CASE_INSENSITIVE);
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.])" + OCTET + "(?:\\." + OCTET + "){3}(?:/\\d{1,2})?(?![\\p{L}\\p{N}_]|\\.\\d)");
    /** Hex groups and colons: four or more groups, or a "::" with two or more (a time has at most three, and no "::"). */
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\p{L}\\p{N}_:])(?:(?:[0-9A-F]{1,4}:){3,7}[0-9A-F]{1,4}|(?:[0-9A-F]{1,4}:){0,6}[0-9A-F]{0,4}::(?:[0-9A-F]{1,4}:){0,6}[0-9A-F]{1,4})"
                    + "(?![\\p{L}\\p{N}_:])", Pattern.CASE_INSENSITIVE);

    /** Two capitals, two check digits, then groups of four capitals or digits (spaced or not) and a short last one. */
    private static final Pattern IBAN = Pattern.compile(
            B + "[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?" + E);
    private static final Pattern SORT_CODE = Pattern.compile(
            "(?<![\\p{N}\\-])\\d{2}-\\d{2}-\\d{2}(?![\\p{N}]|-\\d)"
                    + "|" + B + "(?:sort\\s?code|s/c)\\s*(?:is|:|no\\.?|number)?\\s*(\\d{2}[ .]?\\d{2}[ .]?\\d{2})" + E,
            Pattern.CASE_INSENSITIVE);

    /** 2001 on: AB12 CDE; 1983 to 2001: A123 BCD; 1963 to 1983: ABC 123D. Capitals, as plates are written. */
    private static final Pattern VEHICLE = Pattern.compile(
            B + "(?:[A-Z]{2}\\d{2} ?[A-Z]{3}|[A-Z]\\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\\d{1,3}[A-Z])" + E);
    /** Current plates also in lower case ("lj19 xke"): two letters, two digits, three letters is no word. */
    private static final Pattern VEHICLE_LOWER = Pattern.compile(B + "[a-z]{2}\\d{2} ?[a-z]{3}" + E);

    /** Surname (5, padded with 9), birth date coded (6 digits), initials (2, padded), a digit, two letters. */
    private static final Pattern DRIVING_LICENCE = Pattern.compile(
            B + "[A-Z9]{5}\\d{6}[A-Z9]{2}\\d[A-Z]{2}" + E, Pattern.CASE_INSENSITIVE);
    /** Seven digits, a check letter, and since 2013 a second letter (A, B or W). */
    private static final Pattern PPS = Pattern.compile(B + "\\d{7}[A-W][ABHW]?" + E, Pattern.CASE_INSENSITIVE);

    /** A cue word, then the number it names (group 1): "case no. 88214", "ref #40917", "ID: 55021", "passport 123456789". */
    private static final Pattern CUED = Pattern.compile(
            B + "(?:case|ref(?:erence)?|id|file|client|child|passport|account|acc|a/c|licence|license|membership"
                    + "|payroll|employee|staff)(?:\\s+(?:no\\.?|number|num|#))?\\s*[:#]?\\s*(?:no\\.?\\s*)?"
                    + "(\\p{Alnum}*\\d\\p{Alnum}*(?:[-/]\\p{Alnum}+)*)" + E,
            Pattern.CASE_INSENSITIVE);
    /** Capitals and digits mixed, eight or more, four or more of them digits: "ZC24C50091". */
    private static final Pattern MIXED = Pattern.compile(B + "(?=(?:[A-Z]*\\d){4})(?=\\d*[A-Z])[A-Z0-9]{8,}" + E);

    private static final Finder MAC_FINDER = Finder.of(MAC);
    private static final Finder IPV4_FINDER = Finder.of(IPV4);
    private static final Finder IPV6_FINDER = Finder.of(IPV6, m -> m.group().chars().filter(c -> c == ':').count() >= 2);
    private static final Finder IBAN_FINDER = Finder.of(IBAN, m -> ibanValid(m.group()));
    private static final Finder SORT_FINDER = Finder.of(SORT_CODE);
    private static final Finder VEHICLE_FINDER = Finder.of(VEHICLE);
    private static final Finder VEHICLE_LOWER_FINDER = Finder.of(VEHICLE_LOWER);
    private static final Finder LICENCE_FINDER = Finder.of(DRIVING_LICENCE);
    private static final Finder PPS_FINDER = Finder.of(PPS);
    private static final Finder CUED_FINDER = Finder.of(CUED, m -> m.group(1).replaceAll("\\D", "").length() >= 3
            && !m.group(1).matches("(?:19|20)\\d\\d"));   // "the staff 2023 survey": a year is no one's number
    private static final Finder MIXED_FINDER = Finder.of(MIXED);

    static final Finder NETWORK = (text, spans) -> {
        if (Prefilter.digits(text) < 2) return;
        MAC_FINDER.find(text, spans);
        if (text.indexOf(':') >= 0) IPV6_FINDER.find(text, spans);
        if (text.indexOf('.') >= 0) IPV4_FINDER.find(text, spans);
    };

    static final Finder IBAN_NUMBER = (text, spans) -> {
        if (Prefilter.digits(text) >= 8) IBAN_FINDER.find(text, spans);
    };

    static final Finder SORT = (text, spans) -> {
        if (Prefilter.digits(text) >= 6) SORT_FINDER.find(text, spans);
    };

    static final Finder VEHICLE_REGISTRATION = (text, spans) -> {
        VEHICLE_FINDER.find(text, spans);
        VEHICLE_LOWER_FINDER.find(text, spans);
    };

    static final Finder ID_NUMBER = (text, spans) -> {
        if (Prefilter.digits(text) < 6) return;
        LICENCE_FINDER.find(text, spans);
        PPS_FINDER.find(text, spans);
    };

    static final Finder CUED_REFERENCE = (text, spans) -> {
        if (Prefilter.digits(text) < 3) return;
        CUED_FINDER.find(text, spans);
        MIXED_FINDER.find(text, spans);
    };

    /** ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97 is 1. */
    static boolean ibanValid(String text) {
        String iban = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) return false;
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            if (Character.isDigit(c)) digits.append(c);
            else if (c >= 'A' && c <= 'Z') digits.append(c - 'A' + 10);
            else return false;
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
