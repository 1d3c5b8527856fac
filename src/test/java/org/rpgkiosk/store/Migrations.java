package org.rpgkiosk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The migrations in db/migration, as the tests need to know them: a new one must not break them. */
final class Migrations {
    private Migrations() {}

    /** Migrates the database on {@code c} as far as {@code version} and no further, as an older program left it. */
    static void upTo(java.sql.Connection c, String version) {
        org.flywaydb.core.Flyway.configure().dataSource(new SharedConnectionDataSource(c)).locations("classpath:db/migration")
                .target(version).load().migrate();
    }

    /** The newest migration's version ("5" for V5__...): what every open must reach. */
    static String newest() {
        try (var list = Files.list(Path.of("db", "migration"))) {
            return list.map(f -> f.getFileName().toString()).filter(f -> f.matches("V\\d+__.*\\.sql"))
                    .map(f -> Integer.parseInt(f.substring(1, f.indexOf("__")))).max(Integer::compare).orElseThrow().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
