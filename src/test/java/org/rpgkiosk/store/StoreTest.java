package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rpgkiosk.fault.UserError;
import static org.rpgkiosk.store.generated.Tables.INSTALLATION;

class StoreTest {
    @TempDir Path dir;

    private DatabaseUrl fresh() {
        return DatabaseUrl.defaultFor(dir.resolve("data"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aFreshDatabaseIsMigratedToTheWholeSchema(TestDatabases db) {
        try (Store store = Store.open(db.fresh(dir))) {
            List<String> tables = store.dsl().fetch("select lower(table_name) from information_schema.tables "
                            + "where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE') order by 1")
                    .getValues(0, String.class);
            assertEquals(List.of("answer", "answer_choice", "attendance", "audit_log", "block", "flyway_schema_history", "group_session",
                    "installation", "item", "job_role", "member", "membership", "questionnaire",
                    "questionnaire_version", "response", "rp_group", "scale_point", "staff_pin", "wave", "wave_release"), tables);
            assertEquals(Migrations.newest(), store.dsl().fetchValue(
                    "select max(\"version\") from \"flyway_schema_history\" where \"success\""));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theSecretIsMadeOnceAndKept(TestDatabases db) {
        DatabaseUrl url = db.fresh(dir);
        String secret;
        try (Store store = Store.open(url)) {
            secret = store.dsl().fetchValue(INSTALLATION.SECRET_HEX);
        }
        assertTrue(secret.matches("[0-9a-f]{64}"), secret);
        try (Store store = Store.open(url)) {
            assertEquals(secret, store.dsl().fetchValue(INSTALLATION.SECRET_HEX));
            assertEquals(1, store.dsl().fetchCount(INSTALLATION));
        }
    }

    @Test
    void theDataDirectoryIsOwnerOnlyAndTheSecretIsMadeOnceAndKept() throws Exception {
        String secret;
        try (Store store = Store.open(fresh())) {
            secret = store.dsl().fetchValue(INSTALLATION.SECRET_HEX);
        }
        assertTrue(secret.matches("[0-9a-f]{64}"), secret);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data"))));
        try (Store store = Store.open(fresh())) {
            assertEquals(secret, store.dsl().fetchValue(INSTALLATION.SECRET_HEX));
            assertEquals(1, store.dsl().fetchCount(INSTALLATION));
        }
    }

    @Test
    void aCommitSurvivesTheProcessBeingKilledAtOnce() throws Exception {
        DatabaseUrl url = fresh();
        Process holder = startHolder(url, "the last word");
        holder.destroyForcibly();                       // SIGKILL: no shutdown hook, no flush
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        try (Store store = Store.open(url)) {
            assertEquals(1, store.audit().count("committed"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aDatabaseSetUpByANewerVersionIsRefusedUntouched(TestDatabases db) {
        DatabaseUrl url = db.fresh(dir);
        try (Store store = Store.open(url)) {
            store.dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "values (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, true)");
        }
        UserError e = assertThrows(UserError.class, () -> Store.open(url));
        assertTrue(e.getMessage().contains("set up by a newer version of this program"), e.getMessage());
    }

    @Test
    void aSecondProcessIsToldTheDatabaseIsInUse() throws Exception {
        DatabaseUrl url = fresh();
        Store.open(url).close();
        Process holder = startHolder(url);
        try {
            UserError e = assertThrows(UserError.class, () -> Store.open(url));
            assertTrue(e.getMessage().contains("is in use by another program"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        Store.open(url).close();
    }

    /** A child JVM holding the database open, once it has said it is ready. */
    private static Process startHolder(DatabaseUrl url, String... auditDetail) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), url.url()));
        command.addAll(List.of(auditDetail));
        Process holder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals("ready\n", new String(holder.getInputStream().readNBytes(6)));
        return holder;
    }

    @Test
    void aServerThatDoesNotAnswerIsNamed() {
        UserError e = assertThrows(UserError.class,
                () -> Store.open(DatabaseUrl.of("jdbc:postgresql://127.0.0.1:9/kiosk?connectTimeout=2", "k", "secret")));
        assertTrue(e.getMessage().startsWith("cannot connect to the database jdbc:postgresql://127.0.0.1:9/kiosk"),
                e.getMessage());
    }

    @Test
    void anUnknownUserIsNamed() {
        DatabaseUrl good = TestDatabases.POSTGRES.fresh(dir);
        UserError e = assertThrows(UserError.class, () -> Store.open(DatabaseUrl.of(good.url(), "nobody", "wrong")));
        assertTrue(e.getMessage().contains("refused the user name or password"), e.getMessage());
    }

    @Test
    void aDamagedFileIsNamedAndLeftAsItWas() throws Exception {
        Path data = dir.resolve("data");
        Store.open(DatabaseUrl.defaultFor(data)).close();
        Path file = data.resolve("kiosk.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i += 7) bytes[i] = (byte) (bytes[i] ^ 0x5a);
        Files.write(file, bytes);
        UserError e = assertThrows(UserError.class, () -> Store.open(DatabaseUrl.defaultFor(data)));
        assertTrue(e.getMessage().contains("is damaged (or not a kiosk database) and was left as it is"), e.getMessage());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)), "nothing was written to it");
    }

    @Test
    void aFileThatIsNotADatabaseIsNamed() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("kiosk.mv.db"), "these are my notes, not a database");
        UserError e = assertThrows(UserError.class, () -> Store.open(DatabaseUrl.defaultFor(data)));
        assertTrue(e.getMessage().contains("restore a backup into a new data directory"), e.getMessage());
        assertEquals("these are my notes, not a database", Files.readString(data.resolve("kiosk.mv.db")));
    }

    @Test
    void anUnsupportedUrlIsNamed() {
        UserError e = assertThrows(UserError.class, () -> Store.open(DatabaseUrl.of("jdbc:mysql://x/y", null, null)));
        assertTrue(e.getMessage().startsWith("unsupported database URL 'jdbc:mysql://x/y'"), e.getMessage());
    }

    @Test
    void passwordsInUrlsAreNotRepeated() {
        assertEquals("jdbc:postgresql://h/db?user=k&password=***",
                DatabaseUrl.of("jdbc:postgresql://h/db?user=k&password=s3cret", null, null).redacted());
    }
}
