package org.rpgkiosk.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.Server;
import org.rpgkiosk.UserError;

/**
 * H2's own TCP server over the data directory, for several kiosk terminals on one machine or a
 * small office network's one PC: every terminal connects with {@link DatabaseUrl#served(int)}.
 * It opens (and migrates) the database itself first, and keeps it open while it serves, so no
 * terminal's arrival or departure ever moves the file's owner. Loopback only unless asked.
 */
public final class H2Server implements AutoCloseable {
    private final Server server;
    private final Store holder;

    private H2Server(Server server, Store holder) {
        this.server = server;
        this.holder = holder;
    }

    public static H2Server start(Path dataDir, int port, boolean allowOthers) {
        Store holder = Store.open(DatabaseUrl.defaultFor(dataDir));
        try {
            String[] args = allowOthers
                    ? new String[] {"-tcpPort", String.valueOf(port), "-baseDir", dataDir.toAbsolutePath().toString(), "-tcpAllowOthers"}
                    : new String[] {"-tcpPort", String.valueOf(port), "-baseDir", dataDir.toAbsolutePath().toString()};
            Server server = Server.createTcpServer(args).start();
            return new H2Server(server, holder);
        } catch (SQLException e) {
            holder.close();
            throw new UserError("cannot serve the database on port " + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.stop();
        holder.close();
    }
}
