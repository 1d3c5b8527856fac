package org.rpgkiosk.export;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote, for the command line or the evaluator's screen to report.
 *
 * @param rows data rows per CSV file
 * @param replacements replacements in open answers per kind (Scrubber.Kind keys: email, url, ..., name)
 */
public record ExportSummary(Path folder, Map<String, Long> rows, Map<String, Long> replacements, int minCellSize) {
    public ExportSummary {
        rows = Map.copyOf(rows);
        replacements = Map.copyOf(replacements);
    }
}
