package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.AUDIT_LOG;
import static org.rpgkiosk.store.generated.Tables.INSTALLATION;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.backup.Sealed;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;

class BackupTest {
    static final char[] PASS = "a long walk on Cader Idris".toCharArray();

    @TempDir Path dir;

    /** Every table's rows, in primary-key order, as lists of values. */
    static Map<String, List<List<Object>>> everyRow(Store store) {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        for (Table<?> t : Snapshot.tablesInOrder()) {
            var select = store.dsl().selectFrom(t);
            var result = t.getPrimaryKey() == null ? select.fetch() : select.orderBy(t.getPrimaryKey().getFields()).fetch();
            List<List<Object>> values = new ArrayList<>();
            result.forEach(r -> values.add(Arrays.asList(r.intoArray())));
            rows.put(t.getName(), values);
        }
        return rows;
    }

    /** The entries of a backup once opened, each as its bytes. */
    static List<byte[]> entries(Path backup, char[] passphrase) throws Exception {
        byte[] zip = Sealed.open(Files.readAllBytes(backup), passphrase);
        List<byte[]> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) entries.add(in.readAllBytes());
        }
        return entries;
    }

    @Test
    void aRestoredBackupHoldsEveryRowOfEveryTableExactly() throws Exception {
        Path data = RemnantsTest.rewrittenAnswer(dir.resolve("data"), 30).data();
        Path file = dir.resolve("backup.kbak");
        Map<String, List<List<Object>>> before;
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            store.pins().save(StaffRole.EVALUATOR, new PinHasher(1_000).hash("2468"));
            store.audit().record("test", "before.backup", "");
            Backup.backup(store, file, PASS);
            before = everyRow(store);
        }
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertFalse(Files.exists(dir.resolve(".backup.kbak.partial")));
        Backup.restore(file, dir.resolve("restored"), PASS);
        try (Store restored = Store.open(DatabaseUrl.defaultFor(dir.resolve("restored")))) {
            Map<String, List<List<Object>>> after = everyRow(restored);
            assertEquals(before.keySet(), after.keySet());
            for (String table : before.keySet()) assertEquals(before.get(table), after.get(table), table);
            assertTrue(before.get("ANSWER").size() > 300, "a real amount of data: " + before.get("ANSWER").size());
            assertEquals(1, before.get("INSTALLATION").size());
            assertEquals(before.get("INSTALLATION"), after.get("INSTALLATION"), "pseudonyms stay stable");
            long last = restored.dsl().select(org.jooq.impl.DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class);
            restored.audit().record("test", "after.restore", "");
            assertEquals(last + 1, restored.dsl().select(org.jooq.impl.DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class),
                    "ids go on from the restored ones");
        }
    }

    @Test
    void aBackupAndItsRestoredDatabaseHoldNoRewrittenText() throws Exception {
        RemnantsTest.Rewritten r = RemnantsTest.rewrittenAnswer(dir.resolve("data"), 30);
        Path file = dir.resolve("backup.kbak");
        try (Store store = Store.open(DatabaseUrl.defaultFor(r.data()))) {
            Backup.backup(store, file, PASS);
        }
        byte[] sealed = Files.readAllBytes(file);
        assertFalse(RemnantsTest.holdsPartOf(sealed, r.after()), "sealed: not even today's answer shows");
        boolean found = false;
        for (byte[] entry : entries(file, PASS)) {
            assertFalse(RemnantsTest.holdsPartOf(entry, r.before()));
            found |= RemnantsTest.holdsPartOf(entry, r.after());
        }
        assertTrue(found, "the answer as it stands is in the backup");
        Backup.restore(file, dir.resolve("restored"), PASS);
        byte[] restored = RemnantsTest.databaseFile(dir.resolve("restored"));
        assertFalse(RemnantsTest.holdsPartOf(restored, r.before()));
        assertTrue(RemnantsTest.holdsPartOf(restored, r.after()));
    }

    @Test
    void aBackupIsNoZipAndOpensOnlyWithItsPassphrase() throws Exception {
        Path file = dir.resolve("backup.kbak");
        String secret;
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("data")))) {
            Backup.backup(store, file, PASS);
            secret = store.dsl().fetchValue(INSTALLATION.SECRET_HEX);
        }
        assertThrows(java.util.zip.ZipException.class, () -> new ZipFile(file.toFile()).close());
        assertFalse(RemnantsTest.holdsPartOf(Files.readAllBytes(file), secret.toUpperCase()));
        assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(secret));
        UserError wrong = assertThrows(UserError.class,
                () -> Backup.restore(file, dir.resolve("restored"), "a long walk on Cader Idri".toCharArray()));
        assertEquals(Sealed.REFUSED, wrong.getMessage());
        assertFalse(Files.exists(dir.resolve("restored")), "nothing was made");
        UserError weak = assertThrows(UserError.class, () -> {
            try (Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("data")))) {
                Backup.backup(store, dir.resolve("weak.kbak"), "short".toCharArray());
            }
        });
        assertTrue(weak.getMessage().contains("at least 10 characters"), weak.getMessage());
        assertFalse(Files.exists(dir.resolve("weak.kbak")));
    }

    @Test
    void nothingIsOverwritten() throws Exception {
        Path file = dir.resolve("backup.kbak");
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("data")))) {
            Backup.backup(store, file, PASS);
            UserError again = assertThrows(UserError.class, () -> Backup.backup(store, file, PASS));
            assertTrue(again.getMessage().endsWith("already exists; choose a new file name"), again.getMessage());
            UserError noFolder = assertThrows(UserError.class, () -> Backup.backup(store, dir.resolve("nope/b.kbak"), PASS));
            assertTrue(noFolder.getMessage().startsWith("there is no folder"), noFolder.getMessage());
        }
        UserError occupied = assertThrows(UserError.class, () -> Backup.restore(file, dir.resolve("data"), PASS));
        assertTrue(occupied.getMessage().contains("restore only into an empty data directory"), occupied.getMessage());
        Path notABackup = dir.resolve("notes.zip");
        Files.writeString(notABackup, "not a zip");
        UserError bad = assertThrows(UserError.class, () -> Backup.restore(notABackup, dir.resolve("other"), PASS));
        assertTrue(bad.getMessage().startsWith("cannot read the backup"), bad.getMessage());
    }

    @Test
    void onPostgresTheServersOwnToolsAreNamed() {
        try (Store store = Store.open(TestDatabases.POSTGRES.fresh(dir))) {
            UserError e = assertThrows(UserError.class, () -> Backup.backup(store, dir.resolve("b.kbak"), PASS));
            assertTrue(e.getMessage().contains("pg_dump"), e.getMessage());
        }
    }

    @Test
    void aBackupOfAnotherSchemaVersionIsRefusedAndLeavesNoDatabase() throws Exception {
        Path file = dir.resolve("backup.kbak");
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("data")))) {
            Backup.backup(store, file, PASS);
        }
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry(Snapshot.MANIFEST));
            out.write("format=1\nschema=3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path older = dir.resolve("older.kbak");
        Files.write(older, Sealed.seal(zip.toByteArray(), PASS));
        UserError e = assertThrows(UserError.class, () -> Backup.restore(older, dir.resolve("restored"), PASS));
        assertTrue(e.getMessage().contains("schema 3, this one has ") && e.getMessage().contains("restore it with that version"), e.getMessage());
        try (var left = Files.list(dir.resolve("restored"))) {
            assertEquals(List.of(), left.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".db")).toList());
        }
    }
}
