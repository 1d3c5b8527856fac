package org.rpgkiosk.scrub;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a word stands where a name does, read from the words around it ({@link RosterNames}
 * asks): after a title or a greeting, before "said", as the subject of a verb, and where any word
 * has a capital anyway (a sentence's start, shouted words, a month after "in"). Words are given
 * as [start, end) spans of the text.
 */
final class NamePositions {
    private NamePositions() {}

    static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "thanks", "cheers", "dear", "morning",
            "evening", "bye");
    static final Set<String> SPOKE = Set.of("said", "says", "told", "tells", "asked", "asks", "replied");

    /**
     * Where a name stands, whatever its case: after a title ("Dr hope"), after a greeting
     * ("thanks grace"), or before "said" and the like ("precious said").
     */
    static boolean whereANameStands(String text, List<int[]> at, int i) {
        if (i > 0) {
            int[] before = at.get(i - 1);
            String word = text.substring(before[0], before[1]).toLowerCase(Locale.ROOT);
            boolean close = RosterNames.onlyJoiners(text, before[1], at.get(i)[0])
                    || text.substring(before[1], at.get(i)[0]).equals(", ");
            if (close && (RosterNames.TITLES.contains(word) || GREETINGS.contains(word))) return true;
        }
        if (i + 1 < at.size()) {
            int[] next = at.get(i + 1);
            if (next[0] == at.get(i)[1] + 1 && text.charAt(at.get(i)[1]) == ' '
                    && SPOKE.contains(text.substring(next[0], next[1]))) return true;
        }
        return false;
    }

    /** Words before a noun: after them "hope was" is the word's ("my hope was", "the joy is"). */
    static final Set<String> BEFORE_A_NOUN = Set.of("a", "an", "the", "my", "your", "his", "her", "our",
            "their", "its", "this", "that", "some", "any", "no", "much", "more", "less", "real", "great", "little",
            "of", "with", "for", "in", "such", "what", "and", "or", "but", "new", "false", "only", "all", "every");

    static String word(String text, List<int[]> at, int j) {
        return text.substring(at.get(j)[0], at.get(j)[1]);
    }

    static final Set<String> BEFORE_A_MONTH = Set.of("in", "since", "until", "till", "by", "last", "next",
            "this", "that", "of", "early", "late", "mid", "from", "during", "before", "after", "every", "each",
            "throughout", "over", "through", "end", "start", "beginning", "the", "to", "on");

    /**
     * A capitalised everyday word is a name here unless any word would be capitalised here, or
     * it is a month or season used as one. A possessive ("Will's") is always the name.
     */
    static boolean namedHere(String text, List<int[]> at, int i, String lower) {
        int[] w = at.get(i);
        if (w[1] + 1 < text.length() && text.charAt(w[1]) == '\'' && (text.charAt(w[1] + 1) == 's'
                || text.charAt(w[1] + 1) == 'S')) return true;
        if (subjectOfVerb(text, at, i) && !(EverydayWords.CALENDAR.contains(lower) && i > 0
                && BEFORE_A_MONTH.contains(text.substring(at.get(i - 1)[0], at.get(i - 1)[1]).toLowerCase(Locale.ROOT)))) {
            return true;   // "Will said", "Precious was", "In 2024 May joined": a person doing something
        }
        if (atSentenceStart(text, w[0])) return false;
        if (allCaps(text, w) && (i > 0 && allCaps(text, at.get(i - 1)) || i + 1 < at.size() && allCaps(text, at.get(i + 1)))) {
            return false;
        }
        if (EverydayWords.CALENDAR.contains(lower)) {
            boolean numberNext = i + 1 < at.size() && Character.isDigit(text.charAt(at.get(i + 1)[0]));
            boolean numberBefore = i > 0 && Character.isDigit(text.charAt(at.get(i - 1)[0]));
            String before = i > 0 ? text.substring(at.get(i - 1)[0], at.get(i - 1)[1]).toLowerCase(Locale.ROOT) : "";
            if (numberNext || numberBefore || BEFORE_A_MONTH.contains(before)) return false;
        }
        return true;
    }

    /** Words that, after a capitalised word, make it the subject of a sentence: a person's name. */
    static final Set<String> VERB_AFTER = Set.of("said", "says", "was", "is", "has", "had", "and", "told",
            "tells", "asks", "came", "comes", "did", "does", "felt", "feels", "made", "makes", "kept", "keeps",
            "took", "takes", "went", "goes", "gave", "gives", "thinks", "thought", "left", "leaves", "ran", "runs",
            "brought", "knows", "knew", "got", "gets", "spoke", "speaks", "wrote", "writes", "sat", "saw", "sees",
            "seems", "would", "could", "should", "never", "always", "just", "also", "really", "who", "herself",
            "himself", "isn't", "wasn't", "hasn't", "didn't", "doesn't");

    /** The next word, lower case and straight after a space, is a verb or ends in "-ed". */
    static boolean subjectOfVerb(String text, List<int[]> at, int i) {
        if (i + 1 >= at.size()) return false;
        int[] w = at.get(i);
        int[] next = at.get(i + 1);
        if (next[0] != w[1] + 1 || text.charAt(w[1]) != ' ' || !Character.isLowerCase(text.charAt(next[0]))) {
            return false;
        }
        String verb = text.substring(next[0], next[1]);
        if (next[1] + 2 < text.length() && text.charAt(next[1]) == '\'' && text.charAt(next[1] + 1) == 't') {
            verb = text.substring(next[0], next[1] + 2);
        }
        return VERB_AFTER.contains(verb) || verb.length() > 4 && verb.endsWith("ed");
    }

    /** Only spaces, quotes, brackets or a bullet since the text's start or a sentence's end. */
    static boolean atSentenceStart(String text, int start) {
        for (int j = start - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') return true;
            if (" \"'([{*-•>".indexOf(c) < 0) return false;
        }
        return true;
    }

    /** Two letters or more, none lower case. */
    static boolean allCaps(String text, int[] w) {
        if (w[1] - w[0] < 2) return false;
        for (int j = w[0]; j < w[1]; j++) {
            if (Character.isLowerCase(text.charAt(j))) return false;
        }
        return true;
    }
}
