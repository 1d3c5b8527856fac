package org.rpgkiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.tools.Server;
import org.rpgkiosk.UserError;

/**
 * H2's own TCP server over the data directory, for several kiosk terminals on one machine or a
 * small office network's one PC: every terminal connects with {@link DatabaseUrl#served}, as user
 * KIOSK, who may read and write the kiosk's rows and nothing more (no admin: H2 refuses it
 * FILE_READ, CSVWRITE, LINK_SCHEMA, CREATE ALIAS, SCRIPT, DDL). The server opens (and migrates)
 * the database itself first as admin, with the password only the owner-only file holds, and
 * keeps it open while it serves, so no terminal's arrival or departure ever moves the file's
 * owner. Loopback only unless asked.
 */
public final class H2Server implements AutoCloseable {
    /** What a terminal calls for a backup: BACKUP itself needs admin rights. */
    private static final Logger LOG = Logger.getLogger(H2Server.class.getName());
    static final String BACKUP_FUNCTION = "KIOSK_BACKUP";
    /** The databases this JVM serves, by H2's DATABASE_PATH(), for {@link #backupFor}. */
    private static final Map<String, H2Server> SERVED = new ConcurrentHashMap<>();

    private final Server server;
    private final Store holder;
    private final String kioskPassword;
    private final Path dataDir;
    private final String path;

    private H2Server(Server server, Store holder, String kioskPassword, Path dataDir, String path) {
        this.server = server;
        this.holder = holder;
        this.kioskPassword = kioskPassword;
        this.dataDir = dataDir;
        this.path = path;
    }

    public static H2Server start(Path dataDir, int port, boolean allowOthers) {
        return start(dataDir, port, allowOthers, null);
    }

    /** With a password file, terminals use its password; without, one made and kept in the data directory. */
    public static H2Server start(Path dataDir, int port, boolean allowOthers, Path passwordFile) {
        DataDirectory.ensure(dataDir);
        String kiosk = ServerCredentials.kiosk(dataDir, passwordFile);
        Store holder = openAsAdmin(dataDir, ServerCredentials.admin(dataDir));
        try {
            admitKiosk(holder, kiosk);
            List<String> args = new ArrayList<>(List.of("-tcpPort", String.valueOf(port),
                    "-baseDir", dataDir.toAbsolutePath().toString(), "-ifExists",
                    "-tcpPassword", ServerCredentials.random()));     // nobody shuts the server down from outside
            if (allowOthers) args.add("-tcpAllowOthers");
            String path = (String) holder.dsl().fetchValue("CALL DATABASE_PATH()");
            H2Server served = new H2Server(Server.createTcpServer(args.toArray(String[]::new)), holder, kiosk, dataDir, path);
            SERVED.put(path, served);
            served.server.start();
            return served;
        } catch (SQLException | RuntimeException e) {
            SERVED.values().removeIf(s -> s.holder == holder);
            holder.close();
            if (e instanceof UserError ue) throw ue;
            throw new UserError("cannot serve the database on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** A database made before it was first served still has "sa" without a password: it gets the admin's. */
    private static Store openAsAdmin(Path dataDir, String admin) {
        DatabaseUrl url = DatabaseUrl.defaultFor(dataDir);
        try {
            return Store.open(url);
        } catch (UserError e) {
            if (!(e.getCause() instanceof SQLException s && s.getErrorCode() == 28000)) throw e;
        }
        Store store = Store.open(new DatabaseUrl(url.url(), url.user(), ""));
        try {
            execute(store, "ALTER USER SA SET PASSWORD " + literal(admin));
        } catch (SQLException | RuntimeException e) {
            throw new UserError("cannot set the database's admin password: " + e.getMessage(), e);
        } finally {
            store.close();
        }
        return Store.open(url);
    }

    /** KIOSK may read and write the kiosk's tables, and read (not rewrite) which migrations ran. */
    private static void admitKiosk(Store holder, String password) throws SQLException {
        String user = ServerCredentials.KIOSK_USER;
        execute(holder, "CREATE USER IF NOT EXISTS " + user + " PASSWORD " + literal(password),
                "ALTER USER " + user + " SET PASSWORD " + literal(password),
                "ALTER USER " + user + " ADMIN FALSE");
        List<String> tables = holder.dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'").getValues(0, String.class);
        execute(holder, "DROP ALIAS IF EXISTS " + BACKUP_FUNCTION, "CREATE ALIAS " + BACKUP_FUNCTION + " FOR \""
                + H2Server.class.getName() + ".backupFor\"");
        for (String table : tables) {
            String rights = table.equals("flyway_schema_history") ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
            execute(holder, "GRANT " + rights + " ON \"" + table.replace("\"", "\"\"") + "\" TO " + user);
        }
    }

    private static void execute(Store store, String... sql) throws SQLException {
        // plain JDBC: jOOQ's plain SQL would read a '?' or '{' in a password as a placeholder
        var connection = store.dsl().configuration().connectionProvider().acquire();
        try (Statement st = connection.createStatement()) {
            for (String s : sql) st.execute(s);
        } finally {
            store.dsl().configuration().connectionProvider().release(connection);
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /**
     * Called by H2 for a terminal's {@code CALL KIOSK_BACKUP()}: a snapshot taken as admin, without
     * the passwords ({@link Backup#snapshot}), handed back as a BLOB. Public for H2 only.
     */
    public static java.sql.Blob backupFor(Connection caller) throws SQLException {
        String path;
        try (Statement st = caller.createStatement(); var rs = st.executeQuery("CALL DATABASE_PATH()")) {
            rs.next();
            path = rs.getString(1);
        }
        H2Server served = SERVED.get(path);
        if (served == null) throw new SQLException("only a running db-server takes backups this way");
        Path zip = served.dataDir.resolve(".served-backup-" + ServerCredentials.random() + ".zip");
        try {
            synchronized (served.holder) {
                Backup.snapshot(served.holder, zip);
            }
            java.sql.Blob blob = caller.createBlob();
            blob.setBytes(1, Files.readAllBytes(zip));
            return blob;
        } catch (IOException | RuntimeException e) {
            throw new SQLException("the backup failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove a served backup's scratch file", e);
            }
        }
    }

    public int port() {
        return server.getPort();
    }

    /** What a terminal on this machine connects with: user KIOSK and its password. */
    public DatabaseUrl kioskUrl() {
        return DatabaseUrl.served(port(), kioskPassword);
    }

    @Override
    public void close() {
        server.stop();
        SERVED.remove(path);
        try {
            execute(holder, "DROP ALIAS IF EXISTS " + BACKUP_FUNCTION);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove the backup function", e);
        }
        holder.close();
    }
}
