package org.rpgkiosk.export;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rpgkiosk.store.ExportQueries;
import org.rpgkiosk.store.ExportQueries.ResponseRow;
import org.rpgkiosk.store.ExportQueries.WaveRef;

/**
 * answers.csv, responses.csv and open_text.csv, each streamed row by row from the database:
 * memory holds one response at a time, whatever the size of the survey. Every role goes
 * through the wave's {@link SmallCells}; every response id through {@link Pseudonyms}.
 */
final class SurveyFiles {
    private final ExportQueries queries;
    private final List<WaveRef> waves;
    private final Map<String, SmallCells> rolesByWave;
    private final Pseudonyms pseudonyms;

    SurveyFiles(ExportQueries queries, List<WaveRef> waves, Map<String, SmallCells> rolesByWave, Pseudonyms pseudonyms) {
        this.queries = queries;
        this.waves = waves;
        this.rolesByWave = rolesByWave;
        this.pseudonyms = pseudonyms;
    }

    private String role(String wave, String role) {
        SmallCells cells = rolesByWave.get(wave);
        return cells == null ? SmallCells.WITHHELD : cells.role(role);
    }

    void answers(CsvOut out) {
        queries.answers(waves, r -> out.row(pseudonyms.response(r.responseId()), r.wave(), role(r.wave(), r.role()),
                r.block(), r.item(), r.points()));
    }

    void openText(CsvOut out, Scrubber scrubber, Scrubber.Tally tally) {
        queries.openTexts(waves, r -> out.row(pseudonyms.response(r.responseId()), r.wave(), role(r.wave(), r.role()),
                r.item(), scrubber.scrub(r.text(), tally)));
    }

    /** One row per response: its fixed columns, then a column per agreement statement. */
    void responses(CsvOut out, List<String> statementCodes) {
        Map<String, Integer> column = new HashMap<>();
        for (String code : statementCodes) column.put(code, FIXED + column.size());
        Wide wide = new Wide(out, FIXED + statementCodes.size());
        queries.responses(waves, r -> {
            if (!r.responseId().equals(wide.id)) wide.start(r, pseudonyms.response(r.responseId()),
                    role(r.wave(), r.role()));
            Integer at = r.item() == null ? null : column.get(r.item());
            if (at != null) wide.cells[at] = r.points();
        });
        wide.flush();
    }

    private static final int FIXED = 6;

    /** The response being gathered from its consecutive rows. */
    private static final class Wide {
        private final CsvOut out;
        private final int width;
        private UUID id;
        private Object[] cells;

        Wide(CsvOut out, int width) {
            this.out = out;
            this.width = width;
        }

        void start(ResponseRow r, String pseudonym, String role) {
            flush();
            id = r.responseId();
            cells = new Object[width];
            Object[] fixed = {pseudonym, r.wave(), r.versionNo(), role, r.status(), r.submittedOn()};
            System.arraycopy(fixed, 0, cells, 0, FIXED);
        }

        void flush() {
            if (cells != null) out.row(Arrays.asList(cells));
        }
    }
}
