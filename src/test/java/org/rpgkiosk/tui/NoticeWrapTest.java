package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;

/** Issue 35, finding 8: notices were cut at 80 columns ("Please tr..."). Now every word is on the screen. */
class NoticeWrapTest {
    private static String drawn(int columns, String notice) throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, 24));
        try (TerminalScreen screen = new TerminalScreen(terminal)) {
            screen.startScreen();
            Painter p = new Painter(screen.newTextGraphics(), screen.getTerminalSize());
            p.notice(notice);
            screen.refresh();
            return KioskHarness.text(terminal);
        }
    }

    @Test
    void aLongNoticeWrapsUpwardsWithEveryWordShown() throws Exception {
        String notice = "The database could not be reached just now, so this answer is held on this terminal "
                + "until its database can take it again. Please try the staff key again in a minute.";
        String screen = drawn(80, notice);
        String joined = String.join(" ", screen.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        assertTrue(joined.contains(notice), "every word, in order:\n" + screen);
        assertEquals(3, screen.lines().filter(l -> !l.isBlank()).count(), "three rows of it:\n" + screen);
        assertTrue(screen.lines().toList().get(22).strip().endsWith("minute."), "it ends above the help line:\n" + screen);
    }

    @Test
    void aNoticeLongerThanThreeRowsEndsInAnEllipsis() throws Exception {
        String screen = drawn(80, "word ".repeat(80).strip());
        String last = screen.lines().toList().get(22).strip();
        assertTrue(last.endsWith("...") || last.endsWith("…"), screen);
        assertEquals("", screen.lines().toList().get(19).strip(), "three rows at most:\n" + screen);
    }
}
