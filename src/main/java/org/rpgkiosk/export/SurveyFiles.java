package org.rpgkiosk.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rpgkiosk.questionnaire.Questionnaire.Block;
import org.rpgkiosk.questionnaire.Questionnaire.Item;
import org.rpgkiosk.store.ExportQueries;
import org.rpgkiosk.store.ExportQueries.SurveyRow;
import org.rpgkiosk.store.ExportQueries.WaveRef;
import org.rpgkiosk.store.StoredQuestionnaire;

/**
 * answers.csv, responses.csv and open_text.csv in one pass over the responses, streamed from
 * the database: memory holds one response's answers at a time, whatever the size of the
 * survey. Every role goes through the wave's {@link SmallCells}, every response id through
 * {@link Pseudonyms}, every open answer through the {@link Scrubber}.
 */
final class SurveyFiles {
    private static final int FIXED = 6;

    /** An item as the files name it; {@code block} is null for an open question. */
    private record ItemRef(String code, String block, int position) {}

    private final Map<Integer, ItemRef> items = new HashMap<>();
    private final Map<Integer, Integer> versionNumbers = new HashMap<>();
    private final Map<Integer, String> waveCodes = new HashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<WaveRef> waves;
    private final Map<String, SmallCells> rolesByWave;
    private final Pseudonyms pseudonyms;

    SurveyFiles(List<StoredQuestionnaire> versions, List<WaveRef> waves, List<String> statementCodes,
                Map<String, SmallCells> rolesByWave, Pseudonyms pseudonyms) {
        for (StoredQuestionnaire v : versions) {
            versionNumbers.put(v.versionId(), v.versionNo());
            int position = 0;
            for (Block b : v.questionnaire().blocks()) {
                for (Item i : b.items()) items.put(v.itemId(i.code()), new ItemRef(i.code(), b.code(), position++));
            }
            for (Item i : v.questionnaire().openItems()) items.put(v.itemId(i.code()), new ItemRef(i.code(), null, position++));
        }
        waves.forEach(w -> waveCodes.put(w.id(), w.code()));
        statementCodes.forEach(code -> columns.put(code, FIXED + columns.size()));
        this.waves = waves;
        this.rolesByWave = rolesByWave;
        this.pseudonyms = pseudonyms;
    }

    /** @param openText null when open answers are not exported */
    void write(ExportQueries queries, CsvOut answers, CsvOut responses, CsvOut openText,
               Scrubber scrubber, Scrubber.Tally tally) {
        List<SurveyRow> response = new ArrayList<>();
        Runnable flush = () -> {
            if (!response.isEmpty()) emit(response, answers, responses, openText, scrubber, tally);
            response.clear();
        };
        UUID[] current = {null};
        queries.survey(waves, r -> {
            if (!r.responseId().equals(current[0])) flush.run();
            current[0] = r.responseId();
            response.add(r);
        });
        flush.run();
    }

    private void emit(List<SurveyRow> rows, CsvOut answers, CsvOut responses, CsvOut openText,
                      Scrubber scrubber, Scrubber.Tally tally) {
        SurveyRow first = rows.get(0);
        String id = pseudonyms.response(first.responseId());
        String wave = waveCodes.get(first.waveId());
        SmallCells cells = rolesByWave.get(wave);
        String role = cells == null ? SmallCells.WITHHELD : cells.role(first.role());
        Object[] wide = new Object[FIXED + columns.size()];
        Object[] fixed = {id, wave, versionNumbers.get(first.versionId()), role, first.status(), first.submittedOn()};
        System.arraycopy(fixed, 0, wide, 0, FIXED);
        rows.stream().filter(r -> r.itemId() != null && items.containsKey(r.itemId()))
                .sorted(Comparator.comparingInt(r -> items.get(r.itemId()).position()))
                .forEach(r -> {
                    ItemRef item = items.get(r.itemId());
                    if (item.block() != null) {
                        answers.row(id, wave, role, item.block(), item.code(), r.points());
                        wide[columns.get(item.code())] = r.points();
                    } else if (openText != null && r.text() != null) {
                        openText.row(id, wave, role, item.code(), scrubber.scrub(r.text(), tally));
                    }
                });
        responses.row(wide);
    }
}
