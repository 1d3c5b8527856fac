package org.rpgkiosk.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV file: RFC 4180 (commas, double quotes, CRLF) in UTF-8, with the byte-order mark for
 * Excel when asked. For Excel a text cell that would start a formula (= + - @, tab, CR) gets a
 * leading apostrophe, so an answer typed as "=HYPERLINK(...)" stays text. Write errors surface
 * unchecked, to be turned into one message at the top.
 */
final class CsvOut implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final CSVPrinter printer;
    private final boolean excel;
    private final LongConsumer onClose;
    private long rows;

    /** @param onClose told the number of data rows once the file is complete */
    CsvOut(Path file, List<String> header, boolean excel, LongConsumer onClose) {
        this.excel = excel;
        this.onClose = onClose;
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), BUFFER);
            if (excel) w.write('\uFEFF');
            printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(List<?> cells) {
        try {
            for (Object cell : cells) {
                printer.print(excel && cell instanceof String s ? neutralised(s) : cell);
            }
            printer.println();
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    static String neutralised(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
            onClose.accept(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
