package org.rpgkiosk.tasks;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.rpgkiosk.store.Backup;
import org.rpgkiosk.store.DataDirectory;
import org.rpgkiosk.store.Store;

/**
 * Backing up: the one task behind `backup` and the kiosk's "Back up" (issue 36). The database's
 * rows, checked whole, sealed with the passphrase into a file written whole or not at all, and
 * the file's name (never the passphrase) in the audit log.
 */
public final class TakeBackup {
    private TakeBackup() {}

    /** A new backup's name in {@code folder}, by the time it is taken: kiosk-2026-12-08-140501.kbak. */
    public static Path fileIn(Path folder, LocalDateTime now) {
        DataDirectory.ensure(folder);
        return folder.resolve("kiosk-" + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")) + ".kbak");
    }

    /** @param actor who asks, for the audit log ("cli", "kiosk") */
    public static void run(Store store, Path file, char[] passphrase, String actor) {
        Backup.backup(store, file, passphrase);
        store.audit().record(actor, "backup", file.getFileName().toString());
    }
}
