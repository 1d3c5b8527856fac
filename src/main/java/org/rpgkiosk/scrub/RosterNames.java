package org.rpgkiosk.scrub;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The roster's names as patterns for the {@link Scrubber}. Every name is split on spaces (and
 * a hyphenated part also into its halves); each part of two letters or more, titles (Dr, Mrs)
 * aside, is matched as a whole word, case-insensitively, and a full name as a phrase, so
 * "will smith" goes whole.
 *
 * <p>Parts that are also everyday English words ("Will", "May", "Rose", "Mark", "Brown", "Hall",
 * "van", ...: {@link #EVERYDAY_WORDS}) are matched only when written with a capital
 * ("May", "MAY"): redacting every "may" and "will" would make the answers unreadable. The price
 * is that such a name typed in lower case on its own survives, and a capitalised word at the
 * start of a sentence ("May I say") is replaced too; we prefer the second error to the first.
 */
final class RosterNames {
    static final Set<String> EVERYDAY_WORDS = Set.of(
            "will", "may", "rose", "mark", "bill", "grace", "hope", "joy", "faith", "dawn", "june", "april",
            "august", "summer", "autumn", "holly", "ivy", "iris", "daisy", "ruby", "amber", "pearl", "sky",
            "rob", "sue", "pat", "frank", "art", "guy", "jack", "jean", "bob", "nick", "ray", "dean", "chase",
            "hunter", "mason", "max", "sunny", "robin", "lily", "violet", "heather", "jade", "olive", "penny",
            "rich", "don", "sam", "drew", "miles", "gene", "carol", "victor", "earl", "rusty", "cliff",
            "brown", "white", "green", "black", "gray", "grey", "young", "hill", "wood", "king", "baker",
            "cook", "day", "hall", "long", "little", "best", "bell", "bird", "fox", "hunt", "lamb", "marsh",
            "moss", "park", "rice", "shaw", "snow", "stone", "swift", "wells", "west", "north", "south",
            "lane", "field", "ford", "price", "bush", "cross", "love", "bright", "sharp", "short", "strong",
            "head", "page", "ward", "close", "walker", "turner", "cooper", "carter", "fisher",
            "an", "de", "del", "der", "den", "van", "von", "da", "di", "du", "la", "le", "el", "al", "bin", "ben");

    /** Titles are not names: "Dr" alone must not be taken for one. */
    static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "rev");

    private static final String BEFORE = "(?<![\\p{L}\\p{N}_\\[])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_\\]])";

    private final List<Pattern> patterns = new ArrayList<>();

    RosterNames(Collection<String> names) {
        Set<String> anyCase = new LinkedHashSet<>();
        Set<String> capitalised = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) continue;
            List<String> parts = List.of(name.strip().replace(".", " ").split("\\s+"));
            if (parts.size() > 1) anyCase.add(String.join(" ", parts));
            for (String part : parts) {
                addPart(part, anyCase, capitalised);
                if (part.contains("-")) {
                    for (String half : part.split("-")) addPart(half, anyCase, capitalised);
                }
            }
        }
        if (!anyCase.isEmpty()) {
            patterns.add(Pattern.compile(BEFORE + alternation(anyCase) + AFTER,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        if (!capitalised.isEmpty()) {
            patterns.add(Pattern.compile(BEFORE + alternation(capitalised) + AFTER));
        }
    }

    private static void addPart(String part, Set<String> anyCase, Set<String> capitalised) {
        String p = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        String lower = p.toLowerCase(Locale.ROOT);
        if (p.codePointCount(0, p.length()) < 2 || TITLES.contains(lower)) return;
        if (EVERYDAY_WORDS.contains(lower)) {
            capitalised.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            capitalised.add(lower.toUpperCase(Locale.ROOT));
        } else {
            anyCase.add(p);
        }
    }

    /**
     * Longest first, so a full name wins over its own first name at the same place; grouped by
     * first letter ({@code (?:a(?:lice|nne)|b(?:...))}), because Java tries the alternatives of a
     * flat alternation one by one at every word: with a roster of hundreds of names that made
     * the name patterns a quarter of a million-answer export.
     */
    private static String alternation(Set<String> words) {
        Map<String, List<String>> byFirstLetter = new LinkedHashMap<>();
        words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .forEach(w -> {
                    int first = Character.charCount(w.codePointAt(0));
                    byFirstLetter.computeIfAbsent(w.substring(0, first), k -> new ArrayList<>()).add(w);
                });
        return byFirstLetter.values().stream().map(group -> {
            String head = group.get(0).substring(0, Character.charCount(group.get(0).codePointAt(0)));
            return Pattern.quote(head) + group.stream()
                    .map(w -> quoted(w.substring(head.length())))
                    .collect(Collectors.joining("|", "(?:", ")"));
        }).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** A literal, with any run of spaces inside a full name matching any run of white space. */
    private static String quoted(String literal) {
        return literal.isEmpty() ? "" : Pattern.quote(literal).replace(" ", "\\E\\s+\\Q");
    }

    /** Full names and ordinary parts first, then the capitalised-only everyday words. */
    List<Pattern> patterns() {
        return patterns;
    }
}
