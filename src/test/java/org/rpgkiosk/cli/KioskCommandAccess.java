package org.rpgkiosk.cli;

import org.rpgkiosk.store.Store;

/** Lets the screen tests run the kiosk command's first-run step without a real terminal. */
public final class KioskCommandAccess {
    private KioskCommandAccess() {}

    public static void loadDefaultQuestionnaireIfNone(Store store) {
        KioskCommand.loadDefaultQuestionnaireIfNone(store);
    }
}
