package org.rpgkiosk.scrub;

import java.text.Normalizer;

/**
 * A text as the scrubber reads it, with a way back to the original. People type the same name
 * many ways (Siân, Sian, "Sia" + a combining circumflex, O’Neill, O'Neill, a surname broken over
 * a line with a hyphen), so the patterns match a folded copy and the replacements are made in
 * the original:
 * <ul>
 *   <li>compatibility forms and accents are folded (NFKD, combining marks dropped; ł, ø, ß, æ...
 *       spelled out), so Zoë, Zoe and ZOË read alike;</li>
 *   <li>every apostrophe and every dash is the plain one, every kind of space a space (a line
 *       break stays one);</li>
 *   <li>characters that show nothing (zero-width spaces and joiners, soft hyphens) are dropped;</li>
 *   <li>a Cyrillic or Greek letter that passes for a Latin one is that Latin letter ({@link LookAlikes}:
 *       "Niаmh" with a Cyrillic а is Niamh);</li>
 *   <li>a hyphen at the end of a line between two letters joins the word again.</li>
 * </ul>
 * Case is kept: the name rule needs it for names that are also everyday words.
 */
final class Folded {
    final String text;
    /** For each folded char, where its original starts and ends; null when nothing was changed. */
    private final int[] from;
    private final int[] to;

    private Folded(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** The original offset where folded position {@code i} starts. */
    int start(int i) {
        if (from == null) return i;
        return i < from.length ? from[i] : (from.length == 0 ? 0 : to[from.length - 1]);
    }

    /** The original offset where the folded span ending (exclusively) at {@code i} ends. */
    int end(int i) {
        if (to == null) return i;
        return i == 0 ? 0 : to[i - 1];
    }

    static Folded of(String original) {
        if (isPlain(original)) return new Folded(original, null, null);
        StringBuilder out = new StringBuilder(original.length());
        int[] from = new int[original.length() * 3 + 4];
        int[] to = new int[from.length];
        int n = 0;
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isDash(cp)) {
                int joined = lineBreakJoin(original, i, next, out);
                if (joined > 0) {   // the hyphen and the break vanish; the next letter carries on the word
                    i = joined;
                    continue;
                }
            }
            String folded = fold(cp);
            for (int k = 0; k < folded.length(); k++) {
                if (n == from.length) {
                    from = java.util.Arrays.copyOf(from, n * 2);
                    to = java.util.Arrays.copyOf(to, n * 2);
                }
                out.append(folded.charAt(k));
                from[n] = i;
                to[n] = next;
                n++;
            }
            i = next;
        }
        return new Folded(out.toString(), java.util.Arrays.copyOf(from, n), java.util.Arrays.copyOf(to, n));
    }

    /** Printable ASCII with no line break after a hyphen: most answers, and nothing to fold. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x7f || (c < 0x20 && c != ' ')) return false;
        }
        return true;
    }

    /**
     * After a letter, a dash followed by white space holding a line break and then a letter: the
     * offset of that letter, or -1.
     */
    private static int lineBreakJoin(String s, int dash, int after, StringBuilder folded) {
        if (folded.length() == 0 || !Character.isLetter(folded.charAt(folded.length() - 1))) return -1;
        boolean lineBreak = false;
        int j = after;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            if (s.charAt(j) == '\n' || s.charAt(j) == '\r') lineBreak = true;
            j++;
        }
        return lineBreak && j < s.length() && Character.isLetter(s.codePointAt(j)) ? j : -1;
    }

    private static boolean isDash(int cp) {
        return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D
                || cp == 0x00AD;
    }

    private static boolean isApostrophe(int cp) {
        return cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x02BC || cp == 0x02B9 || cp == 0x0060
                || cp == 0x00B4 || cp == 0x2032 || cp == 0xFF07;
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD
                || cp == 0x180E;
    }

    static String fold(int cp) {
        if (cp == '\n' || cp == '\r') return "\n";   // kept: a line starts a sentence, as a full stop does
        if (cp < 0x80) return cp == '\t' || cp == 0x0B || cp == 0x0C ? " " : String.valueOf((char) cp);
        if (isInvisible(cp)) return "";
        if (isApostrophe(cp)) return "'";
        if (isDash(cp)) return "-";
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return " ";
        String special = spelledOut(cp);
        if (special != null) return special;
        String latin = LookAlikes.latin(cp);
        if (latin != null) return latin;
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder s = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) continue;
            if (isApostrophe(c)) s.append('\'');
            else if (isDash(c)) s.append('-');
            else s.append(c);
        }
        return s.toString();
    }

    /** Letters that are not a base letter plus an accent, so NFKD leaves them alone. */
    private static String spelledOut(int cp) {
        return switch (cp) {
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'đ', 'ð' -> "d";
            case 'Đ', 'Ð' -> "D";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'Ħ' -> "H";
            case 'þ' -> "th";
            case 'Þ' -> "Th";
            default -> null;
        };
    }
}
