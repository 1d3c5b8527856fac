package org.rpgkiosk.scrub;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms a name takes in Welsh after words such as "i", "a", "fy", "ei": the first letter
 * changes ("i Ddafydd", "fy Nafydd", "a Lŷr" for Llŷr, "ei Haled"). Staff in Wales write them,
 * and a scrubber that knows only "Dafydd" lets "Ddafydd" through.
 */
final class WelshMutations {
    private WelshMutations() {}

    /** Soft, nasal and aspirate mutations, and the h before a vowel, of a lower-case folded word. */
    static List<String> of(String word) {
        List<String> forms = new ArrayList<>();
        if (word.length() < 2) return forms;
        // Ch, ph, th, dd, ff and ng are letters of their own in Welsh and do not mutate.
        if (word.startsWith("ch") || word.startsWith("ph") || word.startsWith("th") || word.startsWith("dd")
                || word.startsWith("ff") || word.startsWith("ng")) return forms;
        String rest = word.substring(1);
        if (word.startsWith("ll")) {
            forms.add(word.substring(1));                 // soft: Llŷr -> Lŷr
        } else if (word.startsWith("rh")) {
            forms.add("r" + word.substring(2));           // soft: Rhys -> Rys
        } else {
            switch (word.charAt(0)) {
                case 'p' -> forms.addAll(List.of("b" + rest, "mh" + rest, "ph" + rest));
                case 't' -> forms.addAll(List.of("d" + rest, "nh" + rest, "th" + rest));
                case 'c' -> forms.addAll(List.of("g" + rest, "ngh" + rest, "ch" + rest));
                case 'b' -> forms.addAll(List.of("f" + rest, "m" + rest));
                case 'd' -> forms.addAll(List.of("dd" + rest, "n" + rest));
                case 'g' -> forms.addAll(List.of(rest, "ng" + rest));
                case 'm' -> forms.add("f" + rest);
                case 'a', 'e', 'i', 'o', 'u', 'w', 'y' -> forms.add("h" + word);
                default -> { }
            }
        }
        return forms;
    }
}
