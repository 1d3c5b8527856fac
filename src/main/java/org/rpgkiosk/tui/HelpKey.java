package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * F1 on any screen whose help line offers it ({@link Painter#offersHelp}): a page of all that
 * screen's keys in place of it. The page covers the screen, so the next key only closes it;
 * nothing behind it is answered unseen. A screen that any key answers offers no help (F1 is then
 * that any key), and neither does one the person cannot see.
 */
final class HelpKey {
    private boolean offered;
    private boolean shown;

    /**
     * Whether the key was help's: it opened the page or closed it, and is to go nowhere else.
     * {@code questionMarkToo}: where no text is typed, {@code ?} opens the page as F1 does (a
     * terminal or a remote desktop may keep F1 for itself).
     */
    boolean takes(KeyStroke key, boolean questionMarkToo) {
        if (shown) {
            shown = false;
            return true;
        }
        boolean asked = key.getKeyType() == KeyType.F1 || questionMarkToo && key.getKeyType() == KeyType.Character
                && key.getCharacter() == '?' && !key.isCtrlDown() && !key.isAltDown();
        if (offered && asked) {
            shown = true;
            return true;
        }
        return false;
    }

    boolean shown() {
        return shown;
    }

    /** The screen went from under the page (timed out, wiped, cleared for the next person). */
    void close() {
        shown = false;
    }

    /** After a screen is drawn: what its help line offered, and the page over it when open. */
    void drawn(Painter p, boolean seen) {
        offered = seen && p.offersHelp();
        if (!offered) shown = false;
        if (shown) p.helpPage();
    }
}
