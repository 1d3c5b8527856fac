package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 35, finding 5: output onto a full disk, the database on another with room, names the
 * disk that is full (the output's), not the database's; the 7 responses waiting for release stay
 * waiting, and nothing is left behind.
 */
class OutputOntoFullDiskTest {
    @TempDir Path temp;

    @Test
    void theFullDiskNamedIsTheOutputsNotTheDatabases() throws Exception {
        Path data = temp.resolve("data");
        RefusalReleasesNothingTest.sevenWaiting(data);
        int released = RefusalReleasesNothingTest.released(data);
        Path pass = temp.resolve("pp");
        Files.writeString(pass, "correct horse battery staple\n");
        try (SmallDisk small = SmallDisk.mount(temp.resolve("disk"))) {
            Path disk = small.root();
            small.fill();
            for (String[] args : List.of(
                    new String[] {"report", "--format", "csv", "--out", disk.resolve("tables").toString()},
                    new String[] {"report", "--out", disk.resolve("r.txt").toString()},
                    new String[] {"export", "--out", disk.resolve("export").toString()},
                    new String[] {"backup", "--out", disk.resolve("b.kbak").toString(), "--passphrase-file", pass.toString()})) {
                Run r = Run.in(data, args);
                String line = r.err().strip();
                System.out.println(String.join(" ", args) + "\n  -> " + line);
                assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
                assertEquals(1, line.lines().count(), line);
                assertTrue(line.contains("full") && line.contains(disk.toString()), "names the output's disk: " + line);
                assertFalse(line.contains(data.toString()), "not the database's: " + line);
                assertEquals(released, RefusalReleasesNothingTest.released(data), "released nothing");
            }
            assertEquals(List.of("filler"), List.of(disk.toFile().list()), "nothing left on the full disk");
        }
    }
}
