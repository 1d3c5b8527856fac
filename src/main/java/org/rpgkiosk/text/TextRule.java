package org.rpgkiosk.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What text from outside (a questionnaire or roster file, a command-line option) may hold, checked
 * where it is read so that nothing is stored that a terminal would obey or that hides or reorders
 * text on a screen. Refused: control characters (C0 but the whitespace a format takes, DEL, C1, the
 * line and paragraph separators), format characters (Unicode Cf: zero-width space and joiners,
 * direction marks, embeddings, overrides and isolates, a byte-order mark anywhere but a file's
 * start, the soft hyphen), the blank Hangul fillers, half a character (a lone surrogate) and a
 * combining mark that composes with no letter before it. Text is stored composed (NFC), so an
 * accent typed as a letter and a mark is kept, as one character.
 *
 * <p>Every other character is taken, emoji included; a screen shows one it cannot measure as
 * {@link Cells#PLACEHOLDER}.
 */
public final class TextRule {
    private TextRule() {}

    /** The form text is stored in (NFC). */
    public static String composed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Why the text cannot be taken, naming the character and its column ("U+000C FORM FEED (FF) at
     * column 7 is a control character: remove it"), or empty.
     *
     * @param whitespace the control characters the format takes as whitespace, e.g. "\t" in a line
     *                   of a questionnaire file; "" for an option
     */
    public static Optional<String> problem(String text, String whitespace) {
        String composed = composed(text);
        int column = 0;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            column++;
            String what = switch (CharacterKind.of(cp)) {
                case NARROW, WIDE, UNMEASURED -> null;
                case TAB, LINE_BREAK -> whitespace.indexOf(cp) >= 0 ? null : "a control character";
                case CONTROL -> "a control character";
                case INVISIBLE -> "an invisible formatting character (zero-width, joiner, text direction or byte-order mark)";
                case MARK -> "a combining mark that joins no letter before it";
                case BROKEN -> "half a character (a lone UTF-16 surrogate)";
            };
            if (what != null) return Optional.of(name(cp) + " at column " + column + " is " + what + ": remove it");
        }
        return Optional.empty();
    }

    /** "the title is 501 characters long; the most it can hold is 500", or empty when it fits its column. */
    public static Optional<String> tooLong(String what, String text, int most) {
        if (text.length() <= most) return Optional.empty();
        return Optional.of(what + " is " + number(text.length()) + " characters long; the most it can hold is " + number(most));
    }

    /** 100000 as "100 000", as the README writes numbers. */
    public static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    private static String name(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }
}
