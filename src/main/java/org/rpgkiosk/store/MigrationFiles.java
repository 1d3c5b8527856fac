package org.rpgkiosk.store;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rpgkiosk.fault.IoReason;
import org.rpgkiosk.fault.UserError;

/**
 * The files {@link SafeMigration} keeps beside an embedded H2 database ({@code kiosk.mv.db}), and
 * the moves it makes of them, each whole or not at all: a rename is atomic and reaches the disk
 * with its folder; a copy is written under another name and renamed once complete; and the
 * database file is moved only while it is locked as H2 locks it, so never under a program that
 * has it open. The names are what the next start finds after a kill.
 */
final class MigrationFiles {
    private static final Logger LOG = Logger.getLogger(MigrationFiles.class.getName());
    private static final String MV = ".mv.db";
    /** The temporary name a new database is made under (H2 adds ".mv.db"). */
    private static final String FRESH = ".new";
    private static final String COPY = ".before-migration" + MV;
    private static final String PART = COPY + ".part";
    private static final String LOCK = ".migration.lock";

    private final DatabaseUrl url;
    private final Path base;
    final Path live;
    private final Path copy;

    MigrationFiles(DatabaseUrl url) {
        this.url = url;
        this.base = Store.h2Path(url).toAbsolutePath();
        this.live = sibling(MV);
        this.copy = sibling(COPY);
    }

    private Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    /** The database is there and nothing a stopped start leaves is: the common case, five look-ups. */
    boolean settled() {
        return Files.exists(live) && !Files.exists(copy) && !Files.exists(sibling(PART)) && !Files.exists(sibling(FRESH + MV))
                && !Files.exists(sibling(LOCK));
    }

    /**
     * The lock every move here is made under; another program holding it is using the database.
     * The file goes when the lock is let go (deleted first, so a program that opened it meanwhile
     * finds it held), and one a kill left is taken over.
     */
    Lock lock() {
        Path file = sibling(LOCK);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, CREATE, WRITE);
        } catch (IOException e) {
            throw new UserError("cannot write in the folder of " + url.redacted() + ": " + IoReason.of(e), e);
        }
        try {
            DataDirectory.ownerOnly(file);
            if (tryLock(channel) == null) throw Store.inUse(url, null);
            return new Lock(file, channel);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            if (e instanceof RuntimeException r) throw r;
            throw new UserError("cannot lock " + file + ": " + IoReason.of(e), e);
        }
    }

    record Lock(Path file, FileChannel channel) implements AutoCloseable {
        @Override
        public void close() {
            try (channel) {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove the migration lock file", e);   // the next start takes it over
            }
        }
    }

    /** What a stopped first start or copy left: never trusted, so removed. */
    void removeLeftovers() throws IOException {
        String prefix = base.getFileName() + FRESH + ".";   // H2 may have made a trace file beside it
        try (var files = Files.list(base.getParent())) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith(prefix)) Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(sibling(PART));
    }

    /** The URL of the temporary database: ".new" after the file's path, its options (";...") kept. */
    String temporaryUrl() {
        String u = url.url();
        int options = u.indexOf(';');
        return options < 0 ? u + FRESH : u.substring(0, options) + FRESH + u.substring(options);
    }

    /** The new database, complete and closed, renamed into place. */
    void moveFreshIntoPlace() throws IOException {
        Path fresh = sibling(FRESH + MV);
        DataDirectory.ownerOnly(fresh);
        sync(fresh);
        Files.move(fresh, live, ATOMIC_MOVE);
        syncFolder();
    }

    /** The closed file copied whole under another name, then renamed: a copy is never torn. */
    void takeCopy() throws IOException {
        if (hasCopy()) throw new IllegalStateException("a copy is there already");   // never over the one to put back
        Path part = sibling(PART);
        try {
            withLiveLocked(() -> {
                try (FileChannel in = FileChannel.open(live, READ);
                        FileChannel out = FileChannel.open(part, CREATE, TRUNCATE_EXISTING, WRITE)) {
                    DataDirectory.ownerOnly(part);
                    long size = in.size();
                    for (long done = 0; done < size; ) done += in.transferTo(done, size - done, out);
                    out.force(true);
                }
                Files.move(part, copy, ATOMIC_MOVE);
            });
            syncFolder();
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw new UserError("cannot copy the database " + url.redacted() + " before upgrading it (is the disk full?): "
                    + IoReason.of(e) + "; nothing was changed", e);
        }
    }

    boolean hasCopy() {
        return Files.exists(copy);
    }

    /** The copy back over the database, as it was before the migration began. */
    void putBackCopy() throws IOException {
        withLiveLocked(() -> Files.move(copy, live, ATOMIC_MOVE, REPLACE_EXISTING));
        syncFolder();
    }

    /** Once the migrated file is on disk. */
    void deleteCopy() throws IOException {
        Files.deleteIfExists(copy);
        syncFolder();
    }

    /** The database renamed out of the way (owner-only), for a look; returns its new name. */
    Path setAside() throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = sibling(".unfinished-" + stamp + MV);
        for (int n = 2; Files.exists(aside); n++) aside = sibling(".unfinished-" + stamp + "-" + n + MV);
        Path target = aside;
        withLiveLocked(() -> Files.move(live, target, ATOMIC_MOVE));
        DataDirectory.ownerOnly(target);
        syncFolder();
        return target;
    }

    private interface FileStep {
        void run() throws IOException;
    }

    private void withLiveLocked(FileStep step) throws IOException {
        if (!Files.exists(live)) {
            step.run();
            return;
        }
        try (FileChannel channel = FileChannel.open(live, READ, WRITE)) {
            if (tryLock(channel) == null) throw Store.inUse(url, null);
            step.run();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;   // held in this JVM
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, WRITE)) {
            channel.force(true);
        }
    }

    /** A rename reaches the disk with its folder (a power cut must not undo it). */
    private void syncFolder() {
        try (FileChannel channel = FileChannel.open(base.getParent(), READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a folder; the rename stands all the same
        }
    }
}
