package org.rpgkiosk.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.rpgkiosk.fault.UserError;

/**
 * export.xlsx: every CSV of the export, read back once it is complete, as a sheet of its own,
 * with the codebook's types (an INTEGER column as numbers, every other cell as text, so "007"
 * and "3/4" stay as typed; line breaks as LF), a bold frozen header, and no formula ever: every text is an inline
 * string, which no spreadsheet evaluates. Built from the finished CSVs so that the workbook cannot
 * say anything they do not. The last sheet is manifest.txt, a line a row, so the workbook carries
 * its disclosure notes wherever it is sent.
 *
 * <p>Memory does not grow with the data: rows are parsed one at a time and fastexcel sends them to
 * the zip every {@value #FLUSH_EVERY} rows.
 */
final class WorkbookFile {
    static final String NAME = "export.xlsx";
    /** Data rows a sheet holds: Excel's 1,048,576 rows, less the header. */
    static final int ROWS_PER_SHEET = Worksheet.MAX_ROWS - 1;
    /** The most characters Excel keeps in a cell. */
    static final int CELL_LIMIT = 32_767;
    private static final int FLUSH_EVERY = 1024;

    private final int rowsPerSheet;

    WorkbookFile(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    /**
     * The sheets a file of {@code rows} data rows fills: its name without ".csv", then name_2,
     * name_3... past {@link #ROWS_PER_SHEET}. An empty file still has its sheet, with its header.
     */
    List<String> sheets(String file, long rows) {
        String base = file.replaceFirst("\\.csv$", "");
        List<String> names = new ArrayList<>(List.of(base));
        for (long left = rows - rowsPerSheet; left > 0; left -= rowsPerSheet) names.add(base + "_" + (names.size() + 1));
        return names;
    }

    /**
     * @param rows     each CSV in the folder with its data rows, in the order of the sheets
     * @param excel    whether the CSVs were written for Excel: a byte-order mark, and text cells guarded
     *                 by an apostrophe ({@link CsvOut#neutralised}), taken off again here
     * @param manifest manifest.txt's text
     */
    void write(Path dir, Map<String, Long> rows, Codebook codebook, boolean excel, String manifest) {
        Path path = dir.resolve(NAME);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16)) {
            // No user name or time of ours is written: fastexcel's core properties are only what we set.
            Workbook workbook = new Workbook(os, "RPG kiosk", "1.0");
            // Level 1 deflates the sheets' XML to within a few per cent of the default's size in a
            // third of the time: most of a large export's cost is this compression.
            workbook.setCompressionLevel(1);
            for (Map.Entry<String, Long> file : rows.entrySet()) {
                sheet(workbook, dir.resolve(file.getKey()), sheets(file.getKey(), file.getValue()),
                        columnTypes(codebook, file.getKey()), excel);
            }
            manifestSheet(workbook, manifest);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether each variable of the file is a number; codebook.csv's own columns are text. */
    private static Map<String, Codebook.Type> columnTypes(Codebook codebook, String file) {
        Map<String, Codebook.Type> types = new java.util.HashMap<>();
        codebook.variables(file).forEach(v -> types.put(v.name(), v.type()));
        return types;
    }

    private void sheet(Workbook workbook, Path csv, List<String> names, Map<String, Codebook.Type> types, boolean excel)
            throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(skipMark(in, excel), CSVFormat.RFC4180)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.next().toList();
            boolean[] numeric = new boolean[header.size()];
            for (int c = 0; c < header.size(); c++) numeric[c] = types.get(header.get(c)) == Codebook.Type.INTEGER;
            for (String name : names) {
                Worksheet ws = workbook.newWorksheet(name);
                header(ws, header);
                for (int r = 1; r <= rowsPerSheet && records.hasNext(); r++) {
                    CSVRecord record = records.next();
                    for (int c = 0; c < record.size(); c++) cell(ws, r, c, record.get(c), numeric[c], excel);
                    if (r % FLUSH_EVERY == 0) ws.flush();
                }
                ws.finish();
            }
            if (records.hasNext()) throw new IllegalStateException(csv.getFileName() + " has more rows than counted");
        }
    }

    private static Reader skipMark(Reader in, boolean excel) throws IOException {
        if (excel && in.read() != '\uFEFF') throw new IllegalStateException("an Excel CSV without its byte-order mark");
        return in;
    }

    private static void header(Worksheet ws, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            ws.inlineString(0, c, header.get(c));
            ws.width(c, Math.min(60, Math.max(10, header.get(c).length() + 2)));
        }
        ws.range(0, 0, 0, header.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
    }

    private static void cell(Worksheet ws, int r, int c, String text, boolean numeric, boolean excel) {
        if (text.isEmpty()) return;                 // blank stays blank: missing, not zero or ""
        if (numeric) {
            try {
                ws.value(r, c, Long.parseLong(text));
                return;
            } catch (NumberFormatException e) {
                // not a whole number after all: kept as the text it is, never lost
            }
        }
        String value = lineBreaks(excel ? CsvOut.unguarded(text) : text);
        if (value.length() > CELL_LIMIT) {
            throw new UserError("a cell of " + value.length() + " characters is more than a spreadsheet cell holds ("
                    + CELL_LIMIT + "); export without --xlsx");
        }
        ws.inlineString(r, c, value);
    }

    /**
     * CR LF and a lone CR as LF, the line break a spreadsheet cell holds (Alt+Enter in Excel). A CR
     * would not survive anyway: XML readers turn a raw CR LF into LF, and fastexcel writes it raw.
     */
    static String lineBreaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void manifestSheet(Workbook workbook, String manifest) throws IOException {
        Worksheet ws = workbook.newWorksheet("manifest");
        ws.width(0, 110);
        String[] lines = manifest.split("\n", -1);
        for (int r = 0; r < lines.length; r++) {
            if (!lines[r].isEmpty()) ws.inlineString(r, 0, lines[r]);
        }
        ws.finish();
    }
}
