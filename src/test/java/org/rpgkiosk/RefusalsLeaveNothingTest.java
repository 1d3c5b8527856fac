package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 35, finding 3: refusals that still left things. db-server with a port out of range made
 * its secrets (and changed the admin's password) before refusing; a restore refused for a wrong
 * passphrase or a damaged backup left the new data directory behind with a log in it; a restore
 * into a folder holding other files was accepted.
 */
class RefusalsLeaveNothingTest {
    @TempDir Path dir;

    /** Every file under a folder with its bytes' hash: what a refusal must leave as it was. */
    private static Map<String, Integer> snapshot(Path root) throws Exception {
        Map<String, Integer> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().startsWith("kiosk.log")) continue;   // each run logs
                files.put(root.relativize(p).toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static void refused(Run r, String what) {
        assertEquals(2, r.code(), what + ": " + r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), what + ": " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void dbServerWithAPortOutOfRangeMakesNoSecret() throws Exception {
        Path data = dir.resolve("data");
        assertEquals(0, Run.in(data, "questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Map<String, Integer> before = snapshot(data);
        for (String port : new String[] {"-1", "0", "70000"}) {
            refused(Run.in(data, "db-server", "--port", port), "db-server --port " + port);
            assertEquals(before, snapshot(data), "db-server --port " + port + " left something");
        }
        assertFalse(Files.exists(data.resolve("db-admin.secret")));
    }

    @Test
    void aRefusedRestoreLeavesNoFolderAndOneIntoAFolderOfOtherFilesIsRefused() throws Exception {
        Path data = dir.resolve("data");
        assertEquals(0, Run.in(data, "questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Path pass = Files.writeString(dir.resolve("pass"), "correct horse battery staple\n");
        Path backup = dir.resolve("b.kbak");
        assertEquals(0, Run.in(data, "backup", "--out", backup.toString(), "--passphrase-file", pass.toString()).code());

        Path wrong = Files.writeString(dir.resolve("wrong"), "not the passphrase\n");
        Path fresh = dir.resolve("fresh");
        refused(Run.in(fresh, "restore", backup.toString(), "--passphrase-file", wrong.toString()), "wrong passphrase");
        assertFalse(Files.exists(fresh), "a refused restore left its new data directory behind");

        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x55;
        Path damaged = Files.write(dir.resolve("damaged.kbak"), bytes);
        refused(Run.in(fresh, "restore", damaged.toString(), "--passphrase-file", pass.toString()), "damaged backup");
        assertFalse(Files.exists(fresh));

        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "someone's notes");
        Map<String, Integer> before = snapshot(occupied);
        Run r = Run.in(occupied, "restore", backup.toString(), "--passphrase-file", pass.toString());
        refused(r, "a folder holding other files");
        assertTrue(r.err().contains("holds other files (notes.txt)"), r.err());
        assertEquals(before, snapshot(occupied));

        Run ok = Run.in(fresh, "restore", backup.toString(), "--passphrase-file", pass.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.exists(fresh.resolve("kiosk.mv.db")));
    }
}
