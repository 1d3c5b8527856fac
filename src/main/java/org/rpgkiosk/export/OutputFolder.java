package org.rpgkiosk.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.rpgkiosk.fault.IoReason;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.store.DataDirectory;
import org.rpgkiosk.store.Partials;

/**
 * The export's folder, written whole or not at all: the files go into a hidden temporary
 * folder beside the target, which is renamed into place at the end (one rename, so nobody
 * ever sees half an export) or deleted on any failure. An existing non-empty target is
 * refused, never merged into. Folders it had to create above the target go again on failure.
 * The folder is owner-only, like the data directory: anonymised is not public. One left by a
 * killed export is removed by the next ({@link Partials}).
 */
final class OutputFolder {
    private final Path target;
    private final Path temp;
    private final Path createdAbove;

    private OutputFolder(Path target, Path temp, Path createdAbove) {
        this.target = target;
        this.temp = temp;
        this.createdAbove = createdAbove;
    }

    /**
     * Why {@code out} cannot take an export, found before anything is read or written, to follow
     * the folder's name (a form shows it beside the field that holds it); empty when it can.
     */
    static java.util.Optional<String> problem(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null) return java.util.Optional.of(" is the top folder; choose a folder inside it");
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return java.util.Optional.of(" is a file, not a folder; choose a new folder to export into");
        }
        if (Files.isDirectory(target) && !isEmpty(target)) {
            return java.util.Optional.of(" is not empty; export into a new or empty folder");
        }
        return java.util.Optional.empty();
    }

    static OutputFolder prepare(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        problem(out).ifPresent(why -> {
            throw new UserError(target + why + " (nothing was written)");
        });
        Path createdAbove = firstMissing(parent);
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            throw new UserError("cannot export to " + target + ": " + e.getFile() + " is a file, not a folder");
        } catch (IOException e) {
            throw new UserError("cannot create the folder " + parent + ": " + IoReason.of(e));
        }
        for (Path p = parent; createdAbove != null && p != null && p.startsWith(createdAbove); p = p.getParent()) {
            DataDirectory.ensure(p);   // folders made for the export are owner-only too
        }
        try {
            Path temp = Partials.newFolder(target);
            return new OutputFolder(target, temp, createdAbove);
        } catch (IOException | UnsupportedOperationException e) {
            removeCreated(parent, createdAbove);
            throw new UserError("cannot write into the folder " + parent + " (" + IoReason.of(e) + "); nothing was written");
        }
    }

    Path temp() {
        return temp;
    }

    Path target() {
        return target;
    }

    /** Moves the finished export into place. */
    void commit() {
        try {
            DataDirectory.ownerOnlyFiles(temp, "");   // written under the umask, often readable by everyone
            if (Files.isDirectory(target)) Files.delete(target);    // empty, as checked
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (IOException e) {
            discard();
            throw new UserError("cannot move the export into " + target + ": " + IoReason.of(e) + "; nothing was written");
        }
    }

    /** Removes everything written so far. */
    void discard() {
        Partials.deleteTree(temp);
        removeCreated(target.getParent(), createdAbove);
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new UserError("cannot read the folder " + dir + ": " + IoReason.of(e));
        }
    }

    /** The highest folder on the way to {@code dir} that does not exist yet, or null. */
    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Removes the folders this export created, from {@code dir} up, while they are empty. */
    private static void removeCreated(Path dir, Path createdAbove) {
        if (createdAbove == null) return;
        for (Path p = dir; p != null && p.startsWith(createdAbove); p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                return;
            }
        }
    }
}
