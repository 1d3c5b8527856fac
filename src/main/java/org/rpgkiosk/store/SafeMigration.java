package org.rpgkiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.rpgkiosk.fault.IoReason;
import org.rpgkiosk.fault.UserError;

/**
 * Runs the Flyway migrations packaged in the jar, so that on an embedded H2 file they cannot
 * half-happen. H2 does not roll back DDL: a migration stopped half-way (kill -9, a power cut)
 * leaves some of its tables or columns and no row in Flyway's history, and Flyway then refuses
 * the database at every later start. So on an H2 file:
 * <ul>
 * <li>a new database is migrated under a temporary name beside it and renamed into place only
 *     once complete, closed and on disk; what a kill leaves under that name goes at the next start;
 * <li>before an existing database is migrated its closed file is copied beside it; a migration
 *     that fails puts the copy back at once, and a copy found at start means a migration was
 *     stopped: it is put back and the migration runs again. The copy goes once the migrated file
 *     is on disk;
 * <li>a half-made schema from a release before this one (tables, but Flyway's history missing or
 *     short) is set aside and made anew when it holds no row (only a killed first start makes
 *     one), and refused, put back as it was, when it holds data.
 * </ul>
 * An up-to-date database takes none of these paths: Flyway is asked first, as it always was, and
 * the files are only looked at ({@link MigrationFiles}). PostgreSQL needs none of it: its DDL is
 * transactional and Flyway runs each migration in a transaction, so it migrates in place.
 */
final class SafeMigration {
    private static final Logger LOG = Logger.getLogger(SafeMigration.class.getName());
    /** H2's errors of a migration meeting what a stopped run of it made: table, index, column, constraint. */
    private static final Set<Integer> ALREADY_MADE = Set.of(42101, 42111, 42121, 90045);
    private static final int H2_CLOSED_AT_SHUTDOWN = 90121;

    private final DatabaseUrl url;
    private final MigrationFiles files;

    private SafeMigration(DatabaseUrl url) {
        this.url = url;
        this.files = new MigrationFiles(url);
    }

    /** Before an H2 file is opened: undoes what a stopped start left, and makes a new database whole. */
    static void beforeOpening(DatabaseUrl url) {
        SafeMigration m = new SafeMigration(url);
        if (m.files.settled()) return;
        try (MigrationFiles.Lock lock = m.files.lock()) {
            m.recover();
            if (!Files.exists(m.files.live)) m.create();
        } catch (IOException e) {
            throw m.failed(e);
        }
    }

    private void recover() throws IOException {
        files.removeLeftovers();
        if (files.hasCopy()) {
            files.putBackCopy();
            LOG.warning(() -> "an upgrade of " + url.redacted() + " was stopped half-way; put back the copy taken before it");
        }
    }

