package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.INSTALLATION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.UserError;

class BackupTest {
    @TempDir Path dir;

    private Store withOneResponse(DatabaseUrl url) {
        ScriptedKiosks.prepare(url);
        Store store = Store.open(url);
        StoredQuestionnaire q = store.questionnaires().latest(store.questionnaires().idOf("rpg-outcomes").orElseThrow()).orElseThrow();
        UUID id = UUID.randomUUID();
        store.responses().start(id, store.waves().openWave().orElseThrow().id(), q.versionId());
        store.responses().saveAnswer(id, q.itemId("skills_reflect"), 3, null);
        store.responses().saveAnswer(id, q.itemId("open_helpful"), null, "Diolch ŵ");
        store.responses().submit(id, LocalDate.now());
        return store;
    }

    @Test
    void aBackupRestoresIntoAnEmptyDirectoryWithEverythingInIt() throws Exception {
        Path zip = dir.resolve("backup.zip");
        String secret;
        try (Store store = withOneResponse(DatabaseUrl.defaultFor(dir.resolve("data")))) {
            Backup.backup(store, zip);
            secret = store.dsl().fetchValue(INSTALLATION.SECRET_HEX);
        }
        assertTrue(Files.size(zip) > 0);
        assertFalse(Files.exists(dir.resolve(".backup.zip.partial")));
        Backup.restore(zip, dir.resolve("restored"));
        try (Store restored = Store.open(DatabaseUrl.defaultFor(dir.resolve("restored")))) {
            assertEquals(2, restored.dsl().fetchCount(ANSWER));
            assertEquals("Diolch ŵ", restored.dsl().fetchValue(ANSWER.ANSWER_TEXT, ANSWER.ANSWER_TEXT.isNotNull()));
            assertEquals(1, restored.waves().openWave().orElseThrow().submitted());
            assertEquals(secret, restored.dsl().fetchValue(INSTALLATION.SECRET_HEX), "pseudonyms stay stable");
        }
    }

    @Test
    void nothingIsOverwritten() throws Exception {
        Path zip = dir.resolve("backup.zip");
        try (Store store = withOneResponse(DatabaseUrl.defaultFor(dir.resolve("data")))) {
            Backup.backup(store, zip);
            UserError again = assertThrows(UserError.class, () -> Backup.backup(store, zip));
            assertTrue(again.getMessage().endsWith("already exists; choose a new file name"), again.getMessage());
            UserError noFolder = assertThrows(UserError.class, () -> Backup.backup(store, dir.resolve("nope/b.zip")));
            assertTrue(noFolder.getMessage().startsWith("there is no folder"), noFolder.getMessage());
        }
        UserError occupied = assertThrows(UserError.class, () -> Backup.restore(zip, dir.resolve("data")));
        assertTrue(occupied.getMessage().contains("restore only into an empty data directory"), occupied.getMessage());
        Path notABackup = dir.resolve("notes.zip");
        Files.writeString(notABackup, "not a zip");
        UserError bad = assertThrows(UserError.class, () -> Backup.restore(notABackup, dir.resolve("other")));
        assertTrue(bad.getMessage().startsWith("cannot read the backup"), bad.getMessage());
    }

    @Test
    void onPostgresTheServersOwnToolsAreNamed() {
        try (Store store = Store.open(TestDatabases.POSTGRES.fresh(dir))) {
            UserError e = assertThrows(UserError.class, () -> Backup.backup(store, dir.resolve("b.zip")));
            assertTrue(e.getMessage().contains("pg_dump"), e.getMessage());
        }
    }
}
