package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The CSV files of an export as Python's csv module reads them (read_export.py), so the
 * tests check the files with a reader that shares no code with the writer.
 */
final class ExportedFiles {
    record Table(boolean bom, List<String> header, List<List<String>> rows) {
        List<String> column(String name) {
            int at = header.indexOf(name);
            if (at < 0) throw new AssertionError("no column " + name + " in " + header);
            return rows.stream().map(r -> r.get(at)).toList();
        }

        List<List<String>> where(String name, String value) {
            int at = header.indexOf(name);
            return rows.stream().filter(r -> r.get(at).equals(value)).toList();
        }

        String cell(List<String> row, String name) {
            return row.get(header.indexOf(name));
        }
    }

    private ExportedFiles() {}

    static Map<String, Table> read(Path folder) throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(ExportedFiles.class.getResource("read_export.py").toURI());
        Process python = new ProcessBuilder("python3", script.toString(), folder.toString()).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        python.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, python.exitValue(), "python's csv module could not read the export: " + err);
        Map<String, Table> tables = new TreeMap<>();
        String file = null;
        boolean bom = false;
        List<String> header = null;
        List<List<String>> rows = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("FILE ")) {
                if (file != null) tables.put(file, new Table(bom, header, rows));
                String[] parts = line.split(" ");
                file = parts[1];
                bom = parts[2].equals("bom=1");
                rows = new ArrayList<>();
            } else if (line.startsWith("H ")) {
                header = cells(line);
            } else if (line.startsWith("R ")) {
                rows.add(cells(line));
            }
        }
        if (file != null) tables.put(file, new Table(bom, header, rows));
        return tables;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.substring(2).split("\t", -1))
                .map(c -> URLDecoder.decode(c, StandardCharsets.UTF_8)).toList();
    }
}
