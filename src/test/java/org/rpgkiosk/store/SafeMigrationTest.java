package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rpgkiosk.fault.UserError;

/** What a kill during a first start or an upgrade leaves, and what the next start makes of it. */
class SafeMigrationTest {
    /** The names on disk: what a kill leaves is found by them at the next start. */
    private static final String COPY = "kiosk.before-migration.mv.db";

    @TempDir Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private DatabaseUrl url() {
        return DatabaseUrl.defaultFor(data());
    }

    /**
     * The folder's files but H2's trace (the raw connections of V1Database leave one: with -ea,
     * H2 2.4.240's compaction on close trips an assertion of its own).
     */
    private List<String> files() throws Exception {
        try (var list = Files.list(data())) {
            return list.map(p -> p.getFileName().toString()).filter(f -> !f.endsWith(".trace.db"))
                    .sorted().toList();
        }
    }

    private static final String LATEST = Migrations.newest();

    private static String latestVersion(Store store) {
        return store.dsl().fetchValue("select max(\"version\") from \"flyway_schema_history\" where \"success\"").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1 without its history row", "half-way through V2"})
    void aHalfMadeSchemaWithNothingInItIsSetAsideAndMadeAnew(String shape) throws Exception {
        if (shape.startsWith("V1")) {
            V1Database.v1WithoutItsHistoryRow(url());
        } else {
            V1Database.make(url(), 0);
            V1Database.halfWayThroughV2(url());
        }
        try (Store store = Store.open(url())) {
            assertEquals(LATEST, latestVersion(store));
        }
        List<String> aside = files().stream().filter(f -> f.startsWith("kiosk.unfinished-") && f.endsWith(".mv.db")).toList();
        assertEquals(1, aside.size(), files().toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data().resolve(aside.get(0)))));
    }

    @Test
    void aHalfMadeSchemaHoldingAnswersIsRefusedAndLeftAsItWas() throws Exception {
        V1Database.make(url(), 30);
        V1Database.halfWayThroughV2(url());
        List<Long> before = V1Database.fingerprint(url());
        List<String> filesBefore = files();
        UserError e = assertThrows(UserError.class, () -> Store.open(url()));
        assertTrue(e.getMessage().contains("half-way through an upgrade") && e.getMessage().contains("restore it from a backup")
                && e.getMessage().contains("nothing was changed"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(before, V1Database.fingerprint(url()));
        assertEquals(filesBefore, files());
        assertThrows(UserError.class, () -> Store.open(url()));   // and the same again, still nothing changed
        assertEquals(before, V1Database.fingerprint(url()));
    }

    /** An earlier release recorded a migration that threw as failed, and left what it had done. */
    @Test
    void aMigrationRecordedAsFailedIsRefusedTooWhenTheDatabaseHoldsAnswers() throws Exception {
        V1Database.make(url(), 30);
        V1Database.halfWayThroughV2(url());
        try (var c = V1Database.connect(url()); var st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" VALUES (2, '2', 'answer wave role', 'SQL', "
                    + "'V2__answer_wave_role.sql', NULL, 'sa', CURRENT_TIMESTAMP, 0, FALSE)");
        }
        UserError e = assertThrows(UserError.class, () -> Store.open(url()));
        assertTrue(e.getMessage().contains("half-way through an upgrade"), e.getMessage());
        assertEquals(List.of("kiosk.mv.db"), files());
    }

    @Test
    void tablesWithRowsAndNoHistoryAreNotTakenForAKioskDatabase() throws Exception {
        V1Database.make(url(), 30);
        try (var c = V1Database.connect(url()); var st = c.createStatement()) {
            st.execute("DROP TABLE \"flyway_schema_history\"");
        }
        List<Long> before = V1Database.fingerprint(url());
        UserError e = assertThrows(UserError.class, () -> Store.open(url()));
        assertTrue(e.getMessage().contains("not a kiosk database") && e.getMessage().contains("nothing was changed"),
                e.getMessage());
        assertEquals(before, V1Database.fingerprint(url()));
        assertEquals(List.of("kiosk.mv.db"), files());
    }

    /** With a kill: the copy an upgrade took, and the file half-way through V2 as the kill left it. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anUpgradeKeepsEveryRowAndLeavesNoCopyAndAKilledOneIsPutBackAndRunAgain(boolean killedHalfWay) throws Exception {
        V1Database.make(url(), 30);
        List<Long> before = V1Database.fingerprint(url());
        if (killedHalfWay) {
            Files.copy(data().resolve("kiosk.mv.db"), data().resolve(COPY));
            V1Database.halfWayThroughV2(url());
        }
        try (Store store = Store.open(url())) {
            assertEquals(LATEST, latestVersion(store));
        }
        assertEquals(before, V1Database.fingerprint(url()));
        assertEquals(List.of("kiosk.mv.db"), files());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void whatAKilledFirstStartLeftUnderItsTemporaryNameIsRemoved(boolean liveDatabaseToo) throws Exception {
        if (liveDatabaseToo) Store.open(url()).close();
        DatabaseUrl temporary = new DatabaseUrl("jdbc:h2:file:" + data().resolve("kiosk.new"), "sa", "");
        V1Database.make(temporary, 0);
        V1Database.halfWayThroughV2(temporary);
        Files.writeString(data().resolve(COPY + ".part"), "half a copy");
        Files.createFile(data().resolve("kiosk.migration.lock"));
        try (Store store = Store.open(url())) {
            assertEquals(LATEST, latestVersion(store));
        }
        assertEquals(List.of("kiosk.mv.db"), files());
    }

    /** An encrypted file: made under its temporary name without the URL's options, it would not open. */
    @Test
    void aNewDatabaseIsMadeWithTheOptionsOfItsUrl() throws Exception {
        DatabaseUrl url = new DatabaseUrl(url().url() + ";CIPHER=AES", "sa", "file-secret user-secret");
        Store.open(url).close();
        try (Store store = Store.open(url)) {
            assertEquals(LATEST, latestVersion(store));
        }
        assertEquals(List.of("kiosk.mv.db"), files());
    }
}
