package org.rpgkiosk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CellsTest {
    @Test
    void everyCharacterIsShownAsItselfASpaceThePlaceholderOrNothingAndLanternaCanDrawIt() {
        for (int cp = 0; cp <= 0x10FFFF; cp = cp < 0xFFFF ? cp + 1 : cp + 61) {   // the BMP, and samples beyond
            String one = new String(Character.toChars(cp));
            String shown = Cells.line(one);
            assertTrue(!Normalizer.isNormalized(one, Normalizer.Form.NFC) || shown.isEmpty() || shown.equals(one)
                    || shown.equals(" ") || shown.equals("\uFFFD"), Integer.toHexString(cp));
            for (char c : shown.toCharArray()) TextCharacter.fromCharacter(c);   // throws on a control character
            assertEquals(TerminalTextUtils.getColumnWidth(shown), Cells.width(shown), Integer.toHexString(cp));
            assertEquals(shown, Cells.line(shown), "shown once is shown");
        }
    }

    @Test
    void controlInvisibleAndDirectionCharactersBecomeThePlaceholderAndMarksCompose() {
        assertEquals("a\uFFFD[2Jb\uFFFDc\uFFFDd\uFFFDe", Cells.line("a\u001B[2Jb\u200Bc\u202Ed\u009Be"));
        assertEquals("caf\u00E9 x", Cells.line("cafe\u0301 x\u0301\u0302"));
        assertEquals("tab here\uFFFDnext", Cells.line("tab\there\nnext"));
        assertEquals("one\ntwo\n\uFFFDthree", Cells.text("one\r\ntwo\r\u000Cthree"));
        assertEquals("\uFFFD and \uFFFD", Cells.line("\uD83D\uDE00 and \u2615"), "emoji Lanterna would mis-measure");
        assertEquals("", Cells.line(null));
    }

    @Test
    void wideCharactersTakeTwoCellsWhenMeasuredCutAndPadded() {
        assertEquals(7, Cells.width("反思a x"));
        assertEquals("反思...", Cells.cut("反思实践小组", 8, "..."));
        assertEquals("反思..", Cells.cut("反思实践小组", 7, ".."));
        assertEquals("反思  |", Cells.pad("反思", 6) + "|");
        assertEquals("abc", Cells.cut("abc", 3, "…"));
        assertEquals("ab…", Cells.cut("abcd", 3, "…"));
    }

    @Test
    void aStreamKeepsItsLinesTabsEmojiAndMarksButNoControl() {
        StringBuilder out = new StringBuilder();
        for (char c : "a\u001B[2J\tb\n\u0007\u009B\u202E\u200B\u00E9e\u0301\uD83D\uDE00\r".toCharArray()) {
            out.append(Cells.inStream(c));
        }
        assertEquals("a\uFFFD[2J\tb\n\uFFFD\uFFFD\uFFFD\uFFFD\u00E9e\u0301\uD83D\uDE00\uFFFD", out.toString());
    }

    @Test
    void theRuleNamesTheFirstCharacterRefusedAndTakesWhatTheFormatCallsWhitespace() {
        assertEquals(Optional.of("U+001B ESCAPE at column 3 is a control character: remove it"),
                TextRule.problem("ab\u001B[2J", ""));
        assertEquals(Optional.of("U+0009 CHARACTER TABULATION at column 2 is a control character: remove it"),
                TextRule.problem("a\tb", ""));
        assertEquals(Optional.empty(), TextRule.problem("a\tb", "\t"));
        assertEquals(Optional.empty(), TextRule.problem("Si\u00F4n, cafe\u0301, 反思, \uD83D\uDE00, \u2615", ""));
        for (String refused : List.of("\u0000", "\u007F", "\u0085", "\u009B", "\u00AD", "\u061C", "\u180E", "\u200B",
                "\u200C", "\u200D", "\u200E", "\u200F", "\u2028", "\u2029", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
                "\u2060", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\uFFF9", "\u3164", "\u115F", "\uD800", " \u0301")) {
            assertTrue(TextRule.problem("x" + refused, "\t\r\n").isPresent(), Integer.toHexString(refused.charAt(0)));
        }
        assertEquals(Optional.of("the title is 501 characters long; the most it can hold is 500"),
                TextRule.tooLong("the title", "t".repeat(501), 500));
        assertFalse(TextRule.tooLong("the title", "t".repeat(500), 500).isPresent());
        assertEquals("100 000", TextRule.number(100_000));
    }
}
