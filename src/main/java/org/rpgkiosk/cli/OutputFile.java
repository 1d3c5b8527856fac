package org.rpgkiosk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.rpgkiosk.fault.IoReason;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.store.DataDirectory;
import org.rpgkiosk.store.Partials;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved into place,
 * so a reader (or a spreadsheet left open on the old one) never sees half a report.
 */
final class OutputFile {
    private OutputFile() {}

    static void write(Path target, String content) {
        Path dir = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new UserError("--out " + target + " is a directory; give a file name");
        }
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("cannot write " + target + ": " + dir + " is a file, not a folder");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError("cannot write " + target + ": the directory " + dir + " does not exist");
        }
        Path temp = null;
        try {
            temp = Partials.newFile(target);   // 0600, and swept by the next writer if this one is killed
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + IoReason.of(e) + " (nothing was written)", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A directory for several output files, made if missing (its parent must exist). */
    static Path directory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("--out " + dir + " is a file; with --format csv give a directory for the tables");
        }
        DataDirectory.ensure(dir);   // owner-only, like every folder of ours
        return dir;
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A stray temporary file beside the output is untidy, not wrong; the write itself failed or succeeded.
        }
    }
}
