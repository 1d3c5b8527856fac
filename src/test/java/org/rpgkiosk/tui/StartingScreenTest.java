package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame drawn before the database is open, and the keys typed at it. */
class StartingScreenTest {
    @TempDir Path dir;
    final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    TerminalScreen screen;

    private void start() throws Exception {
        screen = new TerminalScreen(terminal);
        screen.startScreen();
    }

    @AfterEach
    void stop() throws Exception {
        if (screen != null) screen.stopScreen();
    }

    @Test
    void itIsTheWelcomesFrameWithWordThatTheKioskIsComing() throws Exception {
        start();
        StartingScreen.draw(screen);
        KioskHarness.assertSnapshot(terminal, "starting");
    }

    @Test
    void theRealWelcomeReplacesItInPlace() throws Exception {
        start();
        StartingScreen.draw(screen);
        List<String> starting = KioskHarness.text(terminal).lines().toList();
        List<String> welcome;
        try (KioskHarness kiosk = KioskHarness.ready(dir)) {
            welcome = kiosk.text().lines().toList();
        }
        assertEquals(welcome.indexOf("  Welcome"), starting.indexOf("  Welcome"));
        assertEquals(welcome.indexOf("  Press Enter to begin."), starting.indexOf("  One moment: getting the kiosk ready…"));
    }

    @Test
    void aSmallTerminalIsAskedToBeEnlargedFromTheStart() throws Exception {
        terminal.setTerminalSize(new TerminalSize(60, 20));
        start();
        StartingScreen.draw(screen);
        assertTrue(KioskHarness.text(terminal).startsWith("Please enlarge this window to at least 80 x 24.\nIt is 60 x 20 now."),
                KioskHarness.text(terminal));
    }

    @Test
    void keysTypedAtItAreThrownAwayNotLeftForTheWelcome() throws Exception {
        start();
        terminal.addInput(new KeyStroke(KeyType.Enter));
        terminal.addInput(new KeyStroke('1', false, false));
        terminal.addInput(new KeyStroke(KeyType.F12));
        assertTrue(StartingScreen.discardKeys(screen));
        assertNull(screen.pollInput());
    }

    @Test
    void theInputEndingMeanwhileIsReported() throws Exception {
        start();
        terminal.addInput(new KeyStroke('y', false, false));
        terminal.addInput(new KeyStroke(KeyType.EOF));
        assertFalse(StartingScreen.discardKeys(screen));
    }
}
