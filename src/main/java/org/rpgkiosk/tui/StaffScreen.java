package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * One staff screen reached from the menu (the register, the export, the report). It turns keys
 * into its own flow's events and draws; {@link #key} says false when it is done and the menu
 * should come back.
 */
interface StaffScreen {
    boolean key(KeyStroke k);

    void render(Painter p);

    /**
     * Work a key asked for that takes seconds (an export): the kiosk draws the screen first, which
     * says what is being done, then calls {@link #work} and draws again, so nobody looks at a
     * frozen form wondering whether the key was taken.
     */
    default boolean workWaiting() {
        return false;
    }

    default void work() {}
}
