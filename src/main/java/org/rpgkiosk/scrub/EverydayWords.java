package org.rpgkiosk.scrub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * English words that are also names ("will", "grant", "precious", "smith", "hope"): a roster
 * name part that is one counts as a name only when written with a capital, and not where any
 * word would be capitalised (a sentence's start, a shouted line). The list is SCOWL's, as
 * Debian's wbritish ships it (resource everyday-words.txt, 63 500 lower-case words), with a
 * few words it lacks.
 */
final class EverydayWords {
    private EverydayWords() {}

    private static final Set<String> EXTRA = Set.of("grey", "sunny", "rusty", "sterling", "ben", "bin", "del");

    /** Months, seasons and a day that are names: "In May", "last June" are the calendar's. */
    static final Set<String> CALENDAR = Set.of("may", "june", "april", "august", "summer", "autumn", "winter",
            "spring", "sunday", "january", "march");

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    static boolean contains(String lowerCaseWord) {
        return EXTRA.contains(lowerCaseWord) || Holder.WORDS.contains(lowerCaseWord);
    }

    private static Set<String> load() {
        try (InputStream in = EverydayWords.class.getResourceAsStream("everyday-words.txt")) {
            if (in == null) throw new IllegalStateException("the everyday-word list is missing from the program");
            Set<String> words = new HashSet<>(100_000);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && line.charAt(0) != '#') words.add(line.strip());
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
