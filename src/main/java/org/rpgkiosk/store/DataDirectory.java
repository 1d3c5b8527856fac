package org.rpgkiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.rpgkiosk.UserError;

/** The data directory: made owner-only, because its files hold answers and the roster's names. */
public final class DataDirectory {
    private DataDirectory() {}

    public static void ensure(Path dir) {
        if (Files.isDirectory(dir)) return;
        try {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // a file system without POSIX permissions (FAT, some network shares): nothing to set
            }
        } catch (IOException e) {
            throw new UserError("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
