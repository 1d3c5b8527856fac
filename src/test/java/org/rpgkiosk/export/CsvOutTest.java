package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows made of pieces escaped once must be exactly the rows commons-csv prints cell by cell. */
class CsvOutTest {
    @TempDir Path dir;

    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("r_1", "y1", "social_worker", "skills", "skills_reflect", (short) 3),
            Arrays.asList("", "y1", null, "a,b", "say \"hi\"", null),
            Arrays.asList("=SUM(A1)", "line\nbreak", "tab\there", "#hash", "-1", (short) 4),
            Arrays.asList(null, "café 💬", "", "+44", "@x", (short) 1));

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void piecesPrintWhatTheLibraryPrints(boolean excel) throws Exception {
        List<String> header = List.of("a", "b", "c", "d", "e", "f");
        try (CsvOut out = new CsvOut(dir.resolve("cells.csv"), header, excel, n -> {})) {
            ROWS.forEach(out::row);
        }
        try (CsvOut out = new CsvOut(dir.resolve("pieces.csv"), header, excel, n -> assertEquals(4, n))) {
            for (List<Object> r : ROWS) {
                out.rowOf(out.escaped(true, r.get(0), r.get(1)), out.escaped(false, r.get(2), r.get(3)),
                        out.escaped(false, r.get(4)), out.escaped(false, r.get(5)));
            }
        }
        String cells = Files.readString(dir.resolve("cells.csv"), StandardCharsets.UTF_8);
        assertEquals(cells, Files.readString(dir.resolve("pieces.csv"), StandardCharsets.UTF_8));
        assertEquals(excel, cells.startsWith("\uFEFF"));
        assertEquals(6, cells.split("\r\n", -1).length);   // header, 4 rows, and the nothing after the last
    }

    /** Spreadsheets skip leading spaces before a formula; text is guarded, numbers are not. */
    @Test
    void excelGuardsFormulasBehindWhitespaceButNotNumbers() throws Exception {
        List<Object> row = List.of(" =1+1", "\t=1", "\r@x", "-2", -2, "\u00a0+1", "a =b", "  ", "'=x", "'tis");
        try (CsvOut out = new CsvOut(dir.resolve("guard.csv"), List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
                true, n -> {})) {
            out.row(row);
        }
        try (CSVParser csv = CSVParser.parse(dir.resolve("guard.csv"), StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            List<CSVRecord> records = csv.getRecords();
            List<String> read = records.get(1).toList();
            assertEquals(List.of("' =1+1", "'\t=1", "'\r@x", "'-2", "-2", "'\u00a0+1", "a =b", "  ", "''=x", "''tis"), read);
            // One apostrophe off gives every text back, the one that began with an apostrophe included.
            assertEquals(row.stream().map(String::valueOf).toList(), read.stream().map(CsvOut::unguarded).toList());
        }
    }
}
