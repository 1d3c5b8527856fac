package org.rpgkiosk.scrub;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rpgkiosk.scrub.WelshMutations.Mutation;

/**
 * The roster's names, and the ways people type them, found word by word in the {@link Folded}
 * text (accents, apostrophes and dashes already folded, so "Siân" finds "Sian"). A hash lookup
 * per word, not a regular expression: a roster of hundreds, with every variant below, would be
 * thousands of alternatives tried at every word of a million-answer export.
 *
 * <p>Each name is cut into words at spaces and each word into parts at apostrophes and hyphens
 * ("Mary-Jane O'Sullivan": mary, jane, o, sullivan). What is matched, each as a whole word:
 * <ul>
 *   <li>the full name and every word of it with its parts joined by nothing, a space, an
 *       apostrophe, a dot or a hyphen: "O'Sullivan", "OSullivan", "O Sullivan", "Maryjane",
 *       "Mary Jane", "Mary-Jane", "Mary-Jane O'Sullivan";</li>
 *   <li>every part of two letters or more, except titles (Dr, Mrs) and particles (ap, van, de),
 *       which go only with the word after them ("ap Rhys");</li>
 *   <li>the Welsh soft, nasal and aspirate mutations of each part ("i Ddafydd", "fy Nafydd",
 *       "a Lŷr"), and an "h" before a part that starts with a vowel ("ei Haled"), when
 *       capitalised and after a word that causes that mutation ({@link WelshMutations});</li>
 *   <li>an initial or a title just before a match goes with it ("T. Wisniewski", "Dr Patel").</li>
 * </ul>
 * Parts that are also everyday English words ("Will", "May", "Rose", "Grant", "Smith":
 * {@link EverydayWords}) are matched only when written with a capital, and not where any word
 * is capitalised: a sentence's start ("Will there be more?", "Hope this helps"), among
 * shouted words ("WILL THERE BE"), or a month after "in", "last", a number ("In May").
 * Redacting those would make the answers unreadable, and a corpus of ordinary answers showed
 * it. Yet a capital word followed by a verb ("Will said", "Precious was", "Rose and I") is a
 * person wherever it stands: the price is the odd "Hope is in short supply" replaced. What
 * survives: such a name in lower case, or alone at a sentence's start before anything but a
 * verb ("Will, can you..."); with its surname, as a possessive ("Will's"), or mid-sentence it goes.
 */
