package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 32, defect 2: every character a terminal can send into an open answer is stored as
 * typed, or refused with a notice that names it. One character of every Unicode general
 * category (the first two of each, and the symbols the issue found dropped), typed as the
 * terminal sends it (one key per UTF-16 unit), between two letters, each in its own answer.
 */
class EveryCategoryTypedTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) kiosk.close();
    }

    /**
     * Refused: controls, formatting characters but the two joiners, and the blank Hangul fillers
     * (letters that draw as nothing). Everything else kept.
     */
    private static boolean refused(int cp) {
        int type = Character.getType(cp);
        return "\u115F\u1160\u3164\uFFA0".indexOf(cp) >= 0 || type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT && cp != 0x200C && cp != 0x200D;
    }

    private static List<Integer> samples() {
        Map<Integer, List<Integer>> byCategory = new TreeMap<>();
        for (int cp = 0x21; cp <= 0x10FFFF; cp++) {
            int type = Character.getType(cp);
            if (type == Character.SURROGATE) continue;
            if (cp == '\n' || cp == '\r' || cp == '\t') continue;   // Enter, Tab: keys of their own
            List<Integer> seen = byCategory.computeIfAbsent(type, t -> new ArrayList<>());
            if (seen.size() < 2) seen.add(cp);
        }
        List<Integer> all = new ArrayList<>();
        byCategory.values().forEach(all::addAll);
        all.addAll(List.of(0x2615, 0x26BD, 0x2764, 0xFE0F, 0x1F600, 0x202E, 0x200D, 0x00AD, 0x0085, 0x3164, 0xE000));
        return all;
    }

    @Test
    void everyCategoryIsStoredAsTypedOrRefusedWithANotice() throws Exception {
        kiosk = KioskHarness.atFirstStatement(dir);
        kiosk.throughStatements("s");
        assertTrue(kiosk.text().contains("Question 1 of"), kiosk.text());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int cp : samples()) {
            String typed = "X" + new String(Character.toChars(cp)) + "Y";
            for (char c : typed.toCharArray()) kiosk.type(new KeyStroke(c, false, false));
            boolean noticed = kiosk.text().contains(String.format("U+%04X", cp));
            kiosk.key(KeyType.Tab);                                    // done: stored as the answer
            String stored = kiosk.store.dsl().select(ANSWER.ANSWER_TEXT).from(ANSWER)
                    .where(ANSWER.ANSWER_TEXT.isNotNull()).orderBy(ANSWER.ITEM_ID).limit(1).fetchOne(ANSWER.ANSWER_TEXT);
            String expected = refused(cp) ? "XY" : typed;
            if (!expected.equals(stored) || refused(cp) != noticed) {
                wrong.add(String.format("U+%04X (%d): stored %s, notice %s", cp, Character.getType(cp),
                        stored == null ? "null" : stored.codePoints().mapToObj(x -> String.format("%04X", x)).toList(), noticed));
            }
            checked++;
            kiosk.key(KeyType.ReverseTab);                             // back to the question, to type the next
            for (int i = 0; i < 5; i++) kiosk.key(KeyType.Backspace);
        }
        assertTrue(checked > 55, "every category had a sample: " + checked);
        assertEquals(List.of(), wrong);
    }
}
