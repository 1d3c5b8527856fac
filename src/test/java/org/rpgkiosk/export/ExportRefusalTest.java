package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rpgkiosk.export.Run.listing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.export.ExportOptions.Profile;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/** Where an export may not go, and what is left when it fails: nothing. */
class ExportRefusalTest {
    @TempDir Path data;
    @TempDir Path dir;

    /** export reads a database that is there (a missing one is a mistyped place: refused). */
    @org.junit.jupiter.api.BeforeEach
    void aDatabase() {
        Store.open(DatabaseUrl.defaultFor(data)).close();
    }

    private Run run(String... args) {
        return Run.export(data, args);
    }

    @Test
    void aNonEmptyFolderIsRefusedAndLeftAsItWas() throws Exception {
        Path x = Files.createDirectories(dir.resolve("x"));
        Files.writeString(x.resolve("notes.txt"), "mine");
        Run r = run("--out", x.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + x + " is not empty; export into a new or empty folder (nothing was written)\n", r.err());
        assertEquals(Set.of("notes.txt"), listing(x));
        assertEquals(Set.of("x"), listing(dir));

        Files.delete(x.resolve("notes.txt"));
        assertEquals(0, run("--out", x.toString()).code(), "an empty folder is fine");
        assertEquals(10, listing(x).size(), "absence_reasons.csv and open_text_spss.csv beside the other eight");
    }

    @Test
    void anUnwritablePlaceIsRefusedAndNothingIsLeft() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "not a folder");
        Run r = run("--out", file.resolve("x").toString());
        assertEquals(2, r.code());
        assertEquals("error: cannot export to " + file.resolve("x") + ": " + file + " is a file, not a folder\n", r.err());
        Run deeper = run("--out", file.resolve("a/b/x").toString());
        assertEquals(2, deeper.code(), deeper.err());
        Run onFile = run("--out", file.toString());
        assertEquals("error: " + file + " is a file, not a folder; choose a new folder to export into (nothing was written)\n", onFile.err());
        assertEquals(Set.of("plain-file"), listing(dir));
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void aFaultMidwayLeavesNothingBehindNotEvenFoldersItMade() throws Exception {
        Store closed = Store.open(DatabaseUrl.defaultFor(data));
        closed.close();
        Path out = dir.resolve("new/deeper/x");
        assertThrows(RuntimeException.class, () -> Exporter.export(closed,
                new ExportOptions(out, List.of(), Profile.RESEARCH, false, null)));
        assertEquals(Set.of(), listing(dir));
        assertThrows(UserError.class, () -> new ExportOptions(out, List.of(), Profile.RESEARCH, false, 0));
        assertThrows(UserError.class, () -> Profile.parse("open"));
    }

}
