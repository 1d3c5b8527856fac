package org.rpgkiosk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;
import org.rpgkiosk.text.Cells;

/**
 * The few ways a kiosk screen puts text on the terminal: a title bar, wrapped paragraphs, a
 * highlighted choice, a notice and the help line of keys at the bottom. Screens say what to
 * show; this says how it looks, the same everywhere.
 *
 * <p>Every text reaches the terminal through here, and so through {@link Cells}: whatever a
 * database holds (a control character Lanterna would refuse to draw, a direction override, a
 * stray combining mark), each cell gets one character drawn as itself, and measuring, wrapping
 * and cutting count the cells the terminal will use.
 */
final class Painter {
    static final int MARGIN = 2;
    /** The smallest terminal every screen is laid out for. */
    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;
    /** Said at the right of every help line: the page of all the screen's keys is one key away. */
    static final String HELP_KEY = "F1 help";
    private final TextGraphics g;
    private final TerminalSize size;
    /** The keys this frame's help line named, and what its help page adds to them. */
    private String keys = "";
    private List<String> moreKeys = List.of();
    private boolean helpOffered;

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
    /** "1 second", "5 seconds". */
    static String seconds(long n) {
        return n == 1 ? "1 second" : n + " seconds";
    }

    void askToEnlarge() {
        String ask = "Please enlarge this window to at least " + MIN_COLUMNS + " x " + MIN_ROWS + ".\nIt is "
                + width() + " x " + height() + " now. Keys are ignored until then.";
        int row = 0;
        for (String line : wrap(ask, Math.max(1, width()))) {
            if (row < height()) put(0, row++, line);
        }
    }

    void titleBar(String left, String right) {
        bar(0, left, right);
    }

    /**
     * The bottom line: the screen's main keys, and {@link #HELP_KEY} at the right. {@code more}
     * are lines its help page adds (keys the line has no room for, and what they do).
     */
    void helpLine(String keys, String... more) {
        this.keys = keys;
        this.moreKeys = List.of(more);
        helpOffered = !keys.isEmpty();
        bar(height() - 1, keys, helpOffered ? HELP_KEY : "");
    }

    /**
     * The bottom line of a screen that any key answers or leaves ("Any key: carry on"): no help
     * is offered there, as F1 would only be one more any key.
     */
    void keysLine(String keys) {
        bar(height() - 1, keys, "");
    }

    /** Whether this frame's bottom line offered {@link #HELP_KEY}: only then does F1 open the page. */
    boolean offersHelp() {
        return helpOffered;
    }

    /**
     * The help page in place of the screen drawn so far: each key of its help line on a line of
     * its own, then the lines it adds. It covers the screen, so nothing behind it can be answered
     * unseen; the shell takes the next key as only closing it.
     */
    void helpPage() {
        g.fill(' ');
        titleBar("Keys on this screen", "");
        int row = 2;
        for (String k : keys.split(" · ")) {
            if (!k.isBlank() && row <= lastContentRow()) line(row++, k.strip());
        }
        row++;
        for (String m : moreKeys) {
            for (String l : wrap(m, textWidth())) {
                if (row <= lastContentRow()) put(MARGIN, row++, l);
            }
        }
        bar(height() - 1, "Any key: back to the screen", "");
    }

    private void bar(int row, String left, String right) {
        g.setBackgroundColor(TextColor.ANSI.BLUE);
        g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
        put(0, row, " ".repeat(width()));
        String r = fit(right, width() / 2);
        put(1, row, fit(left, width() - Cells.width(r) - 3));
        put(width() - Cells.width(r) - 1, row, r);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
    }

    /**
     * A mark at the right of the row under the title bar, on every screen it is stamped on (the
     * preview's): every participant screen leaves that row empty, so the screen beneath is
     * exactly the participant's, help line and notices included.
     */
    void stamp(String mark) {
        g.setBackgroundColor(TextColor.ANSI.RED);
        g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
        g.enableModifiers(SGR.BOLD);
        put(Math.max(0, width() - Cells.width(mark) - 1), 1, mark);
        g.disableModifiers(SGR.BOLD);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
    }

    /** A notice wraps upwards from the row above the help line, at most this many rows. */
    static final int NOTICE_ROWS = 3;

    /**
     * A notice, wrapped (issue 35: "Please tr..." and "...until its database can take ..." were
     * cut at 80 columns): it ends on the row above the help line and takes the rows above it
     * that it needs, up to {@link #NOTICE_ROWS}, each cleared first.
     */
    void notice(String text) {
        if (text == null || text.isEmpty()) return;
        List<String> lines = wrap(text, textWidth());
        if (lines.size() > NOTICE_ROWS) {
            lines = new java.util.ArrayList<>(lines.subList(0, NOTICE_ROWS));
            lines.set(NOTICE_ROWS - 1, fit(lines.get(NOTICE_ROWS - 1) + " ...", textWidth()));
        }
        g.setForegroundColor(TextColor.ANSI.YELLOW_BRIGHT);
        g.enableModifiers(SGR.BOLD);
        int row = height() - 1 - lines.size();
        for (String line : lines) {
            put(0, row, " ".repeat(width()));
            put(MARGIN, row++, line);
        }
        g.disableModifiers(SGR.BOLD);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
    }

    /** What is wrong with the field above, in the notice's colour, on the row under it. */
    void problem(int row, String text) {
        g.setForegroundColor(TextColor.ANSI.YELLOW_BRIGHT);
        put(MARGIN, row, fit(text, textWidth()));
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
    }

    /** Writes wrapped text from {@code row}, at most up to {@code lastRow}; returns the next free row. */
    int paragraph(int row, String text, int lastRow) {
        for (String line : wrap(text, textWidth())) {
            if (row > lastRow) break;
            put(MARGIN, row++, line);
        }
        return row;
    }

    void line(int row, String text) {
        put(MARGIN, row, fit(text, textWidth()));
    }

    /** A line of preformatted text (a report's table or chart) from the left edge, cut to the width. */
    void raw(int row, String text) {
        put(0, row, fit(text, width()));
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
            put(MARGIN, row, fit("> " + text, textWidth()));
            g.disableModifiers(SGR.REVERSE);
        } else {
            put(MARGIN, row, fit("  " + text, textWidth()));
        }
    }

    /** The one place text is put on the terminal. */
    private void put(int column, int row, String text) {
        g.putString(column, row, Cells.line(text));
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : Cells.text(text).split("\n", -1)) {
            if (paragraph.isEmpty()) {
                lines.add("");
            } else {
                lines.addAll(TerminalTextUtils.getWordWrappedText(width, paragraph));
            }
        }
        return lines;
    }

    static String fit(String text, int width) {
        return Cells.cut(text, width, "…");
    }

    /** A column of a list: the text fitted to {@code width} cells, then filled with spaces to it. */
    static String pad(String text, int width) {
        return Cells.pad(fit(text, width), width);
    }
}
