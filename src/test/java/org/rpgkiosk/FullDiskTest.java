package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, on a 4 MB tmpfs this test mounts ({@link SmallDisk}): each command says so in one
 * line and exit 2, nothing reaches the terminal from the
 * log handler or H2, and no half-written output is left.
 */
class FullDiskTest {
    @TempDir Path temp;
    private SmallDisk small;
    private Path disk;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        small = SmallDisk.mount(temp.resolve("disk"));
        disk = small.root();
    }

    @AfterEach
    void unmount() throws Exception {
        if (small != null) small.close();
    }

    @Test
    void everyCommandSaysTheDiskIsFullInOneLineAndLeavesNothingHalfWritten() throws Exception {
        Path data = disk.resolve("data");
        assertEquals(0, Run.in(data, "demo-data", "--responses", "20").code());
        Path pass = temp.resolve("pp");
        Files.writeString(pass, "correct horse battery staple\n");
        small.fill();
        List<String> before = listing(disk);

        PrintStream terminal = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (String[] args : List.of(
                    new String[] {"wave", "open", "--accept-placeholders", "y9", "--label", "nine", "--invited", "20"},
                    new String[] {"report", "--format", "csv", "--out", disk.resolve("tables").toString()},
                    new String[] {"export", "--out", disk.resolve("export").toString()},
                    new String[] {"backup", "--out", disk.resolve("b.kbak").toString(), "--passphrase-file", pass.toString()})) {
                Run r = Run.in(data, args);
                assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertTrue(r.err().contains("is full") || r.err().contains("the disk is full"), r.err());
                assertFalse(r.err().contains("SQL") || r.err().contains("Exception"), r.err());
            }
        } finally {
            System.setErr(terminal);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "nothing on the terminal but the commands' own lines");
        assertEquals(before, listing(disk), "no folder, partial file or backup left on the full disk");
        small.free();
        Run again = Run.in(data, "wave", "list");
        assertEquals(0, again.code(), again.err());
        assertFalse(again.out().contains("y9"), "the refused wave was not half-made");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).filter(n -> !n.endsWith("kiosk.log") && !n.endsWith(".lck")).sorted().toList();
        }
    }
}
