package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 35, finding 2: check and report rewrote a damaged database. A file cut to half its
 * length became an empty 16 384-byte store after check, its remaining rows gone, while the
 * message said it was left as it was; 64 bytes overwritten, and H2 appended 12 288 bytes. Now a
 * damaged file is left byte for byte as it was found.
 */
class DamagedFileLeftAsItWasTest {
    @TempDir static Path shared;
    static byte[] whole;

    @BeforeAll
    static void makeOne() throws Exception {
        Path data = shared.resolve("made");
        assertEquals(0, Run.in(data, "demo-data", "--responses", "40", "--seed", "3").code());
        whole = Files.readAllBytes(data.resolve("kiosk.mv.db"));
    }

    private static Path copy(String name, byte[] bytes) throws Exception {
        Path data = Files.createDirectories(shared.resolve(name));
        Files.write(data.resolve("kiosk.mv.db"), bytes);
        return data;
    }

    @Test
    void aFileCutShortIsRefusedByCheckAndReportAndLeftByteForByte() throws Exception {
        for (int cut : new int[] {whole.length / 2, whole.length - 100}) {
            byte[] shortened = java.util.Arrays.copyOf(whole, cut);
            for (String command : new String[] {"check", "report", "export", "wave"}) {
                Path data = copy(command + cut, shortened);
                String[] args = command.equals("export") ? new String[] {"export", "--out", data.resolve("x").toString()}
                        : command.equals("wave") ? new String[] {"wave", "list"} : new String[] {command};
                Run r = Run.in(data, args);
                assertEquals(2, r.code(), command + " on a file cut to " + cut + ": " + r.out() + r.err());
                assertTrue(r.err().contains("is damaged") && r.err().contains("was left as it is"), r.err());
                assertArrayEquals(shortened, Files.readAllBytes(data.resolve("kiosk.mv.db")), command + " changed the file");
            }
        }
    }

    @Test
    void checkLeavesAFileWithBytesOverwrittenAsItWasAndFindsMostOfThem() throws Exception {
        Random random = new Random(35);
        int found = 0;
        int tries = 12;
        for (int t = 0; t < tries; t++) {
            byte[] damaged = whole.clone();
            int at = 4096 + random.nextInt(damaged.length - 4096 - 64);
            byte[] noise = new byte[64];
            random.nextBytes(noise);
            System.arraycopy(noise, 0, damaged, at, 64);
            Path data = copy("overwritten" + t, damaged);
            Run r = Run.in(data, "check");
            assertTrue(r.code() == 0 || r.code() == 2, r.err());
            if (r.code() == 2) found++;
            try (RandomAccessFile f = new RandomAccessFile(data.resolve("kiosk.mv.db").toFile(), "r")) {
                assertEquals(damaged.length, f.length(), "check at offset " + at + " changed the file's length");
            }
            assertArrayEquals(damaged, Files.readAllBytes(data.resolve("kiosk.mv.db")), "check at offset " + at);
        }
        assertTrue(found >= tries / 2, "damage found by check: " + found + " of " + tries);

        Path healthy = copy("healthy", whole);
        assertEquals(0, Run.in(healthy, "check").code());
        assertArrayEquals(whole, Files.readAllBytes(healthy.resolve("kiosk.mv.db")), "check writes nothing to a healthy file either");
    }
}
