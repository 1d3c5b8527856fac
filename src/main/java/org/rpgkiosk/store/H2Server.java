package org.rpgkiosk.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.Server;
import org.rpgkiosk.fault.UserError;

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

    private final Server server;
    private final Store holder;
    private final String kioskPassword;

    private H2Server(Server server, Store holder, String kioskPassword) {
        this.server = server;
        this.holder = holder;
        this.kioskPassword = kioskPassword;
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
            H2Server served = new H2Server(Server.createTcpServer(args.toArray(String[]::new)), holder, kiosk);
            served.server.start();
            return served;
        } catch (SQLException | RuntimeException e) {
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
        execute(holder, "DROP ALIAS IF EXISTS KIOSK_BACKUP");   // made by a server of an earlier build
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
        holder.close();
    }
}
