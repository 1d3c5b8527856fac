package org.rpgkiosk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;

/**
 * The few ways a kiosk screen puts text on the terminal: a title bar, wrapped paragraphs, a
 * highlighted choice, a notice and the help line of keys at the bottom. Screens say what to
 * show; this says how it looks, the same everywhere.
 */
final class Painter {
    static final int MARGIN = 2;
    /** The smallest terminal every screen is laid out for. */
    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;
    private final TextGraphics g;
    private final TerminalSize size;

    Painter(TextGraphics g, TerminalSize size) {
        this.g = g;
        this.size = size;
    }

    int width() {
        return size.getColumns();
    }

    int height() {
        return size.getRows();
    }

    /** Rows available between the title bar and the notice line. */
    int lastContentRow() {
        return height() - 4;
    }

    int textWidth() {
        return width() - 2 * MARGIN;
    }

    boolean tooSmall() {
        return width() < MIN_COLUMNS || height() < MIN_ROWS;
    }

    /** Instead of a screen cut to pieces: a plain request, from the top left, to make the window larger. */
    void askToEnlarge() {
        String ask = "Please enlarge this window to at least " + MIN_COLUMNS + " x " + MIN_ROWS + ".\nIt is "
                + width() + " x " + height() + " now.";
        int row = 0;
        for (String line : wrap(ask, Math.max(1, width()))) {
            if (row < height()) g.putString(0, row++, line);
        }
    }

    void titleBar(String left, String right) {
        bar(0, left, right);
    }

    void helpLine(String keys) {
        bar(height() - 1, keys, "");
    }

    private void bar(int row, String left, String right) {
        g.setBackgroundColor(TextColor.ANSI.BLUE);
        g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
        g.putString(0, row, " ".repeat(width()));
        String r = fit(right, width() / 2);
        g.putString(1, row, fit(left, width() - r.length() - 3));
        g.putString(width() - r.length() - 1, row, r);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
    }

    void notice(String text) {
        if (text == null || text.isEmpty()) return;
        g.setForegroundColor(TextColor.ANSI.YELLOW_BRIGHT);
        g.enableModifiers(SGR.BOLD);
        g.putString(MARGIN, height() - 2, fit(text, textWidth()));
        g.disableModifiers(SGR.BOLD);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
    }

    /** Writes wrapped text from {@code row}, at most up to {@code lastRow}; returns the next free row. */
    int paragraph(int row, String text, int lastRow) {
        for (String line : wrap(text, textWidth())) {
            if (row > lastRow) break;
            g.putString(MARGIN, row++, line);
        }
        return row;
    }

    void line(int row, String text) {
        g.putString(MARGIN, row, fit(text, textWidth()));
    }

    /** A line of preformatted text (a report's table or chart) from the left edge, cut to the width. */
    void raw(int row, String text) {
        g.putString(0, row, fit(text, width()));
    }

    void bold(int row, String text) {
        g.enableModifiers(SGR.BOLD);
        line(row, text);
        g.disableModifiers(SGR.BOLD);
    }

    /** One choice of a list; the highlighted one is drawn in reverse with a pointer. */
    void choice(int row, String text, boolean highlighted) {
        if (highlighted) {
            g.enableModifiers(SGR.REVERSE);
            g.putString(MARGIN, row, fit("> " + text, textWidth()));
            g.disableModifiers(SGR.REVERSE);
        } else {
            g.putString(MARGIN, row, fit("  " + text, textWidth()));
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.isEmpty()) {
                lines.add("");
            } else {
                lines.addAll(TerminalTextUtils.getWordWrappedText(width, paragraph));
            }
        }
        return lines;
    }

    static String fit(String text, int width) {
        if (TerminalTextUtils.getColumnWidth(text) <= width) return text;
        return TerminalTextUtils.fitString(text, Math.max(0, width - 1)) + "…";
    }
}