final class RosterNames implements Finder {
    /** Titles are not names: "Dr" alone must not be taken for one. */
    static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "rev");

    /** Particles join a name but are no name alone ("Siân ap Rhys": "ap" stays in "ap y tîm"). */
    static final Set<String> PARTICLES = Set.of("ap", "ab", "ferch", "verch", "van", "von", "de", "del", "der",
            "den", "da", "di", "du", "la", "le", "el", "al", "bin", "ben", "binti", "bint", "mac", "mc", "st",
            "an", "dos", "das", "do", "y", "o", "ó", "ni", "nic", "ua", "bat");

    /** An initial or a title just before a name: "T. Wisniewski", "Dr Patel", "Mrs. O'Neill". */
    private static final Pattern INITIAL_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\p{Lu}|(?i:dr|mr|mrs|ms|miss|mx|prof|sir|dame|rev))(?:\\.\\s*|\\s+)$");

    /** How a word that is a name must be written to count: any case, or with a capital. */
    private record Form(boolean capitalisedOnly) {}

    /** Every single word that is a name: a part, a part's mutation, or a name's parts run together. */
    private final Map<String, Form> words = new HashMap<>();
    /** Welsh mutated forms of parts, with the mutations that make them. */
    private final Map<String, Set<Mutation>> mutations = new HashMap<>();
    /** Names of more than one part, by their first part, longest first: matched word by word. */
    private final Map<String, List<List<String>>> phrases = new HashMap<>();
    /** First names that are everyday words ("hope", "will"): left in lower case, the answer is flagged. */
    private final Set<String> everydayFirstNames = new HashSet<>();

    RosterNames(Collection<String> names) {
        Set<String> anyCase = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) continue;
            addName(Folded.of(name.strip()).text, anyCase);
        }
        // A form that is an everyday word or a mutation for one name but a plain part of
        // another (a Geri beside a Ceri) is that other person's name in any case.
        for (String w : anyCase) words.put(w, new Form(false));
        phrases.values().forEach(list -> list.sort(Comparator.comparingInt(List<String>::size).reversed()));
    }

    private void addName(String name, Set<String> anyCase) {
        List<List<String>> nameWords = new ArrayList<>();
        for (String word : name.replace('.', ' ').split("\\s+")) {
            List<String> parts = new ArrayList<>();
            for (String part : word.split("[^\\p{L}]+")) {
                if (!part.isEmpty()) parts.add(part.toLowerCase(Locale.ROOT));
            }
            if (!parts.isEmpty() && !(parts.size() == 1 && TITLES.contains(parts.get(0)))) nameWords.add(parts);
        }
        List<String> everyPart = nameWords.stream().flatMap(List::stream).toList();
        if (!nameWords.isEmpty()) {
            for (String part : nameWords.get(0)) {
                if (part.length() > 1 && EverydayWords.contains(part)) everydayFirstNames.add(part);
            }
        }
        if (everyPart.size() > 1) addPhrase(everyPart, anyCase);
        for (int k = 0; k + 1 < nameWords.size(); k++) {
            // "ap Rhys", "O Briain", "van Dijk": a particle goes with the word after it.
            List<String> word = nameWords.get(k);
            if (word.size() == 1 && (PARTICLES.contains(word.get(0)) || word.get(0).length() == 1)) {
                List<String> pair = new ArrayList<>(word);
                pair.addAll(nameWords.get(k + 1));
                addPhrase(pair, anyCase);
            }
        }
        for (List<String> parts : nameWords) {
            if (parts.size() > 1) addPhrase(parts, anyCase);
            for (String part : parts) addPart(part, anyCase);
        }
    }

    /** "Mary-Jane": as the words mary + jane, and as the one word maryjane. */
    private void addPhrase(List<String> parts, Set<String> anyCase) {
        List<List<String>> list = phrases.computeIfAbsent(parts.get(0), k -> new ArrayList<>());
        if (!list.contains(parts)) list.add(List.copyOf(parts));
        anyCase.add(String.join("", parts));
    }

    private void addPart(String part, Set<String> anyCase) {
        if (part.codePointCount(0, part.length()) < 2 || TITLES.contains(part) || PARTICLES.contains(part)) return;
        if (EverydayWords.contains(part)) {
            words.putIfAbsent(part, new Form(true));
        } else {
            anyCase.add(part);
        }
        for (WelshMutations.Form mutated : WelshMutations.of(part)) {
            if (mutated.text().length() >= 3) {
                mutations.computeIfAbsent(mutated.text(), k -> EnumSet.noneOf(Mutation.class)).add(mutated.mutation());
            }
        }
    }

    /** Lower-case first names of the roster that are also everyday words: for {@link ReviewFlags}. */
    Set<String> everydayFirstNames() {
        return Set.copyOf(everydayFirstNames);
    }

    @Override
    public void find(String text, List<int[]> spans) {
        if (words.isEmpty()) return;
        List<int[]> at = wordsOf(text);
        for (int i = 0; i < at.size(); i++) {
            int[] w = at.get(i);
            String lower = text.subSequence(w[0], w[1]).toString().toLowerCase(Locale.ROOT);
            int last = phraseEnd(text, at, i, lower);
            int end;
            if (last > i) {
                end = at.get(last)[1];
            } else if (brokenOverALine(text, at, i, lower)) {
                last = i + 1;
                end = at.get(last)[1];
            } else {
                Form form = words.get(lower);
                boolean capital = Character.isUpperCase(text.charAt(w[0]));
                boolean name = form != null ? !form.capitalisedOnly() || capital && NamePositions.namedHere(text, at, i, lower)
                        || NamePositions.whereANameStands(text, at, i) || besideAName(text, at, i)
                        : capital && mutatedAfterTrigger(text, at, i, lower) || handle(lower);
                if (!name) continue;
                end = w[1];
                last = i;
            }
            int start = withInitial(text, w[0]);
            int[] previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (previous != null && previous[1] <= start && onlyJoiners(text, previous[1], start)) {
                previous[1] = end;   // "Siobhan ONeill": one person, one marker
            } else {
                spans.add(new int[] {start, end});
            }
            i = last;
        }
    }

    /**
     * "Cer" + a line break + "ys": a name typed across a line, its two halves two words. Joined,
     * they are a name that needs no capital, or one with a capital.
     */
    private boolean brokenOverALine(String text, List<int[]> at, int i, String lower) {
        if (i + 1 >= at.size()) return false;
        int[] w = at.get(i);
        int[] next = at.get(i + 1);
        if (next[0] != w[1] + 1 || text.charAt(w[1]) != '\n') return false;
        String joined = lower + text.substring(next[0], next[1]).toLowerCase(Locale.ROOT);
        Form form = words.get(joined);
        return form != null && (!form.capitalisedOnly() || Character.isUpperCase(text.charAt(w[0])));
    }

    /**
     * A handle or address part built from a name ("hope_g_sw", "hughes88"): a word with an
     * underscore or digits in it, one of whose runs of letters is a part of a roster name.
     */
    private boolean handle(String lower) {
        boolean joined = false;
        for (int j = 0; j < lower.length() && !joined; j++) {
            char c = lower.charAt(j);
            joined = c == '_' || Character.isDigit(c);
        }
        if (!joined) return false;
        for (String run : lower.split("[^\\p{L}]+")) {
            if (run.length() >= 3 && words.containsKey(run)) return true;
        }
        return false;
    }

    /**
     * Beside another name ("precious and Ray", "Ray and precious"), or the subject of "was" or
     * "is" with no article or preposition before it ("so hope was not there"): a person, whatever
     * the case.
     */
    private boolean besideAName(String text, List<int[]> at, int i) {
        // "a joy, and Tom agreed": an article before, or a comma between, and it is the word.
        String before = i > 0 ? NamePositions.word(text, at, i - 1).toLowerCase(Locale.ROOT) : "";
        boolean bare = !NamePositions.BEFORE_A_NOUN.contains(before);
        if (!ARTICLES.contains(before) && i + 2 < at.size() && spaced(text, at, i, i + 2)
                && "and".equals(NamePositions.word(text, at, i + 1))
                && nameAt(text, at, i + 2)) return true;
        if (i >= 2 && spaced(text, at, i - 2, i) && "and".equals(NamePositions.word(text, at, i - 1))
                && nameAt(text, at, i - 2)) return true;
        if (bare && i + 1 < at.size() && spaced(text, at, i, i + 1)) {
            String next = NamePositions.word(text, at, i + 1);
            return next.equals("was") || next.equals("is") || next.equals("wasn") || next.equals("isn");
        }
        return false;
    }

    /** Words after which a word is a thing, not a person: "a joy and Tom", "the hope and Ray". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "my", "your", "his", "her", "our", "their",
            "its", "this", "that", "some", "any", "no", "such", "what", "much", "more", "real", "great", "little");

    /** Words {@code from} to {@code to} one space apart, nothing else between them. */
    private static boolean spaced(String text, List<int[]> at, int from, int to) {
        for (int j = from; j < to; j++) {
            if (at.get(j + 1)[0] != at.get(j)[1] + 1 || text.charAt(at.get(j)[1]) != ' ') return false;
        }
        return true;
    }

    /** A word that is a roster name as written: any case for a name part, a capital for an everyday one. */
    private boolean nameAt(String text, List<int[]> at, int j) {
        Form form = words.get(NamePositions.word(text, at, j).toLowerCase(Locale.ROOT));
        return form != null && (!form.capitalisedOnly() || Character.isUpperCase(text.charAt(at.get(j)[0])));
    }

    /** "i Ddafydd": a mutated form of a name, after a word that causes that mutation. */
    private boolean mutatedAfterTrigger(String text, List<int[]> at, int i, String lower) {
        Set<Mutation> kinds = mutations.get(lower);
        if (kinds == null || i == 0) return false;
        int[] before = at.get(i - 1);
        for (int j = before[1]; j < at.get(i)[0]; j++) {
            if (text.charAt(j) != ' ') return false;
        }
        String trigger = text.substring(before[0], before[1]).toLowerCase(Locale.ROOT);
        return kinds.stream().anyMatch(k -> k.after.contains(trigger));
    }

    /** The index of the last word of the longest phrase starting at word i, or i. */
    private int phraseEnd(String text, List<int[]> at, int i, String first) {
        List<List<String>> candidates = phrases.get(first);
        if (candidates == null) return i;
        for (List<String> parts : candidates) {
            if (i + parts.size() > at.size()) continue;
            boolean match = true;
            for (int k = 1; k < parts.size() && match; k++) {
                int[] prev = at.get(i + k - 1);
                int[] w = at.get(i + k);
                match = onlyJoiners(text, prev[1], w[0])
                        && text.subSequence(w[0], w[1]).toString().toLowerCase(Locale.ROOT).equals(parts.get(k));
            }
            if (match) return i + parts.size() - 1;
        }
        return i;
    }

    /** Between two parts of a name as typed: spaces, apostrophes, dots or hyphens, nothing else. */
    static boolean onlyJoiners(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c != ' ' && c != '\'' && c != '.' && c != '-') return false;
        }
        return true;
    }

    /** "T. Wisniewski", "Dr Patel": an initial or a title just before a name goes with it. */
    private static int withInitial(String text, int start) {
        Matcher m = INITIAL_BEFORE.matcher(text).region(Math.max(0, start - 8), start).useTransparentBounds(true);
        return m.find() ? m.start() : start;
    }

    /** Runs of letters, digits and underscores: only a whole run can be a name. */
    private static List<int[]> wordsOf(String text) {
        List<int[]> at = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) i++;
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) i++;
            if (i > start) at.add(new int[] {start, i});
        }
        return at;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.isSurrogate(c);
    }
}
