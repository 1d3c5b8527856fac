package org.rpgkiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.rpgkiosk.fault.IoReason;
import org.rpgkiosk.fault.UserError;

/**
 * Owner-only folders and files: the data directory, exports, reports and backups hold answers
 * and the roster's names, and a shared office terminal has other accounts. Every folder the
 * program makes or writes into as its own is 0700, every file it writes 0600, whatever the
 * umask; a data directory that already exists open to others is tightened, not trusted.
 */
public final class DataDirectory {
    private DataDirectory() {}

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /**
     * Makes the folder if need be, and leaves it owner-only either way; the folders above it that
     * it had to make are owner-only too (report --out a/b once made a with the umask's 755).
     */
    public static void ensure(Path dir) {
        Path made = null;
        try {
            if (!Files.isDirectory(dir)) {
                made = dir.toAbsolutePath();
                while (made.getParent() != null && !Files.exists(made.getParent())) made = made.getParent();
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UserError("cannot create the folder " + dir + ": " + IoReason.of(e), e);
        }
        try {
            for (Path p = dir.toAbsolutePath(); made != null && p != null && p.startsWith(made); p = p.getParent()) {
                restrict(p, FOLDER);
            }
            restrict(dir, FOLDER);
        } catch (IOException e) {
            throw new UserError("the folder " + dir + " is open to other accounts and cannot be made owner-only ("
                    + IoReason.of(e) + "); use a folder of your own", e);
        }
    }

    /** A file this program wrote: readable and writable by its owner only. */
    public static void ownerOnly(Path file) {
        try {
            if (Files.isRegularFile(file)) restrict(file, FILE);
        } catch (IOException e) {
            throw new UserError("cannot make " + file + " private to this account: " + IoReason.of(e), e);
        }
    }

    /**
     * The files directly in the folder whose names start with the prefix ("kiosk." for the
     * database's), or all of them for an empty prefix, made owner-only. Only our own: a
     * database put in someone's home folder must not change the modes of its neighbours.
     */
    public static void ownerOnlyFiles(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) return;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith(prefix) && Files.isRegularFile(f)) ownerOnly(f);
            }
        } catch (IOException e) {
            throw new UserError("cannot make the files of " + dir + " private to this account: " + IoReason.of(e), e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path).equals(mode)) Files.setPosixFilePermissions(path, mode);
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions (FAT, some network shares): nothing to set
        }
    }
}
