package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerColumnsTest {
    @Test
    void answersGivenInterleavedComeBackGroupedByResponseInTheOrderGiven() {
        AnswerColumns table = new AnswerColumns();
        table.add(2, 10, (short) 4, null, false);
        table.add(0, 10, null, null, false);
        table.add(2, 11, (short) 1, null, false);
        table.add(0, 12, null, "an open answer", true);
        table.add(1, 12, null, "finished", false);
        table.groupByResponse(3);

        assertEquals(List.of("10:null:null", "12:null:an open answer"), rows(table, 0));
        assertEquals(List.of("12:null:finished"), rows(table, 1));
        assertEquals(List.of(true, false), List.of(table.draft(table.from(0) + 1), table.draft(table.from(1))));
        assertEquals(List.of("10:4:null", "11:1:null"), rows(table, 2));
    }

    @Test
    void growsPastItsFirstArrays() {
        AnswerColumns table = new AnswerColumns();
        for (int i = 0; i < 5000; i++) table.add(i % 7, i, (short) (1 + i % 4), null, i % 3 == 0);
        table.groupByResponse(7);
        int total = 0;
        for (int r = 0; r < 7; r++) {
            for (int i = table.from(r); i < table.to(r); i++) {
                assertEquals(r, table.itemId(i) % 7);
                assertEquals(1 + table.itemId(i) % 4, table.points(i).intValue());
                assertNull(table.text(i));
                total++;
            }
        }
        assertEquals(5000, total);
    }

    private static List<String> rows(AnswerColumns table, int r) {
        List<String> out = new ArrayList<>();
        for (int i = table.from(r); i < table.to(r); i++) {
            out.add(table.itemId(i) + ":" + table.points(i) + ":" + table.text(i));
        }
        return out;
    }
}
