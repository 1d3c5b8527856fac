package org.rpgkiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.scrub.Labels;
import static org.rpgkiosk.store.generated.Tables.INSTALLATION;

/**
 * The one door to the database: opens a URL, migrates it ({@link SafeMigration}), picks the jOOQ
 * dialect, and hands out the repositories. Nothing outside store/ speaks SQL.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Store.class.getName());
    /** H2's error for a database file locked by another process. */
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_IO_EXCEPTION = 90028;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    private static final int H2_CLOSED_AT_SHUTDOWN = 90121;
    static final int LOCK_WAIT_MILLIS = 15_000;

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final DatabaseUrl url;
    /** Replaced by {@link #compactNow()} and {@link #reconnect()}; jOOQ asks for it on each query ({@link #current}). */
    private Connection connection;
    private final DSLContext dsl;
    /** Whether this user set the H2 settings at open, to set them again on a new connection. */
    private final boolean admin;

    private Store(DatabaseUrl url, Connection connection, boolean admin) {
        this.url = url;
        this.connection = connection;
        this.admin = admin;
        // Unquoted names: the generated classes carry H2's upper case, PostgreSQL folds to lower.
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
        this.dsl = DSL.using(current(), url.dialect(), settings);
    }

    /** Opens (creating if need be) and migrates the database. */
    public static Store open(DatabaseUrl url) {
        return open(url, true);
    }

    /**
     * For the kiosk, which writes answers into it: read whole before anything is written, so
     * damage is found first. An H2 file that is there is read whole on a read-only connection
     * (issue 35: a writing session could add to a damaged file), then opened as ever without a
     * second read-only look; any other database is read whole once open.
     */
    public static Store openReadWhole(DatabaseUrl url) {
        url.dialect();
        if (url.isH2File() && java.nio.file.Files.isRegularFile(Path.of(h2Path(url) + ".mv.db"))) {
            try (Store readOnly = openForCheck(url)) {
                readOnly.checkWhole();
            }
            return open(url, false);
        }
        Store store = open(url);
        try {
            store.checkWhole();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static Store open(DatabaseUrl url, boolean lookReadOnlyFirst) {
        url.dialect();
        if (url.isH2File()) {
            prepareH2Directory(url);
            SafeMigration.beforeOpening(url);   // only renames: puts back the copy an upgrade killed half-way left
            if (lookReadOnlyFirst) probeReadOnly(url);
        }
        Connection connection = connect(url);
        try {
            // A db-server terminal logs in as KIOSK, without admin rights: the server has set
            // these, migrated the file and made its secret; a terminal only checks the schema.
            boolean admin = isAdmin(url, connection);
            if (url.dialect() == org.jooq.SQLDialect.H2 && admin) configure(connection);
            connection = SafeMigration.migrate(url, connection, admin);
            if (url.dialect() == org.jooq.SQLDialect.H2) waitForLocks(connection);
            if (url.isH2File()) DataDirectory.ownerOnlyFiles(h2Directory(url), h2Path(url).getFileName() + ".");   // H2 writes under the umask
            Store store = new Store(url, connection, admin);
            store.ensureInstallationSecret();
            LOG.info(() -> "opened " + url.redacted());
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof UserError ue) throw ue;
            throw new UserError("cannot prepare the database " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    /** H2's "the database is read only": asked to open read-only, it would have had to write. */
    private static final int H2_READ_ONLY = 90097;

    /**
     * An H2 file that is there is first opened read-only (issue 35): H2 opening a damaged file
     * for writing "recovers" it, and a file cut to half its length became an empty store of
     * 16 384 bytes, its remaining rows gone, though the message said it was left as it was.
     * Read-only, H2 cannot write; where it would have had to (or reading fails), the file is
     * reported damaged and never opened for writing. A file a killed kiosk left opens read-only
     * as it is (tried: three killed mid-insert).
     */
    private static void probeReadOnly(DatabaseUrl url) {
        Path file = Path.of(h2Path(url) + ".mv.db");
        if (!java.nio.file.Files.isRegularFile(file)) return;
        try (Connection c = DriverManager.getConnection(readOnlyUrl(url), url.user(), url.password());
             var st = c.createStatement(); var rows = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES")) {
            rows.next();
        } catch (SQLException e) {
            if (damaged(e)) throw new UserError(Damage.message(Damage.Kind.DAMAGED, url.redacted()), e);
            // In use by another process, a wrong password...: the opening that follows says so.
        }
    }

    private static String readOnlyUrl(DatabaseUrl url) {
        return untraced(url, url.url()) + ";ACCESS_MODE_DATA=r";
    }

    /** Opened read-only, H2 would have had to write to it (or could not read it): damaged. */
    private static boolean damaged(SQLException e) {
        return e.getErrorCode() == H2_READ_ONLY || Damage.of(e) == Damage.Kind.DAMAGED;
    }

    /**
     * Opens an existing database to be read only, never migrated nor written: for {@code check},
     * which must leave a damaged file byte for byte as it found it. On an H2 file H2 itself is
     * told to open it read-only; a server (db-server, PostgreSQL) is only read.
     */
    public static Store openForCheck(DatabaseUrl url) {
        url.dialect();
        if (!url.isH2File()) return open(url);
        try {
            return new Store(url, DriverManager.getConnection(readOnlyUrl(url), url.user(), url.password()), false);
        } catch (SQLException e) {
            throw damaged(e) ? new UserError(Damage.message(Damage.Kind.DAMAGED, url.redacted()), e) : translate(url, e);
        }
    }

    /**
     * A new connection in place of one that was lost (db-server or PostgreSQL stopped and started
     * again, an H2 file closed by a full disk), set up as {@link #open} sets it; no migration, as
     * the schema was checked at open. A {@link UserError} while the database is still away.
     */
    public void reconnect() {
        install(freshConnection());
    }

    /**
     * The same, without holding up the thread that asks: each call looks at a connection being
     * made on a thread of its own (H2's client alone spends up to 2 s trying a server that is
     * down), waiting at most {@code waitMillis} for it. True once the new one is in place; false
     * while it is still being made; the {@link UserError} when the attempt failed (the next call
     * starts another). The kiosk calls it, with a back-off, until its held writes are in.
     */
    public boolean reconnectWithin(long waitMillis) {
        if (coming == null) {
            coming = java.util.concurrent.CompletableFuture.supplyAsync(this::freshConnection, CONNECTING);
        }
        Connection fresh;
        try {
            fresh = coming.get(waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            coming = null;
            throw e.getCause() instanceof RuntimeException r ? r : new UserError("cannot reconnect: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        coming = null;
        install(fresh);
        return true;
    }

    private static final java.util.concurrent.Executor CONNECTING = task -> {
        Thread t = new Thread(task, "reconnecting");
        t.setDaemon(true);   // never keeps a closing kiosk alive
        t.start();
    };

    /** A connection being made by {@link #reconnectWithin}; touched by the kiosk's thread only. */
    private java.util.concurrent.CompletableFuture<Connection> coming;

    private Connection freshConnection() {
        Connection fresh = connect(url);
        try {
            if (url.dialect() == org.jooq.SQLDialect.H2) {
                if (admin) configure(fresh);
                waitForLocks(fresh);
            }
            return fresh;
        } catch (SQLException e) {
            closeQuietly(fresh);
            throw translate(url, e);
        }
    }

    private void install(Connection fresh) {
        try {
            connection.close();   // a lost one; for an embedded H2 file, also lets it be opened afresh
        } catch (SQLException e) {
            LOG.fine(() -> "closing the lost connection: " + e.getMessage());
        }
        connection = fresh;
        LOG.info(() -> "connected again to " + url.redacted());
    }

    /**
     * Reconnects if the connection no longer answers (a server restarted while nothing was
     * asked of it): one round trip, for the moments a person is about to need the database.
     */
    public void reconnectIfLost() {
        if (!answers()) reconnect();
    }

    /**
     * Whether the connection answers a query. H2's {@code isValid} looks only at its session,
     * which stays open when a full disk has closed the database under it ("The database has been
     * closed" to every query until a new connection opens the file again), so a query it is.
     */
    private boolean answers() {
        try (var st = connection.createStatement()) {
            st.setQueryTimeout(2);
            st.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The settings every admin connection to an H2 file sets (open, compactNow, SafeMigration). */
    static void configure(Connection connection) throws SQLException {
        try (var st = connection.createStatement()) {
            // Every commit reaches the file before it returns: a kill loses nothing committed.
            st.execute("SET WRITE_DELAY 0");
            // H2's own trace file would keep every refused value ("Value too long ...
            // 'Siân ap Rhys'") beside the database; the log says what failed instead.
            st.execute("SET TRACE_LEVEL_FILE 0");
        }
    }

    /**
     * H2 waits 1-2 s for a row another session has locked; demo-data or an import beside a
     * db-server kiosk takes seconds. Past this wait, {@link Damage} names it "busy". Any user.
     */
    static void waitForLocks(Connection connection) throws SQLException {
        try (var st = connection.createStatement()) {
            st.execute("SET LOCK_TIMEOUT " + LOCK_WAIT_MILLIS);
        }
    }

    /** The folder of an embedded H2 database file. */
    private static Path h2Directory(DatabaseUrl url) {
        return h2Path(url).toAbsolutePath().getParent();
    }

    /** The database file's path without its ".mv.db", from an embedded H2 URL. */
    static Path h2Path(DatabaseUrl url) {
        return url.h2Path();
    }

    private static void prepareH2Directory(DatabaseUrl url) {
        String path = h2Path(url).toString();
        Path dir = h2Directory(url);
        if (dir != null) {
            DataDirectory.ensure(dir);
            try {   // written by releases before this one, with the values it refused
                Files.deleteIfExists(Path.of(path + ".trace.db"));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove an old H2 trace file", e);
            }
        }
    }

    static Connection connect(DatabaseUrl url) {
        try {
            return DriverManager.getConnection(untraced(url, url.url()), url.user(), url.password());
        } catch (SQLException e) {
            throw translate(url, e);
        }
    }

    /**
     * H2 writes a trace file beside an embedded database from the first moment, before SET
     * TRACE_LEVEL_FILE can be sent; where it cannot, it prints the failure to stderr.
     */
    static String untraced(DatabaseUrl url, String jdbcUrl) {
        return url.isH2File() && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("TRACE_LEVEL_FILE")
                ? jdbcUrl + ";TRACE_LEVEL_FILE=0" : jdbcUrl;
    }

    static UserError translate(DatabaseUrl url, SQLException e) {
        String where = url.redacted();
        if (e.getErrorCode() == H2_DATABASE_IN_USE) return inUse(url, e);
        Damage.Kind storage = Damage.of(e);
        if (storage != null && storage != Damage.Kind.UNREACHABLE) {   // not reached at all: said below
            boolean folder = storage == Damage.Kind.DISK_FULL && url.isH2File();
            return new UserError(Damage.message(storage, folder ? h2Directory(url).toString() : where), e);
        }
        if (e.getErrorCode() == H2_IO_EXCEPTION) {
            return new UserError("the database file of " + where + " cannot be read or written: the disk may be full "
                    + "or not writable, or the file damaged or not a kiosk database (free space, check the folder, "
                    + "or restore it from a backup; nothing was changed)", e);
        }
        if (e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD || String.valueOf(e.getSQLState()).startsWith("28")) {
            String served = url.url().startsWith("jdbc:h2:tcp:")
                    ? " (db-server's terminals log in as " + ServerCredentials.KIOSK_USER + " with KIOSK_DB_PASSWORD=$(cat DATA/"
                            + ServerCredentials.KIOSK_FILE + "), DATA being the served data directory)"
                    : "";
            return new UserError("the database " + where + " refused the user name or password" + served, e);
        }
        if ("3D000".equals(e.getSQLState())) {
            return new UserError("the database server has no database named in " + where
                    + "; create it first (see the README, PostgreSQL)", e);
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return new UserError("cannot connect to the database " + where + ": " + e.getMessage(), e);
        }
        return new UserError("cannot open the database " + where + ": " + e.getMessage(), e);
    }

    static UserError inUse(DatabaseUrl url, Throwable cause) {
        return new UserError("the database " + url.redacted() + " is in use by another program "
                + "(is a kiosk or another command already running on it?)", cause);
    }

    /** On H2, whether the user may change the schema and settings; a PostgreSQL user is trusted to (as before). */
    private static boolean isAdmin(DatabaseUrl url, Connection connection) throws SQLException {
        if (url.dialect() != org.jooq.SQLDialect.H2) return true;
        try (var st = connection.createStatement();
                var rs = st.executeQuery("SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void ensureInstallationSecret() {
        if (dsl.fetchExists(INSTALLATION)) return;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        dsl.insertInto(INSTALLATION)
                .set(INSTALLATION.ID, 1)
                .set(INSTALLATION.SECRET_HEX, HexFormat.of().formatHex(secret))
                .set(INSTALLATION.CREATED_AT, LocalDateTime.now())
                .onConflictDoNothing()
                .execute();
    }

    /**
     * Reads every row and index entry; a damaged file gives {@link UserError} in the words every
     * command uses. Returns the rows read.
     */
    public long checkWhole() {
        return new WholeRead(dsl, url.dialect()).check(url);
    }

    /** Runs {@code work} as the only such work on the database at the time ({@link OneAtATime}). */
    public <T> T alone(java.util.function.Supplier<T> work) {
        return OneAtATime.run(url, work);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DatabaseUrl url() {
        return url;
    }

    public QuestionnaireRepository questionnaires() {
        return new QuestionnaireRepository(dsl);
    }

    public WaveRepository waves() {
        return new WaveRepository(dsl);
    }

    public ResponseRepository responses() {
        return new ResponseRepository(dsl);
    }

    public StaffPinRepository pins() {
        return new StaffPinRepository(dsl);
    }

    public ReleaseRepository releases() {
        return new ReleaseRepository(dsl);
    }

    /** Group names and wave labels as every output shows them: scrubbed of names and contacts. */
    public Labels labels() {
        return Labelling.of(dsl);
    }

    public ReportQueries reports() {
        return new ReportQueries(dsl);
    }

    public RosterRepository roster() {
        return new RosterRepository(dsl);
    }

    public AttendanceRepository attendance() {
        return new AttendanceRepository(dsl);
    }

    public DemoDataWriter demoData() {
        return new DemoDataWriter(dsl);
    }

    public AuditLog audit() {
        return new AuditLog(dsl);
    }

    public ExportQueries exportQueries() {
        return new ExportQueries(dsl);
    }

    /**
     * An embedded H2 file is compacted as it closes: MVStore writes every change to a new chunk and
     * leaves the old ones in the file, so an answer a participant rewrote or a deleted name would
     * otherwise stay readable in kiosk.mv.db. SHUTDOWN COMPACT copies the live rows alone into a
     * new file. Only by the last connection to the file (SHUTDOWN would close the database under
     * any other, e.g. db-server's clients), and never from a server's client.
     */
    @Override
    public void close() {
        if (coming != null) coming.thenAccept(Store::closeQuietly);   // made too late to be used
        compactIfLast();
        closeQuietly(connection);
        if (url.isH2File()) DataDirectory.ownerOnlyFiles(h2Directory(url), h2Path(url).getFileName() + ".");   // a file H2 made since opening
    }

    /**
     * Compacts the file now rather than only at close (the kiosk calls it when a wave closes, as
     * it may run for weeks): SHUTDOWN COMPACT closes the database, so a new connection is put under
     * the same DSLContext. H2 has no full compaction of an open file. Nothing for a server's
     * client, PostgreSQL, or a file another connection of this program still holds.
     */
    public void compactNow() {
        if (!compactIfLast()) return;
        connection = connect(url);
        try {
            configure(connection);   // as open() sets them
            waitForLocks(connection);
        } catch (SQLException e) {
            throw translate(url, e);
        }
    }

    /** True when the file was compacted (and its connection closed by it). */
    private boolean compactIfLast() {
        if (!url.isH2File()) return false;
        long start = System.nanoTime();
        try (var st = connection.createStatement()) {
            try (var sessions = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                if (!sessions.next() || sessions.getLong(1) != 1) return false;
            }
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != H2_CLOSED_AT_SHUTDOWN) {
                LOG.log(Level.WARNING, "compacting the database failed", e);
                try {   // H2's half-made compacted copy (of a damaged file, say) holds rows too
                    Files.deleteIfExists(Path.of(h2Path(url) + ".mv.db.tempFile"));
                } catch (IOException ignored) {
                    // an owner-only leftover in an owner-only folder; the next compaction replaces it
                }
                return false;
            }
        }
        LOG.info(() -> "compacted in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        closeQuietly(connection);
        DataDirectory.ownerOnly(Path.of(h2Path(url) + ".mv.db"));   // the compacted copy is new, made under the umask
        return true;
    }

    /** The connection of the moment, for jOOQ. */
    private ConnectionProvider current() {
        return new ConnectionProvider() {
            @Override
            public Connection acquire() {
                return connection;
            }

            @Override
            public void release(Connection released) {
                // kept open until close() or compactNow()
            }
        };
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "closing the database failed", e);
        }
    }
}
