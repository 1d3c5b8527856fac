package org.rpgkiosk.text;

import com.googlecode.lanterna.TerminalTextUtils;

/**
 * What one code point is to a grid of terminal cells. A screen is drawn with Lanterna 3.1.3, which
 * puts one UTF-16 unit in each cell and takes a character for two cells exactly when
 * {@link TerminalTextUtils#isCharCJK} says so; a terminal draws by Unicode's East Asian Width. A
 * character is drawn as itself only where the two agree, so the screen's idea of where each
 * character ends is the terminal's.
 */
enum CharacterKind {
    /** Drawn as itself, one cell. */
    NARROW,
    /** Drawn as itself, two cells (CJK), by Lanterna's measure and the terminal's alike. */
    WIDE,
    /** A tab: whitespace in a file, a space on the screen. */
    TAB,
    /** LF or CR: the end of a line. */
    LINE_BREAK,
    /** C0 but tab, LF and CR; DEL; C1; the line and paragraph separators. A terminal obeys them. */
    CONTROL,
    /**
     * Format characters (Unicode Cf: zero-width space and joiners, direction marks, embeddings,
     * overrides and isolates, a byte-order mark, the soft hyphen) and the blank Hangul fillers:
     * they reorder text or hide it, and draw as nothing.
     */
    INVISIBLE,
    /** A combining mark (Mn, Me) that composed with nothing: it has no cell of its own. */
    MARK,
    /** Half of a character: a lone UTF-16 surrogate. */
    BROKEN,
    /**
     * A terminal draws it, but Lanterna would measure it otherwise: a character outside the Basic
     * Multilingual Plane (emoji, rare CJK), private use or unassigned, or one that terminals draw
     * wide and Lanterna narrow (Yi, Kangxi radicals, ☕) or the other way round.
     */
    UNMEASURED;

    /** Blank but not spaces: HANGUL CHOSEONG FILLER, JUNGSEONG FILLER, HANGUL FILLER, HALFWIDTH HANGUL FILLER. */
    private static final String FILLERS = "\u115F\u1160\u3164\uFFA0";

    /** East Asian Width W or F in the BMP (Unicode 13, Java 17's tables): what a terminal draws in two cells. */
    private static final int[] TERMINAL_WIDE = {
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
        0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
        0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
        0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
        0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x2E80, 0x303E, 0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4CF, 0xA960, 0xA97F, 0xAC00, 0xD7A3,
        0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6,
    };

    static CharacterKind of(int cp) {
        if (cp >= 0x20 && cp < 0x7F) return NARROW;
        if (cp == '\t') return TAB;
        if (cp == '\n' || cp == '\r') return LINE_BREAK;
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
                return CONTROL;
            }
            case Character.FORMAT -> {
                return INVISIBLE;
            }
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> {
                return MARK;
            }
            case Character.SURROGATE -> {
                return BROKEN;
            }
            case Character.PRIVATE_USE, Character.UNASSIGNED -> {
                return UNMEASURED;
            }
            default -> { }
        }
        if (FILLERS.indexOf(cp) >= 0) return INVISIBLE;
        if (cp > 0xFFFF) return UNMEASURED;
        boolean wide = TerminalTextUtils.isCharCJK((char) cp);
        if (wide != terminalWide(cp)) return UNMEASURED;
        return wide ? WIDE : NARROW;
    }

    private static boolean terminalWide(int cp) {
        for (int i = 0; i < TERMINAL_WIDE.length && cp >= TERMINAL_WIDE[i]; i += 2) {
            if (cp <= TERMINAL_WIDE[i + 1]) return true;
        }
        return false;
    }
}
