package org.rpgkiosk.bench;

import java.nio.file.Path;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/**
 * Cold start to "database ready": opens and migrates the data directory's database as the kiosk
 * does, runs the kiosk's first query (the open wave), says "ready", then waits to be stopped.
 */
public final class DatabaseProbe {
    private DatabaseProbe() {}

    public static void main(String[] args) throws InterruptedException {
        try (Store store = Store.open(DatabaseUrl.defaultFor(Path.of(args[0])))) {
            store.waves().openWave();
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(30_000);
        }
    }
}
