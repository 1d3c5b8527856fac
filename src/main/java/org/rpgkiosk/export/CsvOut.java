package org.rpgkiosk.export;

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
 * Excel when asked. For Excel a text cell that would start a formula (= + - @ after any leading
 * whitespace, or a leading tab or CR) gets a leading apostrophe, so an answer typed as
 * "=HYPERLINK(...)" stays text (see {@link #neutralised}). Write errors surface
 * unchecked, to be turned into one message at the top.
 */
final class CsvOut implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    /**
     * commons-csv prints into this unsynchronised buffer, which goes to the file a block at a
     * time: printing straight into a Writer made it copy every quoted piece into a new String
     * and take the Writer's lock several times a field, about a quarter of a large export.
     */
    private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);
    private final Writer file;
    private final CSVFormat format = CSVFormat.RFC4180;
    private final CSVPrinter printer;
    private final boolean excel;
    private final LongConsumer onClose;
    private long rows;

    /** @param onClose told the number of data rows once the file is complete */
    CsvOut(Path path, List<String> header, boolean excel, LongConsumer onClose) {
        this.excel = excel;
        this.onClose = onClose;
        try {
            file = new OutputStreamWriter(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), StandardCharsets.UTF_8);
            if (excel) buffer.append('\uFEFF');
            printer = new CSVPrinter(buffer, format.builder().setHeader(header.toArray(String[]::new)).get());
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        endRow();
    }

    /**
     * These cells as commons-csv writes them, to be reused in many rows by {@link #rowOf}:
     * "a,b" when they begin a row, ",a,b" when they follow other cells. In a long file most cells
     * repeat (a response's pseudonym, wave and role on each of its answers; a statement's block and
     * code; a value 1..4), so escaping each distinct cell once keeps the library's escaping and
     * drops its per-character cost, half of a million-answer export.
     */
    String escaped(boolean beginsRow, Object... cells) {
        StringBuilder out = new StringBuilder();
        try {
            for (int i = 0; i < cells.length; i++) {
                Object cell = cells[i];
                format.print(excel && cell instanceof String s ? neutralised(s) : cell, out, beginsRow && i == 0);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /** One row of pieces made by {@link #escaped}, the first made to begin a row. */
    void rowOf(String... escapedPieces) {
        for (String piece : escapedPieces) buffer.append(piece);
        buffer.append(format.getRecordSeparator());
        endRow();
    }

    private void endRow() {
        rows++;
        if (buffer.length() >= BUFFER) {
            try {
                drain();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void drain() throws IOException {
        file.append(buffer);
        buffer.setLength(0);
    }

    void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    /**
     * The text cell with an apostrophe before it if a spreadsheet could take it for a formula: one
     * beginning with tab or CR, or with = + - @ after any leading whitespace (Excel and LibreOffice
     * skip the spaces, so " =1+1" is a formula too). A cell that already begins with an apostrophe
     * gets one more, so that taking one leading apostrophe away ({@link #unguarded}) always gives the
     * text back: "'=x" would otherwise be read back as "=x". Only text is guarded: a number (an
     * INTEGER column's cells reach here as Integer, Short or Long) is printed as it is, so -2 stays -2.
     */
    static String neutralised(String cell) {
        if (cell.isEmpty()) return cell;
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r' || first == '\'') return "'" + cell;
        int i = 0;
        while (i < cell.length() && (Character.isWhitespace(cell.charAt(i)) || Character.isSpaceChar(cell.charAt(i)))) i++;
        return i < cell.length() && "=+-@".indexOf(cell.charAt(i)) >= 0 ? "'" + cell : cell;
    }

    /** The text {@link #neutralised} was given. */
    static String unguarded(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    @Override
    public void close() {
        try (file) {
            printer.close(true);
            drain();
            file.flush();
            onClose.accept(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
