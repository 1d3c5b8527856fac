package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.export.ExportedFiles.Table;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.TestDatabases;

/**
 * The same fixture exported from H2 and from a real PostgreSQL server gives the same data: the
 * same files, headers and row counts, and the same answers once the per-installation pseudonyms
 * are set aside. Read back with Python's csv module, as in the other export tests.
 */
class ExportOnPostgresTest {
    @TempDir Path dir;

    @Test
    void postgresExportsWhatH2Exports() throws Exception {
        Map<String, Table> fromH2 = exportOf(DatabaseUrl.defaultFor(dir.resolve("h2")), dir.resolve("h2"), "h2-out");
        DatabaseUrl pg = TestDatabases.POSTGRES.fresh(dir);
        Map<String, Table> fromPg = exportOf(pg, dir.resolve("pg"), "pg-out");
        assertEquals(fromH2.keySet(), fromPg.keySet());
        for (String file : fromH2.keySet()) {
            assertEquals(fromH2.get(file).header(), fromPg.get(file).header(), file);
            assertEquals(fromH2.get(file).rows().size(), fromPg.get(file).rows().size(), file);
        }
        assertEquals(withoutIds(fromH2.get("answers.csv")), withoutIds(fromPg.get("answers.csv")));
        assertEquals(withoutIds(fromH2.get("open_text.csv")), withoutIds(fromPg.get("open_text.csv")));
    }

    private Map<String, Table> exportOf(DatabaseUrl url, Path dataDir, String out) throws Exception {
        ExportFixture.build(dataDir, url);
        Run r = Run.export(dataDir, "--out", dir.resolve(out).toString(), "--db", url.url(),
                "--db-user", url.user(), "--db-password", url.password());
        assertEquals(0, r.code(), r.err());
        return ExportedFiles.read(dir.resolve(out));
    }

    /** Every row without its first column (the pseudonymous id), sorted. */
    private static List<String> withoutIds(Table t) {
        List<String> rows = new ArrayList<>();
        for (List<String> row : t.rows()) rows.add(String.join("\u001f", row.subList(1, row.size())));
        rows.sort(null);
        return rows;
    }
}
