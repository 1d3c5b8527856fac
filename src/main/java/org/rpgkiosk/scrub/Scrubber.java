package org.rpgkiosk.scrub;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Takes identifiers out of free text before it leaves the kiosk (open answers, group names,
 * wave labels), each replaced by its kind's marker. It reads a {@link Folded} copy, so the
 * same name or number typed with other accents, apostrophes, dashes or spaces is found, and
 * replaces in the original text, so what is not an identifier is left exactly as typed.
 *
 * <p>The order matters: an e-mail address holds names and digits, a URL holds names, a date or
 * a valid NHS number could pass for a phone number, a phone number for a reference. Each kind
 * takes its spans first and masks them from the kinds after it.
 *
 * <p>It is a safety net for what people type despite being asked not to, not a guarantee: a
 * child's first name that is on no roster, a nickname, a description ("the only male TM in the
 * east team") all pass.
 */
public final class Scrubber {

    public enum Kind {
        EMAIL("[email]"), URL("[url]"), HANDLE("[handle]"), NETWORK("[network_address]"), BANK("[bank_details]"),
        DATE("[date]"), NHS_NUMBER("[nhs_number]"), PHONE("[phone]"), NI_NUMBER("[ni_number]"), ID_NUMBER("[id_number]"),
        POSTCODE("[postcode]"), VEHICLE("[vehicle]"), ADDRESS("[address]"), REFERENCE("[reference]"), NAME("[name]");

        public final String marker;

        Kind(String marker) {
            this.marker = marker;
        }

        public String key() {
            return name().toLowerCase();
        }
    }

    /** One identifier found: where it is in the original text, and what kind it is. */
    public record Hit(int start, int end, Kind kind) {}

    private record Step(Kind kind, Finder finder) {}

    /**
     * Whether an answer should be read before it is shared, and how urgently: its code is the
     * export's review column.
     */
    public enum Review {
        /** Nothing flagged. */
        NONE(0),
        /** A word that may name a person or place was left (a name on no roster, a nickname, initials). */
        NAME_LIKE(1),
        /** A roster first name that is also an everyday word was left as the word ("we asked hope to"). */
        ROSTER_WORD(2);

        public final int code;

        Review(int code) {
            this.code = code;
        }
    }

    private final List<Step> steps;
    private final Set<String> everydayFirstNames;

