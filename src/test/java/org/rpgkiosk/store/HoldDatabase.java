package org.rpgkiosk.store;

/**
 * Run in a child process by StoreTest: opens a database, optionally commits one audit entry,
 * says "ready", then holds the database open until its stdin closes or it is killed.
 */
public final class HoldDatabase {
    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(DatabaseUrl.of(args[0], null, null))) {
            if (args.length > 1) {
                store.audit().record("test", "committed", args[1]);
            }
            System.out.print("ready\n");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
