package org.rpgkiosk.text;

import java.text.Normalizer;

/**
 * Any text, however it was stored, made safe for a grid of terminal cells: the kiosk's screens and
 * the tables printed to a terminal. Text is composed first (NFC), so "e" and a combining acute are
 * one "é"; then every character is drawn as itself only when the screen measures it as the terminal
 * draws it ({@link CharacterKind}). A tab becomes a space; a combining mark left over is dropped (it
 * has no cell); anything else (control, invisible and direction characters, emoji and other
 * characters Lanterna would mis-measure) becomes {@link #PLACEHOLDER}, one cell.
 *
 * <p>The placeholder is U+FFFD REPLACEMENT CHARACTER: it says a character stood there, unlike a
 * "?", which a statement may well hold; it is in the Basic Multilingual Plane, neither control nor
 * CJK, so Lanterna draws it in one cell as every terminal font does (the Linux console's too); and
 * it is what a terminal itself shows for bytes it cannot decode. Files and exports keep the text
 * as stored: only what is drawn goes through here.
 */
public final class Cells {
    public static final char PLACEHOLDER = '\uFFFD';

    private Cells() {}

    /** One line: every character drawn as itself or as the placeholder; line breaks too become placeholders. */
    public static String line(String text) {
        if (text == null) return "";
        if (plain(text)) return text;
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder shown = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            switch (CharacterKind.of(cp)) {
                case NARROW, WIDE -> shown.appendCodePoint(cp);
                case TAB -> shown.append(' ');
                case MARK -> { }
                default -> shown.append(PLACEHOLDER);
            }
        });
        return shown.toString();
    }

    /** Lines of text: CRLF, CR and LF each end a line, shown as "\n"; each line as {@link #line}. */
    public static String text(String text) {
        if (text == null) return "";
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) lines[i] = line(lines[i]);
        return String.join("\n", lines);
    }

    /** The cells a line takes on a screen. */
    public static int width(String text) {
        String shown = line(text);
        int width = 0;
        for (int i = 0; i < shown.length(); i++) width += CharacterKind.of(shown.charAt(i)) == CharacterKind.WIDE ? 2 : 1;
        return width;
    }

    /** The line in at most {@code width} cells, {@code mark} ("..." or "…", one cell a character) ending it where it was cut. */
    public static String cut(String text, int width, String mark) {
        String shown = line(text);
        if (width(shown) <= width) return shown;
        int room = width - mark.length();
        if (room < 0) return mark.substring(0, Math.max(0, width));
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < shown.length(); i++) {
            int w = CharacterKind.of(shown.charAt(i)) == CharacterKind.WIDE ? 2 : 1;
            if (used + w > room) break;
            cut.append(shown.charAt(i));
            used += w;
        }
        return cut + mark;
    }

    /** The line followed by spaces to fill {@code width} cells (a column of a table); a longer one is left as it is. */
    public static String pad(String text, int width) {
        String shown = line(text);
        return shown + " ".repeat(Math.max(0, width - width(shown)));
    }

    /** True when the screen draws the character as itself: what a key may type into a field. */
    public static boolean drawable(char c) {
        CharacterKind kind = CharacterKind.of(c);
        return kind == CharacterKind.NARROW || kind == CharacterKind.WIDE;
    }

    /**
     * Whether a participant's typed character is kept in their answer (stored as typed, drawn as
     * itself or as the placeholder): every one but the controls and the invisible formatting
     * characters, which would hide or reorder the text in every file it reaches (a right-to-left
     * override turns a sentence round in a spreadsheet). The two joiners stay: an emoji family
     * and Persian spelling need them. A line break is kept (Enter types one).
     */
    public static boolean typable(int cp) {
        return switch (CharacterKind.of(cp)) {
            case CONTROL -> false;
            case INVISIBLE -> cp == 0x200C || cp == 0x200D;
            default -> true;
        };
    }

    /**
     * One character on its way to a terminal in a stream of output (standard output and error): a
     * control, invisible or direction character, CR included, becomes the placeholder; tab and LF
     * stay. A stream is not laid out in cells, so emoji and combining marks pass, for the terminal
     * to draw. (A CR that ends a line before its LF is the stream's to keep: see the caller.)
     */
    public static char inStream(char c) {
        if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\t') return c;
        return switch (CharacterKind.of(c)) {
            case CONTROL, INVISIBLE, LINE_BREAK -> PLACEHOLDER;
            default -> c;
        };
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) return false;
        }
        return true;
    }
}