    public Scrubber(Collection<String> rosterNames) {
        RosterNames roster = new RosterNames(rosterNames);
        everydayFirstNames = roster.everydayFirstNames();
        steps = List.of(
                new Step(Kind.EMAIL, Contacts.EMAIL),
                new Step(Kind.URL, Contacts.WEB_ADDRESS),
                new Step(Kind.HANDLE, Contacts.SOCIAL_HANDLE),
                new Step(Kind.NETWORK, Identifiers.NETWORK),
                new Step(Kind.BANK, Identifiers.IBAN_NUMBER),       // before its digits pass for a phone or reference
                new Step(Kind.DATE, Dates.DATE),
                new Step(Kind.NHS_NUMBER, Numbers.NHS_NUMBER),
                new Step(Kind.PHONE, Phones.PHONE),
                new Step(Kind.NI_NUMBER, Numbers.NATIONAL_INSURANCE),
                new Step(Kind.ID_NUMBER, Identifiers.ID_NUMBER),
                new Step(Kind.BANK, Identifiers.SORT),              // after dates: 12-05-24 is a date
                new Step(Kind.POSTCODE, Places.POSTCODE),
                new Step(Kind.VEHICLE, Identifiers.VEHICLE_REGISTRATION),
                new Step(Kind.ADDRESS, Places.ADDRESS),
                new Step(Kind.REFERENCE, Numbers.REFERENCE_NUMBER),
                new Step(Kind.REFERENCE, Identifiers.CUED_REFERENCE),   // after: "REF 883412" goes whole
                new Step(Kind.NAME, roster));
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

        private final Map<Review, Long> flags = new EnumMap<>(Review.class);

        /** Answers flagged for review at either level ({@link #scrubForReview}). */
        public long flagged() {
            return flagged(Review.NAME_LIKE) + flagged(Review.ROSTER_WORD);
        }

        /** Answers flagged at one level. */
        public long flagged(Review level) {
            return flags.getOrDefault(level, 0L);
        }

        /** "2 [name], 1 [email]": what was replaced, in the markers' words. */
        public String summary() {
            StringBuilder s = new StringBuilder();
            counts.forEach((kind, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(kind.marker));
            return s.toString();
        }
    }

    /** The identifiers in a text, in order, none overlapping another. */
    public List<Hit> find(String text) {
        if (text == null || text.isEmpty()) return List.of();
        Folded folded = Folded.of(text);
        String current = folded.text;
        char[] work = null;
        boolean digits = hasDigit(current);
        List<Hit> hits = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Step step : steps) {
            if (!digits && needsDigit(step.kind)) continue;   // most answers hold no digit at all
            spans.clear();
            step.finder.find(current, spans);
            if (spans.isEmpty()) continue;
            spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[0] - s[1]));
            if (work == null) work = current.toCharArray();
            int maskedTo = -1;
            for (int[] span : spans) {
                if (span[0] < maskedTo || span[1] <= span[0] || isMasked(work, span)) continue;
                hits.add(new Hit(folded.start(span[0]), folded.end(span[1]), step.kind));
                for (int i = span[0]; i < span[1]; i++) work[i] = Finder.MASK;
                maskedTo = span[1];
            }
            current = new String(work);   // the kinds after this one see its spans masked
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    public String scrub(String text, Tally tally) {
        return replaced(text, find(text), tally);
    }

    /** An answer scrubbed, and whether it is flagged for the evaluator's review. */
    public record Scrubbed(String text, Review review) {}

    /**
     * Scrubs an open answer and flags it for review where it may still name someone in a way no
     * rule can know ({@link ReviewFlags}); the tally counts the flags too.
     */
    public Scrubbed scrubForReview(String text, Tally tally) {
        List<Hit> hits = find(text);
        Review review = ReviewFlags.review(text, hits, everydayFirstNames);
        if (review != Review.NONE) tally.flags.merge(review, 1L, Long::sum);
        return new Scrubbed(replaced(text, hits, tally), review);
    }

    private static String replaced(String text, List<Hit> hits, Tally tally) {
        if (hits.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (Hit hit : hits) {
            out.append(text, last, hit.start()).append(hit.kind().marker);
            tally.add(hit.kind());
            last = hit.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /**
     * Whether an answer, scrubbed, may still name someone in a way no rule can know (a name not
     * on the roster, a nickname, a place, initials), for the evaluator to review: {@link ReviewFlags}.
     */
    public boolean needsReview(String text) {
        return review(text) != Review.NONE;
    }

    /** How urgently an answer should be read before it is shared: {@link ReviewFlags}. */
    public Review review(String text) {
        return ReviewFlags.review(text, find(text), everydayFirstNames);
    }

    /** For a text whose replacements are not counted (a label on a screen). */
    public String scrub(String text) {
        return scrub(text, new Tally());
    }

    /** NHS numbers: 10 digits, the last a modulus-11 check of the first nine with weights 10..2. */
    public static boolean isNhsNumber(String digits) {
        return Numbers.isNhsNumber(digits);
    }

    private static boolean needsDigit(Kind kind) {
        return switch (kind) {
            // DATE runs on every text: a date can be all words ("fourteenth of March nineteen eighty-six").
            case NETWORK, BANK, NHS_NUMBER, PHONE, NI_NUMBER, ID_NUMBER, POSTCODE, VEHICLE, REFERENCE -> true;
            default -> false;
        };
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) return true;
        }
        return false;
    }

    /** A span that takes in part of another kind's identifier is not this kind's. */
    private static boolean isMasked(char[] work, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            if (work[i] == Finder.MASK) return true;
        }
        return false;
    }
}
