package org.rpgkiosk.scrub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no rule can know, pointed out: whether an answer, once scrubbed, still holds a word that
 * may be a person or a place, so the evaluator's review can start from those answers (issue 34).
 * Nothing is replaced here, and which word it was is not kept: the export counts the answers.
 * An answer is flagged for
 * <ul>
 *   <li>a word after a cue that names someone ("called Tyler", "named", "aged 7", "my manager
 *       Bazza", "known as", a title);</li>
 *   <li>a capitalised word that is not at a sentence's start and is no everyday English word
 *       ({@link EverydayWords}): a name not on the roster, a nickname, a place;</li>
 *   <li>a run of initials ("J.B.").</li>
 * </ul>
 * Weekdays, months, acronyms (TMs, ICPCs) and words English capitalises anyway (I, English,
 * Christmas) are not flags.
 * <p>A roster first name that is an everyday word ("will", "hope", "precious"), left in place
 * because it stands where the word stands, flags the answer at a lower level of its own
 * ({@link Scrubber.Review#ROSTER_WORD}): on a roster with many such names it flags one ordinary
 * answer in five, far too many to read first, yet it is the only trace of "we asked precious to
 * lead" the evaluator gets. The review reads level 1 first, then level 2 where the roster holds
 * such names.
 */
final class ReviewFlags {
    private ReviewFlags() {}

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Pattern INITIALS = Pattern.compile("(?<!\\p{L})(?:\\p{Lu}\\.\\s?){2,}");
    private static final Set<String> CUES = Set.of("called", "named", "nicknamed", "aged", "dr", "mr", "mrs", "ms",
            "miss", "mx", "prof", "as");
    private static final Set<String> CAPITALISED_ANYWAY = Set.of("i", "i'm", "i've", "i'd", "i'll", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "english", "welsh", "scottish",
            "irish", "british", "european", "christmas", "easter", "eid", "diwali", "ramadan", "covid", "god", "ok",
            "rpg", "rpgs", "nhs", "mash", "cafcass", "ofsted", "teams", "zoom", "dbs", "uk", "internet");

    /**
     * @param text               the answer as typed
     * @param hits               what the scrubber replaces in it (not flagged again)
     * @param everydayFirstNames roster first names that are everyday words, lower case
     */
    static Scrubber.Review review(String text, List<Scrubber.Hit> hits, Set<String> everydayFirstNames) {
        if (text == null || text.isBlank()) return Scrubber.Review.NONE;
        char[] left = text.toCharArray();
        for (Scrubber.Hit h : hits) {
            for (int i = h.start(); i < h.end(); i++) left[i] = ' ';
        }
        String rest = new String(left);
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(rest);
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        if (mayName(rest, words)) return Scrubber.Review.NAME_LIKE;
        for (int[] w : words) {
            if (everydayFirstNames.contains(rest.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
                return Scrubber.Review.ROSTER_WORD;
            }
        }
        return Scrubber.Review.NONE;
    }

    private static boolean mayName(String rest, List<int[]> words) {
        if (INITIALS.matcher(rest).find()) return true;
        boolean english = englishShare(rest, words) >= 0.6;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = rest.substring(w[0], w[1]);
            String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            // "called Tyler", "called bazza", but not "called out": after a cue, a word with a capital or none in the list.
            if (i > 0 && cue(rest, words.get(i - 1), w) && (Character.isUpperCase(word.charAt(0)) || !everyday(lower))) {
                return true;
            }
            // At a sentence's start every word has a capital, so there only the English word list
            // tells, and only in an answer written in English (a Welsh one's every first word is
            // not on it).
            if (word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !acronym(word)
                    && !CAPITALISED_ANYWAY.contains(lower) && !everyday(lower)
                    && (english || !sentenceStart(rest, w[0]))) return true;
        }
        return numberAfterAged(rest);
    }

    /** "called Tyler", "my manager Bazza", "known as Bumble": a word straight after a cue. */
    private static boolean cue(String text, int[] before, int[] w) {
        String cue = text.substring(before[0], before[1]).toLowerCase(Locale.ROOT);
        String between = text.substring(before[1], w[0]);
        if (!between.equals(" ") && !between.equals(". ")) return false;
        if (cue.equals("as")) return before[0] >= 6 && text.substring(before[0] - 6, before[0]).equalsIgnoreCase("known ");
        if (cue.equals("manager")) return before[0] >= 3 && text.substring(before[0] - 3, before[0]).equalsIgnoreCase("my ");
        return CUES.contains(cue) && !cue.equals("aged");
    }

    /** "a boy aged 7": an age after "aged". */
    private static boolean numberAfterAged(String text) {
        return Pattern.compile("(?i)(?<!\\p{L})aged\\s+\\d").matcher(text).find();
    }

    /** The share of an answer's lower-case words that are everyday English ones. */
    private static double englishShare(String text, List<int[]> words) {
        int lowerCase = 0;
        int english = 0;
        for (int[] w : words) {
            if (w[1] - w[0] < 2 || !Character.isLowerCase(text.charAt(w[0]))) continue;
            lowerCase++;
            if (everyday(text.substring(w[0], w[1]).replace('’', '\''))) english++;
        }
        return lowerCase == 0 ? 1 : (double) english / lowerCase;
    }

    private static final Pattern CONTRACTION = Pattern.compile("(?:'(?:ve|re|ll|d|m|s)|n't)$");

    /** An everyday word, or its possessive, plural or contraction ("Council's", "Caseloads", "We've"). */
    private static boolean everyday(String lower) {
        if (EverydayWords.contains(lower)) return true;
        String bare = CONTRACTION.matcher(lower).replaceFirst("");
        if (!bare.equals(lower) && (EverydayWords.contains(bare) || CAPITALISED_ANYWAY.contains(bare))) return true;
        if (lower.endsWith("'s")) return EverydayWords.contains(lower.substring(0, lower.length() - 2));
        return lower.endsWith("s") && EverydayWords.contains(lower.substring(0, lower.length() - 1));
    }

    /** Capitals throughout, or with a plural s: "TM", "TMs", "ICPCs". */
    private static boolean acronym(String word) {
        int end = word.endsWith("s") ? word.length() - 1 : word.length();
        if (end < 2) return false;
        for (int i = 0; i < end; i++) {
            if (!Character.isUpperCase(word.charAt(i))) return false;
        }
        return true;
    }

    /** Only spaces, quotes or brackets since the text's start or a sentence's end. */
    private static boolean sentenceStart(String text, int start) {
        for (int j = start - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == ';') return true;
            if (" \"'([{*-•>‘“".indexOf(c) < 0) return false;
        }
        return true;
    }
}
