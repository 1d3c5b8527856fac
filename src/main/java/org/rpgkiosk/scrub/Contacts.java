package org.rpgkiosk.scrub;

import com.google.common.net.InternetDomainName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses (also written to dodge a filter: "may.hall [at] council.gov.uk",
 * "will.rose @ example.com", "rose dot hill at example dot com"), web addresses and social
 * handles. A URL or a handle goes whole: the name in {@code linkedin.com/in/dafyddllyr} is
 * joined up and lower case, which no name pattern would find.
 */
final class Contacts {
    private Contacts() {}

    /** Top-level domains we accept after an address written with spaces or words for @ and dot. */
    // Not "in", "it", "me", "us", "co" alone: "the team.It was" would become an address. "co.uk" is
    // still found, as a label before "uk".
    private static final String TLD = "(?:com|org|net|uk|gov|nhs|ac|sch|edu|info|biz|io|ly|tv|app|dev"
            + "|wales|cymru|scot|ie|eu|fr|nl|pl|ng|ca|au|nz)(?![\\p{L}\\p{N}])";

    private static final Pattern PLAIN_EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    private static final String AT = "(\\s*@\\s*|\\s*[\\[({<]\\s*at\\s*[\\])}>]\\s*|\\s+at\\s+)";
    private static final String DOT = "(?:\\s*\\.\\s*|\\s*[\\[({<]\\s*(?:dot|\\.)\\s*[\\])}>]\\s*|\\s+dot\\s+)";
    private static final String WORD = "[\\p{L}\\p{N}_%+'-]+";
    private static final Pattern DODGED_EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+'-])" + WORD + "(?:" + DOT + WORD + ")*" + AT
                    + "(?:[\\p{L}\\p{N}-]+" + DOT + ")+" + TLD,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** With http(s):// or www. anything up to a space; otherwise a domain with a known ending. */
    private static final Pattern URL = Pattern.compile(
            "(?:(?:https?|ftp)://|www\\.)[^\\s<>\"\\u0000]+"
                    + "|(?<![\\p{L}\\p{N}@.-])(?:[\\p{L}\\p{N}-]+\\.)+" + TLD + "(?:/[^\\s<>\"\\u0000]*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A domain and a path ("linktr.ee/tamsinp", "rhodri.me/rpg"): with a path after it, any
     * ending on the public suffix list is an address (without one, "the team.It was" would be).
     */
    private static final Pattern DOMAIN_AND_PATH = Pattern.compile(
            "(?<![\\p{L}\\p{N}@.-])((?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,})/[^\\s<>\"\\u0000]*");

    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+'-])@[\\p{L}_][\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]");

    private static final Finder PLAIN_EMAIL_FINDER = Finder.of(PLAIN_EMAIL);

    static final Finder EMAIL = (text, spans) -> {
        boolean hasAt = text.indexOf('@') >= 0;
        if (hasAt) PLAIN_EMAIL_FINDER.find(text, spans);
        // A dodged address still has an @ or an "at", and a dot or a "dot" in its domain.
        if (!hasAt && !(Prefilter.containsWord(text, "at") && (Prefilter.hasJoinedDot(text)
                || Prefilter.containsWord(text, "dot")))) return;
        Matcher m = DODGED_EMAIL.matcher(text);
        while (m.find()) {
            // "at" between words is too common to take on its own ("we met at council.gov.uk"):
            // only where the part before it looks like an address's own (a dot, an underscore,
            // a digit in it).
            String at = m.group(1);
            String local = text.subSequence(m.start(), m.start(1)).toString();
            boolean spelledAt = at.indexOf('@') < 0 && at.indexOf('[') < 0 && at.indexOf('(') < 0
                    && at.indexOf('{') < 0 && at.indexOf('<') < 0;
            if (spelledAt && !local.matches(".*(?:[._0-9]|\\sdot\\s).*")) continue;
            spans.add(new int[] {m.start(), m.end()});
        }
    };

    static final Finder WEB_ADDRESS = (text, spans) -> {
        if (!Prefilter.hasJoinedDot(text)) return;   // "www.", "://x.y" and "x.com" all have one
        Matcher m = URL.matcher(text);
        while (m.find()) spans.add(new int[] {m.start(), trimmed(text, m.start(), m.end())});
        if (text.indexOf('/') < 0) return;
        Matcher d = DOMAIN_AND_PATH.matcher(text);
        while (d.find()) {
            if (publicDomain(d.group(1))) spans.add(new int[] {d.start(), trimmed(text, d.start(), d.end())});
        }
    };

    /** Without the punctuation that ends the sentence around it. */
    private static int trimmed(String text, int start, int end) {
        while (end > start && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) end--;
        return end;
    }

    /** A name under an ending on the public suffix list (Guava's copy of it). */
    private static boolean publicDomain(String host) {
        String lower = host.toLowerCase(java.util.Locale.ROOT);
        return InternetDomainName.isValid(lower) && InternetDomainName.from(lower).isUnderPublicSuffix();
    }

    static final Finder SOCIAL_HANDLE = (text, spans) -> {
        if (text.indexOf('@') < 0) return;
        Matcher m = HANDLE.matcher(text);
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
    };
}
