package org.rpgkiosk.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/** Issue 36, slice 3: backing up is one task; the audit log has the file's name, never the passphrase. */
class TakeBackupTest {
    @TempDir Path dir;

    @Test
    void aBackupIsNamedByItsTimeWrittenWholeAndAuditedByName() throws Exception {
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("data")))) {
            Path file = TakeBackup.fileIn(dir.resolve("backups"), LocalDateTime.of(2026, 12, 8, 14, 5, 1));
            assertEquals(dir.resolve("backups/kiosk-2026-12-08-140501.kbak"), file);
            TakeBackup.run(store, file, "correct horse battery staple".toCharArray(), "kiosk");
            assertTrue(Files.size(file) > 0);
            String audit = store.dsl().fetch("SELECT actor || ' ' || action || ' ' || detail FROM audit_log")
                    .getValues(0, String.class).toString();
            assertEquals("[kiosk backup kiosk-2026-12-08-140501.kbak]", audit);
        }
    }
}
