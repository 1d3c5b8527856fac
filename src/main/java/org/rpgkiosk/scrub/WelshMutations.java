package org.rpgkiosk.scrub;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The forms a name takes in Welsh after words such as "i", "a", "fy", "ei": the first letter
 * changes ("i Ddafydd", "fy Nafydd", "a Lŷr" for Llŷr, "ei Haled"). Staff in Wales write them,
 * and a scrubber that knows only "Dafydd" lets "Ddafydd" through.
 *
 * <p>A mutated form is often an English word ("Race" from Grace, "Fair" from Mair, "Men" from
 * Ben), so it counts as a name only after a word that causes that mutation.
 */
final class WelshMutations {
    private WelshMutations() {}

    enum Mutation {
        SOFT(Set.of("i", "o", "a", "at", "am", "ar", "dan", "tan", "gan", "wrth", "heb", "hyd", "drwy", "trwy",
                "dros", "tros", "dy", "ei", "neu", "annwyl", "mor", "rhy", "pa", "dyma", "dyna", "efo", "gyda")),
        NASAL(Set.of("fy", "yn", "ym", "yng")),
        ASPIRATE(Set.of("a", "gyda", "tua", "na", "ei", "tri", "chwe", "efo")),
        H_BEFORE_VOWEL(Set.of("ei", "ein", "eu", "w"));

        /** The words (lower case, folded: "â" reads "a") after which the mutation happens. */
        final Set<String> after;

        Mutation(Set<String> after) {
            this.after = after;
        }
    }

    record Form(String text, Mutation mutation) {}

    /** Soft, nasal and aspirate mutations, and the h before a vowel, of a lower-case folded word. */
    static List<Form> of(String word) {
        List<Form> forms = new ArrayList<>();
        if (word.length() < 2) return forms;
        // Ch, ph, th, dd, ff and ng are letters of their own in Welsh and do not mutate.
        if (word.startsWith("ch") || word.startsWith("ph") || word.startsWith("th") || word.startsWith("dd")
                || word.startsWith("ff") || word.startsWith("ng")) return forms;
        String rest = word.substring(1);
        if (word.startsWith("ll")) {
            forms.add(new Form(word.substring(1), Mutation.SOFT));          // Llŷr -> Lŷr
        } else if (word.startsWith("rh")) {
            forms.add(new Form("r" + word.substring(2), Mutation.SOFT));    // Rhys -> Rys
        } else {
            switch (word.charAt(0)) {
                case 'p' -> add(forms, "b" + rest, "mh" + rest, "ph" + rest);
                case 't' -> add(forms, "d" + rest, "nh" + rest, "th" + rest);
                case 'c' -> add(forms, "g" + rest, "ngh" + rest, "ch" + rest);
                case 'b' -> add(forms, "f" + rest, "m" + rest, null);
                case 'd' -> add(forms, "dd" + rest, "n" + rest, null);
                case 'g' -> add(forms, rest, "ng" + rest, null);
                case 'm' -> add(forms, "f" + rest, null, null);
                case 'a', 'e', 'i', 'o', 'u', 'w', 'y' -> forms.add(new Form("h" + word, Mutation.H_BEFORE_VOWEL));
                default -> { }
            }
        }
        return forms;
    }

    private static void add(List<Form> forms, String soft, String nasal, String aspirate) {
        forms.add(new Form(soft, Mutation.SOFT));
        if (nasal != null) forms.add(new Form(nasal, Mutation.NASAL));
        if (aspirate != null) forms.add(new Form(aspirate, Mutation.ASPIRATE));
    }
}
