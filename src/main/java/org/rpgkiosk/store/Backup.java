package org.rpgkiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.rpgkiosk.fault.IoReason;
import org.jooq.SQLDialect;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.backup.Sealed;

/**
 * Backups that can travel: the live rows of every table ({@link Snapshot}), sealed with a
 * passphrase ({@link Sealed}), in a file only its owner can read. The rows are read in one
 * snapshot transaction, consistent while the kiosk writes. A backup is written beside its target
 * and moved into place, so a failed one leaves nothing; a restore that fails removes the database
 * it began. On PostgreSQL the server's own pg_dump and pg_restore do this (see the README).
 */
public final class Backup {
    private Backup() {}

    public static void backup(Store store, Path out, char[] passphrase) {
        if (store.url().dialect() != SQLDialect.H2) {
            throw new UserError("on PostgreSQL, back up with the server's own tool: pg_dump -Fc DBNAME > FILE (see the README)");
        }
        Sealed.weakness(passphrase).ifPresent(w -> {
            throw new UserError("not backed up: " + w);
        });
        Path target = out.toAbsolutePath();
        if (Files.exists(target)) throw new UserError(target + " already exists; choose a new file name");
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new UserError("there is no folder " + dir + " to write the backup to");
        // A damaged file read table by table can pass while an index does not (or the reverse):
        // a backup of it would carry the damage, or hide it until the day it is needed.
        store.checkWhole();
        Path temp = null;
        try {
            byte[] sealed = Sealed.seal(rows(store), passphrase);
            temp = Partials.newFile(target);
            Files.write(temp, sealed, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            DataDirectory.ownerOnly(target);
        } catch (IOException | RuntimeException e) {
            if (temp != null) Partials.deleteTree(temp);
            if (e instanceof UserError ue) throw ue;
            // Not the SQL of a failed read: the person needs what to do; the log keeps the rest.
            String why = Damage.of(e) == Damage.Kind.DISK_FULL ? "the disk is full"
                    : e instanceof IOException ? IoReason.of(e) : "the database could not be read (the log has the detail)";
            throw new UserError("the backup to " + target + " failed, nothing was written: " + why, e);
        }
    }

    private static byte[] rows(Store store) {
        store.dsl().execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
        try {
            return store.dsl().transactionResult(tx -> Snapshot.write(tx.dsl()));
        } finally {
            store.dsl().execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
        }
    }

    /**
     * Restores a backup into a data directory that holds no database yet: opens the seal first
     * (a wrong passphrase creates nothing), makes the database by migrating, puts the rows in,
     * and opens it again and reads every row and index to prove it.
     */
    public static void restore(Path file, Path dataDir, char[] passphrase) {
        Path existing = dataDir.resolve(DatabaseUrl.FILE_NAME + ".mv.db");
        if (Files.exists(existing)) {
            throw new UserError(existing + " already exists: restore only into an empty data directory "
                    + "(--data-dir NEW_DIR), nothing was changed");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserError("cannot read the backup " + file + ": " + IoReason.of(e), e);
        }
        if (!Sealed.isSealed(bytes)) {
            throw new UserError("cannot read the backup " + file + ": it is not a kiosk backup (one written before backups "
                    + "were sealed is restored with the version that wrote it)");
        }
        byte[] zip = Sealed.open(bytes, passphrase);
        DatabaseUrl url = DatabaseUrl.defaultFor(dataDir);
        try {
            try (Store store = Store.open(url)) {
                store.dsl().transaction(tx -> Snapshot.load(tx.dsl(), zip));
            }
            try (Store restored = Store.open(url)) {   // opened again, and read whole, before it is called done
                restored.checkWhole();
            }
        } catch (RuntimeException e) {
            removeDatabase(dataDir);
            if (e instanceof UserError ue) throw new UserError("the backup " + file + " was not restored: " + ue.getMessage(), ue);
            throw new UserError("the backup " + file + " could not be restored: " + e.getMessage(), e);
        }
    }

    private static void removeDatabase(Path dataDir) {
        try (var files = Files.list(dataDir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(DatabaseUrl.FILE_NAME + ".") && name.endsWith(".db")) Files.deleteIfExists(f);
            }
        } catch (IOException ignored) {
            // the message the caller throws says the restore failed
        }
    }
}
