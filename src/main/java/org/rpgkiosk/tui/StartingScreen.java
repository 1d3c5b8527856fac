package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;

/**
 * The kiosk's first frame, drawn before the database is opened: opening it (H2, the migrations,
 * the first query) takes a second or more, and a blank terminal for that long looks broken. It is
 * the participants' welcome without a survey's details, so the real one replaces it in place.
 *
 * <p>Keys pressed while it shows are thrown away, not kept for the kiosk: they were pressed at a
 * screen that offered nothing, and an Enter or a digit must not start or answer a survey the
 * person has not yet seen.
 */
public final class StartingScreen {
    private StartingScreen() {}

    public static void draw(Screen screen) throws IOException {
        Painter p = new Painter(screen.newTextGraphics(), screen.getTerminalSize());
        screen.clear();
        if (p.tooSmall()) {
            p.askToEnlarge();
        } else {
            SurveyScreens.starting(p);
        }
        screen.refresh(Screen.RefreshType.COMPLETE);
    }

    /** Reads and drops the keys typed so far; false when the input has ended (the terminal is gone). */
    public static boolean discardKeys(Screen screen) throws IOException {
        for (KeyStroke key = screen.pollInput(); key != null; key = screen.pollInput()) {
            if (key.getKeyType() == KeyType.EOF) return false;
        }
        return true;
    }
}
