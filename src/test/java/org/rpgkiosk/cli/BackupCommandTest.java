package org.rpgkiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.Run;

/** backup and restore as a script runs them: the passphrase from a file, refusals as exit 2. */
class BackupCommandTest {
    @TempDir Path dir;

    private Path passphrase(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text + "\nignored second line\n");
        return f;
    }

    /** backup reads a database that is there (a missing one is a mistyped place: refused). */
    @org.junit.jupiter.api.BeforeEach
    void aDatabase() {
        org.rpgkiosk.store.Store.open(org.rpgkiosk.store.DatabaseUrl.defaultFor(dir.resolve("data"))).close();
    }

    @Test
    void aBackupRestoresWithItsPassphraseAndRefusesAnyOther() throws Exception {
        Path right = passphrase("right.txt", "Llanberis in the rain");
        Path file = dir.resolve("b.kbak");
        Run backup = Run.in(dir.resolve("data"), "backup", "--out", file.toString(), "--passphrase-file", right.toString());
        assertEquals(0, backup.code(), backup.err());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));

        Run wrong = Run.in(dir.resolve("restored"), "restore", file.toString(), "--passphrase-file",
                passphrase("wrong.txt", "Llanberis in the sun").toString());
        assertEquals(2, wrong.code());
        assertEquals("error: wrong passphrase, or the file is damaged; nothing was changed", wrong.err().strip());
        assertFalse(Files.exists(dir.resolve("restored/kiosk.mv.db")), "no database was made");

        Run restore = Run.in(dir.resolve("restored"), "restore", file.toString(), "--passphrase-file", right.toString());
        assertEquals(0, restore.code(), restore.err());
        assertTrue(Files.exists(dir.resolve("restored/kiosk.mv.db")));
    }

    @Test
    void withoutAPassphraseNothingIsWrittenAndTheMessageSaysHowToGiveOne() {
        assumeTrue(System.console() == null && System.getenv(Passphrase.ENV) == null, "run without a terminal or the variable");
        Run r = Run.in(dir.resolve("data"), "backup", "--out", dir.resolve("b.kbak").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--passphrase-file FILE") && r.err().contains(Passphrase.ENV), r.err());
        assertFalse(Files.exists(dir.resolve("b.kbak")));
        Run plain = Run.in(dir.resolve("data"), "backup", "--out", dir.resolve("b.kbak").toString(), "--passphrase", "Llanberis in the rain");
        assertEquals(2, plain.code(), "a passphrase is never taken as a plain value: " + plain.err());
    }

    @Test
    void aShortPassphraseIsRefused() throws Exception {
        Run r = Run.in(dir.resolve("data"), "backup", "--out", dir.resolve("b.kbak").toString(),
                "--passphrase-file", passphrase("short.txt", "123456789").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("at least 10 characters"), r.err());
        assertFalse(Files.exists(dir.resolve("b.kbak")));
    }
}