    /**
     * Migrates the open database, or checks it when the user may not (a db-server terminal), and
     * returns the connection to go on with: the same one, or, after a migration of an H2 file,
     * a new one (the given one is then closed).
     */
    static Connection migrate(DatabaseUrl url, Connection connection, boolean mayMigrate) {
        MigrationInfoService info;
        try {
            Flyway flyway = flyway(connection);
            info = flyway.info();
            // Flyway ignores migrations it does not know by default; this program must not
            // write into a schema a newer version of itself has reshaped.
            if (Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)) {
                throw new UserError("the database " + url.redacted() + " was set up by a newer version of this "
                        + "program; run that version (nothing was changed)");
            }
            boolean unfinished = info.pending().length > 0 || failedBefore(info);
            if (!mayMigrate && unfinished) {
                throw new UserError("the database server runs an older release: restart db-server with this one "
                        + "(nothing was changed)");
            }
            if (!mayMigrate) return connection;
            if (!url.isH2File() || !unfinished) {
                flyway.migrate();
                return connection;
            }
        } catch (FlywayException e) {
            throw new UserError("cannot migrate the database " + url.redacted() + ": " + e.getMessage(), e);
        }
        SafeMigration m = new SafeMigration(url);
        Connection holding = connection;
        try (MigrationFiles.Lock lock = m.files.lock()) {
            if (m.files.hasCopy()) {   // a start killed mid-upgrade after this one had looked
                shutdown(holding);
                m.recover();
                holding = m.configured(Store.connect(url));
                info = flyway(holding).info();
            }
            return m.upgrade(holding, info);
        } catch (SQLException | FlywayException e) {
            Store.closeQuietly(holding);
            throw new UserError("cannot migrate the database " + url.redacted() + ": " + oneLine(e), e);
        } catch (IOException e) {
            Store.closeQuietly(holding);
            throw m.failed(e);
        }
    }

    private static Flyway flyway(Connection connection) {
        return Flyway.configure()
                .dataSource(new SharedConnectionDataSource(connection))
                .locations("classpath:db/migration")
                .load();
    }

    /** A migration recorded as failed (by a release before this one, on an exception). */
    private static boolean failedBefore(MigrationInfoService info) {
        return Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FAILED);
    }

    /** A new database: migrated under the temporary name, then renamed into place. */
    private void create() throws IOException {
        try {
            Connection c = connect(files.temporaryUrl());
            try {
                Store.configure(c);
                flyway(c).migrate();
            } finally {
                shutdown(c);
            }
            files.moveFreshIntoPlace();
        } catch (SQLException | FlywayException e) {
            throw new UserError("cannot migrate the database " + url.redacted() + ": " + oneLine(e), e);
        } finally {
            files.removeLeftovers();
        }
    }

    /** The held connection keeps other programs out until it is shut down, just before the copy. */
    private Connection upgrade(Connection holding, MigrationInfoService info) throws IOException {
        try {
            if (tables(holding).isEmpty() && info.applied().length == 0) {
                // Not a stopped first start (those are made under the temporary name): H2 opens a
                // file whose last chunk is damaged as an empty database, and migrating it would
                // bury the answers under a new schema (seen with 64 bytes changed at the file's end).
                shutdown(holding);
                throw new UserError(Damage.message(Damage.Kind.DAMAGED, url.redacted()));
            }
            boolean holdsData = holdsData(holding);
            shutdown(holding);
            if (!holdsData) {
                Path aside = files.setAside();
                LOG.warning(() -> url.redacted() + " held a half-made schema and no rows (a first start was stopped): "
                        + "set aside as " + aside.getFileName() + " and made anew");
                create();
                return configured(Store.connect(url));
            }
        } catch (SQLException e) {
            throw new UserError("cannot migrate the database " + url.redacted() + ": " + oneLine(e), e);
        } finally {
            Store.closeQuietly(holding);
        }
        files.takeCopy();
        Connection c;
        try {
            c = Store.connect(url);
        } catch (RuntimeException e) {
            files.deleteCopy();   // the file was not touched
            throw e;
        }
        try {
            Store.configure(c);
            flyway(c).migrate();
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");   // the migrated file on disk before its copy goes
            }
        } catch (SQLException | RuntimeException e) {
            try {
                shutdown(c);
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            files.putBackCopy();
            throw refusal(e, info);
        }
        files.deleteCopy();
        return c;
    }

    private UserError refusal(Exception failure, MigrationInfoService info) {
        String what = "the database " + url.redacted();
        if (info.applied().length == 0) {
            return new UserError(what + " holds tables and rows but no record of this program's setting up: it is not a "
                    + "kiosk database, or a damaged one; restore it from a backup (see the README, Backup and restore); "
                    + "nothing was changed (" + oneLine(failure) + ")", failure);
        }
        if (failedBefore(info) || alreadyMade(failure)) {
            return new UserError(what + " was left half-way through an upgrade by an earlier release that was stopped "
                    + "(killed, or a power cut) while it changed the tables, and it holds data: restore it from a backup "
                    + "(see the README, Backup and restore); nothing was changed (" + oneLine(failure) + ")", failure);
        }
        return new UserError("cannot migrate " + what + ": " + oneLine(failure)
                + "; it was put back as it was (nothing was changed)", failure);
    }

    private static boolean alreadyMade(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ALREADY_MADE.contains(s.getErrorCode())) return true;
        }
        return false;
    }

    /** The first line of the deepest message: H2's own words, where Flyway's run to a dozen lines. */
    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) message = t.getMessage();
        }
        return String.valueOf(message).lines().findFirst().orElse("").strip();
    }

    /** The kiosk's tables (Flyway's history aside). */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                        + "AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'flyway_schema_history'")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables;
    }

    /** Any row in any of the kiosk's tables (Flyway's history aside). */
    private static boolean holdsData(Connection c) throws SQLException {
        for (String table : tables(c)) {
            try (Statement st = c.createStatement();
                    var rs = st.executeQuery("SELECT 1 FROM \"" + table.replace("\"", "\"\"") + "\" LIMIT 1")) {
                if (rs.next()) return true;
            }
        }
        return false;
    }

    private Connection connect(String jdbcUrl) {
        try {
            return DriverManager.getConnection(Store.untraced(url, jdbcUrl), url.user(), url.password());
        } catch (SQLException e) {
            throw Store.translate(url, e);
        }
    }

    private Connection configured(Connection c) {
        try {
            Store.configure(c);
            return c;
        } catch (SQLException e) {
            Store.closeQuietly(c);
            throw Store.translate(url, e);
        }
    }

    /** Closes the database itself, not only the connection (a URL may ask H2 to keep it open). */
    private static void shutdown(Connection c) throws SQLException {
        try (c; Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() != H2_CLOSED_AT_SHUTDOWN) throw e;
        }
    }

    private UserError failed(IOException e) {
        return new UserError("cannot prepare the database " + url.redacted() + ": " + IoReason.of(e)
                + " (check the folder and free space)", e);
    }
}
