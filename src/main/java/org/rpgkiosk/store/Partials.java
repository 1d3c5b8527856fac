package org.rpgkiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files and folders written beside their target and moved into place when whole (backups,
 * exports, reports). Made owner-only from the first byte, and named with the writing process's
 * id: a kill -9 leaves one behind, and the next writer into the same folder removes those whose
 * process is gone (never one still being written by a running command).
 */
public final class Partials {
    private static final Pattern NAME = Pattern.compile("^\\..+\\.partial-(\\d+)-[^/]*$");

    private Partials() {}

    /** This process's partials not yet moved into place or removed: an interrupted command's leftovers. */
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

    /**
     * Removes this process's partials that are still there (a command stopped part way); the
     * number removed. A file moved into place is gone from its partial name, and stays.
     */
    public static int removeUnfinished() {
        int removed = 0;
        for (Path p : List.copyOf(UNFINISHED)) {
            if (!Files.exists(p)) continue;
            // The command may still be writing into a folder as it goes: a second pass takes what it added.
            for (int pass = 0; pass < 3 && Files.exists(p); pass++) deleteTree(p);
            removed++;
        }
        return removed;
    }

    /** The prefix of a partial file or folder for {@code target}: ".NAME.partial-PID-". */
    public static String prefix(Path target) {
        return "." + target.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-";
    }

    /** A new owner-only empty file beside {@code target}, for writing it whole. */
    public static Path newFile(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        sweep(dir);
        return unfinished(Files.createTempFile(dir, prefix(target), "",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))));
    }

    /** A new owner-only empty folder beside {@code target}. */
    public static Path newFolder(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        sweep(dir);
        return unfinished(Files.createTempDirectory(dir, prefix(target),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
    }

    private static Path unfinished(Path made) {
        UNFINISHED.removeIf(p -> !Files.exists(p));   // moved into place or removed: a kiosk's exports do not pile up here
        UNFINISHED.add(made);
        return made;
    }

    /** Removes what killed writers left in {@code dir}. Best effort: an untidy folder is not a fault. */
    public static void sweep(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) deleteTree(p);
            }
        } catch (IOException | RuntimeException e) {
            // left for the next writer
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: the caller is already reporting the fault that brought us here.
        }
    }
}
