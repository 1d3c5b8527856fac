package org.rpgkiosk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.rpgkiosk.text.Cells;

/**
 * Left-aligned columns for the list commands, wide enough for their longest cell. Cells hold
 * stored text, so each is shown as a screen would show it ({@link Cells}) and measured in
 * terminal columns: a CJK name takes two a character, and the columns after it still line up.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    TextTable row(Object... cells) {
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) text[i] = cells[i] == null ? "-" : Cells.line(cells[i].toString());
        rows.add(text);
        return this;
    }

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) width[i] = Math.max(width[i], Cells.width(r[i]));
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? r[i] : Cells.pad(r[i], width[i]) + "  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
