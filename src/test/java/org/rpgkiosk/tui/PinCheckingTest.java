package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: a submitted PIN is answered by "Checking the PIN..." before the second its hash takes. */
class PinCheckingTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @AfterEach
    void close() throws Exception {
        kiosk.close();
    }

    private String drawn(StaffDesk desk) throws Exception {
        kiosk.screen.clear();
        desk.render(new Painter(kiosk.screen.newTextGraphics(), kiosk.screen.getTerminalSize()));
        kiosk.screen.refresh();
        return KioskHarness.text(kiosk.terminal);
    }

    @Test
    void theCheckIsSaidBeforeItIsDoneAndKeysMeanwhileTypeNothing() throws Exception {
        kiosk = KioskHarness.ready(dir);
        StaffDesk desk = new StaffDesk(kiosk.store, KioskHarness.FAST_HASHER, dir.resolve("backups"));
        desk.enter(false);
        for (char c : KioskHarness.EVALUATOR_PIN.toCharArray()) desk.key(new KeyStroke(c, false, false), kiosk.now);
        desk.key(new KeyStroke(KeyType.Enter), kiosk.now);
        assertTrue(desk.workWaiting(), "the check waits for the frame that says so");
        assertTrue(drawn(desk).contains("Checking the PIN..."), drawn(desk));
        desk.key(new KeyStroke('9', false, false), kiosk.now);   // typed while it checks: nothing
        desk.work(kiosk.now);
        assertFalse(desk.workWaiting());
        String menu = drawn(desk);
        assertTrue(menu.contains("Staff menu"), menu);
        assertFalse(menu.contains("Close the kiosk program?"), "the 9 typed meanwhile did nothing");

        desk.enter(false);
        for (char c : "9999".toCharArray()) desk.key(new KeyStroke(c, false, false), kiosk.now);
        desk.key(new KeyStroke(KeyType.Enter), kiosk.now);
        desk.work(kiosk.now);
        assertTrue(drawn(desk).contains("That PIN is not right."), drawn(desk));
    }
}
