package org.rpgkiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipFile;
import org.jooq.SQLDialect;
import org.rpgkiosk.UserError;

/**
 * Online backup and restore of the embedded database. H2's BACKUP is consistent while the
 * kiosk writes (it copies a snapshot, holding no lock that blocks a participant for long).
 * A backup is written beside its target and moved into place, so a failed one leaves nothing.
 * On PostgreSQL the server's own pg_dump and pg_restore do this (see the README).
 */
public final class Backup {
    private Backup() {}

    public static void backup(Store store, Path out) {
        if (store.url().dialect() != SQLDialect.H2) {
            throw new UserError("on PostgreSQL, back up with the server's own tool: pg_dump -Fc DBNAME > FILE (see the README)");
        }
        Path target = out.toAbsolutePath();
        if (Files.exists(target)) throw new UserError(target + " already exists; choose a new file name");
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new UserError("there is no folder " + dir + " to write the backup to");
        Path temp = dir.resolve("." + target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(temp);
            if (store.url().url().startsWith("jdbc:h2:tcp:")) {
                fromServer(store, temp);
            } else {
                snapshot(store, temp);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the message below says what failed
            }
            throw new UserError("the backup to " + target + " failed, nothing was written: " + e.getMessage(), e);
        }
    }

    /**
     * A db-server terminal (user KIOSK) may not run BACKUP: the server takes the snapshot for it
     * and hands it over as one large value, through the {@link H2Server#BACKUP_FUNCTION}.
     */
    private static void fromServer(Store store, Path zip) {
        store.dsl().connection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("CALL " + H2Server.BACKUP_FUNCTION + "()")) {
                rs.next();
                try (var in = rs.getBinaryStream(1)) {
                    Files.copy(in, zip);
                }
            } catch (java.sql.SQLException e) {
                throw new UserError("the database server did not take the backup (is it db-server of this release?): "
                        + e.getMessage(), e);
            }
        });
    }

    /**
     * H2's BACKUP of a database open as admin, without its passwords: a served directory's admin
     * password stays in that directory, and the backup restores as a database never served
     * ("sa" without a password, no KIOSK user), which db-server gives new ones when it serves it.
     */
    static void snapshot(Store admin, Path zip) throws IOException {
        admin.dsl().execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        if (admin.url().password().isEmpty()) return;
        Path scratch = zip.resolveSibling(zip.getFileName() + ".scrub");
        DataDirectory.ensure(scratch);
        try {
            org.h2.tools.Restore.execute(zip.toString(), scratch.toString(), DatabaseUrl.FILE_NAME);
            String url = "jdbc:h2:file:" + scratch.resolve(DatabaseUrl.FILE_NAME) + ";IFEXISTS=TRUE";
            try (var c = java.sql.DriverManager.getConnection(url, "sa", admin.url().password());
                    var st = c.createStatement()) {
                st.execute("DROP USER IF EXISTS " + ServerCredentials.KIOSK_USER);
                st.execute("ALTER USER SA SET PASSWORD ''");
                st.execute("SHUTDOWN");
            }
            Files.delete(zip);
            org.h2.tools.Backup.execute(zip.toString(), scratch.toString(), DatabaseUrl.FILE_NAME, true);
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot take the passwords out of the backup: " + e.getMessage(), e);
        } finally {
            try (var files = Files.walk(scratch)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
    }

    /** Restores a backup into a data directory that holds no database yet, then opens it to prove it. */
    public static void restore(Path zip, Path dataDir) {
        Path existing = dataDir.resolve(DatabaseUrl.FILE_NAME + ".mv.db");
        if (Files.exists(existing)) {
            throw new UserError(existing + " already exists: restore only into an empty data directory "
                    + "(--data-dir NEW_DIR), nothing was changed");
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.getEntry(DatabaseUrl.FILE_NAME + ".mv.db") == null) {
                throw new UserError(zip + " is not a kiosk backup (it holds no " + DatabaseUrl.FILE_NAME + ".mv.db)");
            }
        } catch (IOException e) {
            throw new UserError("cannot read the backup " + zip + ": " + e.getMessage(), e);
        }
        DataDirectory.ensure(dataDir);
        try {
            org.h2.tools.Restore.execute(zip.toString(), dataDir.toString(), DatabaseUrl.FILE_NAME);
            Store.open(DatabaseUrl.defaultFor(dataDir)).close();
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(existing);
            } catch (IOException ignored) {
                // reported below
            }
            throw new UserError("the backup " + zip + " could not be restored: " + e.getMessage(), e);
        }
    }
}
