package org.rpgkiosk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 4 MB tmpfs a test mounts (as root; the test is skipped with a message where it cannot), and
 * a filler file that takes every byte of it.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** Mounts it at {@code folder} (made here), or skips the test. */
    public static SmallDisk mount(Path folder) throws Exception {
        Path disk = Files.createDirectory(folder);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor() == 0, "skipped: cannot mount a small tmpfs here (" + said.strip() + "); needs root");
        return new SmallDisk(disk);
    }

    public Path root() {
        return root;
    }

    /** Fills the disk to the byte. */
    public void fill() throws IOException {
        Path file = root.resolve("filler");
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) out.write(block);
        } catch (IOException full) {
            // the disk is full now
        }
        try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) out.write(1);   // the last bytes, so nothing fits at all
        } catch (IOException full) {
            // full to the byte
        }
    }

    /** Space again, as a person would make it. */
    public void free() throws IOException {
        Files.delete(root.resolve("filler"));
    }

    @Override
    public void close() throws Exception {
        new ProcessBuilder("umount", "-l", root.toString()).start().waitFor();
    }
}
