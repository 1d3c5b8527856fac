package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.fault.UserError;

/** db-server hands terminals a user who reads and writes the kiosk's rows, and nothing of the machine. */
class H2ServerTest {
    @TempDir Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private static String refusal(DatabaseUrl url, String user, String password) {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url.url(), user, password).close());
        return e.getSQLState();
    }

    @Test
    void thePasswordsAreMadeOnceAndOwnerOnly() throws Exception {
        String first;
        try (H2Server server = H2Server.start(data(), 0, false)) {
            first = server.kioskUrl().password();
        }
        for (String name : List.of(ServerCredentials.ADMIN_FILE, ServerCredentials.KIOSK_FILE)) {
            Path file = data().resolve(name);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), name);
            assertTrue(Files.readString(file).strip().matches("[A-Za-z0-9_-]{32}"), name);
        }
        assertEquals(first, Files.readString(data().resolve(ServerCredentials.KIOSK_FILE)).strip());
        assertFalse(first.equals(Files.readString(data().resolve(ServerCredentials.ADMIN_FILE)).strip()));
        try (H2Server again = H2Server.start(data(), 0, false)) {
            assertEquals(first, again.kioskUrl().password());
        }
    }

    @Test
    void aServedUrlWithoutAUserIsTheKiosksAndNeverPrintsItsPassword() {
        DatabaseUrl url = DatabaseUrl.of("jdbc:h2:tcp://localhost:9092/kiosk", null, "s3cret-s3cret");
        assertEquals("KIOSK", url.user());
        assertEquals("sa", DatabaseUrl.of("jdbc:h2:file:/x/kiosk", "", null).user());
        assertFalse(url.toString().contains("s3cret"), url.toString());
    }

    @Test
    void noAdminAndNoWrongPasswordGetIn() {
        try (H2Server server = H2Server.start(data(), 0, false)) {
            DatabaseUrl kiosk = server.kioskUrl();
            assertEquals("KIOSK", kiosk.user());
            assertEquals("28000", refusal(kiosk, "sa", ""));
            assertEquals("28000", refusal(kiosk, "SA", kiosk.password()));
            assertEquals("28000", refusal(kiosk, "KIOSK", ""));
            assertEquals("28000", refusal(kiosk, "KIOSK", kiosk.password() + "x"));
            UserError e = assertThrows(UserError.class, () -> Store.open(DatabaseUrl.of(kiosk.url(), null, null)));
            assertTrue(e.getMessage().contains("KIOSK_DB_PASSWORD=$(cat DATA/db-server.password)"), e.getMessage());
        }
    }

    @Test
    void theKioskUserReadsAndWritesRowsButNothingOfTheMachine() throws Exception {
        Path outside = dir.resolve("outside.txt");
        Files.writeString(outside, "root only");
        try (H2Server server = H2Server.start(data(), 0, false)) {
            try (Store store = Store.open(server.kioskUrl())) {
                store.audit().record("test", "served", "a row");
                assertEquals(1, store.audit().count("served"));
                store.questionnaires().load(org.rpgkiosk.questionnaire.QuestionnaireReader.read(
                        Path.of("db/questionnaires/rpg-outcomes.txt")), "t");    // identity columns, many tables
                assertTrue(store.questionnaires().idOf("rpg-outcomes").isPresent());
                store.dsl().execute("SET LAZY_QUERY_EXECUTION TRUE");    // the export's, a session setting
                store.dsl().execute("SET LAZY_QUERY_EXECUTION FALSE");
                String q = "'" + outside + "'";
                List<String> allowed = new ArrayList<>();
                for (String sql : List.of("SELECT FILE_READ('/etc/hostname')", "SELECT FILE_READ(" + q + ")",
                        "SELECT FILE_WRITE('x', '" + dir.resolve("written") + "')",
                        "CALL CSVWRITE('" + dir.resolve("out.csv") + "', 'SELECT * FROM audit_log')",
                        "SELECT * FROM CSVREAD(" + q + ")",
                        "CALL LINK_SCHEMA('L', '', 'jdbc:h2:mem:other', 'sa', '', 'PUBLIC')",
                        "CREATE LINKED TABLE LT('', 'jdbc:h2:mem:other', 'sa', '', 'T')",
                        "RUNSCRIPT FROM " + q, "SCRIPT TO '" + dir.resolve("script.sql") + "'", "SCRIPT",
                        "BACKUP TO '" + dir.resolve("b.zip") + "'",
                        "CREATE ALIAS EXEC AS 'String exec(String s) { return s; }'",
                        "CREATE TABLE mine(i INT)", "DROP TABLE audit_log", "DELETE FROM \"flyway_schema_history\"",
                        "ALTER USER KIOSK ADMIN TRUE", "SET WRITE_DELAY 1000", "SHUTDOWN")) {
                    try {
                        store.dsl().execute(sql);
                        allowed.add(sql);
                    } catch (org.jooq.exception.DataAccessException e) {
                        // refused, as it must be
                    }
                }
                assertEquals(List.of(), allowed);
                assertFalse(Files.exists(dir.resolve("written")));
                assertFalse(Files.exists(dir.resolve("out.csv")));
            }
        }
        try (Store reopened = Store.open(DatabaseUrl.defaultFor(data()))) {     // embedded, as admin, afterwards
            assertEquals(1, reopened.audit().count("served"));
        }
    }

    @Test
    void aDatabaseMadeBeforeItWasServedGetsAnAdminPasswordAndStillOpensEmbedded() {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data()))) {
            assertEquals("", store.url().password());
            store.audit().record("test", "before", "x");
        }
        try (H2Server server = H2Server.start(data(), 0, false)) {
            assertEquals("28000", refusal(server.kioskUrl(), "sa", ""));
        }
        DatabaseUrl embedded = DatabaseUrl.defaultFor(data());
        assertEquals(32, embedded.password().length());
        try (Store store = Store.open(embedded)) {
            assertEquals(1, store.audit().count("before"));
        }
        UserError e = assertThrows(UserError.class, () -> Store.open(new DatabaseUrl(embedded.url(), "sa", "")));
        assertTrue(e.getMessage().contains("refused the user name or password"), e.getMessage());
    }

    @Test
    void aTerminalTakesABackupThatRestoresWithoutTheServersPasswords() throws Exception {
        char[] passphrase = "a passphrase for the test".toCharArray();
        Path zip = dir.resolve("served.kbak");
        try (H2Server server = H2Server.start(data(), 0, false)) {
            try (Store store = Store.open(server.kioskUrl())) {
                store.audit().record("test", "served", "a row");
                Backup.backup(store, zip, passphrase);
            }
        }
        assertEquals(List.of("data", "served.kbak"), names(dir));
        assertEquals(List.of(ServerCredentials.ADMIN_FILE, ServerCredentials.KIOSK_FILE, "kiosk.mv.db"), names(data()));
        Backup.restore(zip, dir.resolve("restored"), passphrase);
        try (Store restored = Store.open(DatabaseUrl.defaultFor(dir.resolve("restored")))) {
            assertEquals("", restored.url().password());
            assertEquals(1, restored.audit().count("served"));
            assertEquals(List.of("SA"), restored.dsl().fetch("SELECT USER_NAME FROM INFORMATION_SCHEMA.USERS")
                    .getValues(0, String.class));
        }
        try (Store store = Store.open(DatabaseUrl.defaultFor(data()))) {     // embedded, the same way
            Backup.backup(store, dir.resolve("embedded.kbak"), passphrase);
        }
        Backup.restore(dir.resolve("embedded.kbak"), dir.resolve("restored-embedded"), passphrase);
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".log")).sorted().toList();
        }
    }

    @Test
    void aPasswordFileGivesTheTerminalsPassword() throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "a long enough 'password'?{0}\n");
        try (H2Server server = H2Server.start(data(), 0, false, file)) {
            assertEquals("a long enough 'password'?{0}", server.kioskUrl().password());
            Store.open(server.kioskUrl()).close();
        }
        Files.writeString(file, "short\n");
        UserError e = assertThrows(UserError.class, () -> H2Server.start(data(), 0, false, file));
        assertTrue(e.getMessage().contains("shorter than 12"), e.getMessage());
    }

    @Test
    void aTerminalOfANewerReleaseSaysToRestartTheServer() throws Exception {
        try (H2Server server = H2Server.start(data(), 0, false)) {
            // what an older server would hold: the history without the last migration
            String admin = Files.readString(data().resolve(ServerCredentials.ADMIN_FILE)).strip();
            try (var c = DriverManager.getConnection(server.kioskUrl().url(), "sa", admin); var st = c.createStatement()) {
                st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Migrations.newest() + "'");
            }
            UserError e = assertThrows(UserError.class, () -> Store.open(server.kioskUrl()));
            assertTrue(e.getMessage().contains("the database server runs an older release: restart db-server with this one"),
                    e.getMessage());
        }
    }

    @Test
    void anotherLocalAccountCannotLogIn() throws Exception {
        Path setpriv = Path.of("/usr/bin/setpriv");
        assumeTrue(Files.isExecutable(setpriv), "setpriv is not installed");
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can run a child as nobody");
        try (H2Server server = H2Server.start(data(), 0, false)) {
            DatabaseUrl kiosk = server.kioskUrl();
            Process p = new ProcessBuilder(setpriv.toString(), "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", readableByAll(), TryLogin.class.getName(), kiosk.url(),
                    data().resolve(ServerCredentials.KIOSK_FILE).toString(), "sa", "", "KIOSK", "", "KIOSK", "kiosk")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assumeTrue(out.contains("unreadable") || out.contains("read\n"), "the child JVM did not start as nobody: " + out);
            assertEquals(List.of("unreadable", "refused sa 28000", "refused KIOSK 28000", "refused KIOSK 28000"),
                    out.lines().toList(), out);
        }
    }

    /** The H2 driver and TryLogin, where nobody can read them (the Maven repository is root's own). */
    private static String readableByAll() throws Exception {
        Path cp = Files.createTempDirectory("trylogin");
        cleanup.add(cp);
        Path h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = Files.copy(h2, cp.resolve("h2.jar"));
        String name = TryLogin.class.getName().replace('.', '/') + ".class";
        Path cls = cp.resolve("classes").resolve(name);
        Files.createDirectories(cls.getParent());
        try (var in = TryLogin.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, cls);
        }
        try (var all = Files.walk(cp)) {
            for (Path f : all.toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return jar + java.io.File.pathSeparator + cp.resolve("classes");
    }

    private static final List<Path> cleanup = new ArrayList<>();

    @org.junit.jupiter.api.AfterAll
    static void removeClasspaths() throws Exception {
        for (Path p : cleanup) {
            try (var all = Files.walk(p)) {
                for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
            }
        }
    }
}
