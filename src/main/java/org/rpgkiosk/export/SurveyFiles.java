package org.rpgkiosk.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rpgkiosk.questionnaire.Questionnaire.Block;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.scrub.Pseudonyms;
import org.rpgkiosk.scrub.Scrubber;
import org.rpgkiosk.store.ExportQueries;
import org.rpgkiosk.store.ExportQueries.ResponseRow;
import org.rpgkiosk.store.ExportQueries.WaveRef;
import org.rpgkiosk.store.StoredQuestionnaire;

/**
 * answers.csv, responses.csv and open_text.csv from one pass over the answer table, grouped by
 * response in memory ({@link AnswerColumns}) and written in the order of the random response
 * ids, never in the order given. Which responses, and how each is described (role, version,
 * date), is {@link ResponseRelease}'s; every response id goes through {@link Pseudonyms}, every
 * open answer through the {@link Scrubber}.
 */
final class SurveyFiles {
    /**
     * An item as the files name it; {@code block} is null for an open question. {@code column}:
     * its place among the statement columns of responses.csv, -1 for an open question.
     */
    private record ItemRef(String code, String block, int position, int column) {}

    private final Map<Integer, ItemRef> items = new HashMap<>();
    private final Map<Integer, Integer> versionNumbers = new HashMap<>();
    private final Map<Integer, String> waveCodes = new HashMap<>();
    private final List<WaveRef> waves;
    private final ResponseRelease release;
    private final Pseudonyms pseudonyms;
    private final int statementColumns;
    /** Cells escaped once for {@link CsvOut#rowOf}: a statement's block and code, by item id. */
    private final Map<Integer, String> itemPieces = new HashMap<>();
    /** A value (null when skipped); the same in answers.csv and responses.csv (one CSV format). */
    private final Map<Short, String> valuePieces = new HashMap<>();

    SurveyFiles(List<StoredQuestionnaire> versions, List<WaveRef> waves, List<String> statementCodes,
                ResponseRelease release, Pseudonyms pseudonyms) {
        Map<String, Integer> columns = new HashMap<>();
        statementCodes.forEach(code -> columns.put(code, columns.size()));
        for (StoredQuestionnaire v : versions) {
            versionNumbers.put(v.versionId(), v.versionNo());
            int position = 0;
            for (Block b : v.questionnaire().blocks()) {
                for (Item i : b.items()) {
                    items.put(v.itemId(i.code()), new ItemRef(i.code(), b.code(), position++, columns.get(i.code())));
                }
            }
            for (Item i : v.questionnaire().openItems()) {
                items.put(v.itemId(i.code()), new ItemRef(i.code(), null, position++, -1));
            }
        }
        waves.forEach(w -> waveCodes.put(w.id(), w.code()));
        this.statementColumns = columns.size();
        this.waves = waves;
        this.release = release;
        this.pseudonyms = pseudonyms;
    }

    /**
     * @param openText null when open answers are not exported
     */
    void write(ExportQueries queries, CsvOut answers, CsvOut responses, CsvOut openText,
               Scrubber scrubber, Scrubber.Tally tally) {
        List<ResponseRow> order = new ArrayList<>(release.rows());
        order.sort(Comparator.comparing(ResponseRow::id));   // random ids: never the order given
        Map<UUID, Integer> place = new HashMap<>(order.size() * 2);
        for (ResponseRow r : order) place.put(r.id(), place.size());
        AnswerColumns table = new AnswerColumns();
        int[] last = {-1};
        UUID[] lastId = {null};
        queries.answers(waves, (responseId, itemId, points, text, draft) -> {
            ItemRef item = items.get(itemId);
            if (item == null || (item.block() == null && (openText == null || text == null))) return;
            if (!responseId.equals(lastId[0])) {     // a response's answers mostly come together
                Integer r = place.get(responseId);
                last[0] = r == null ? -1 : r;         // not in the release: held back, or under k
                lastId[0] = responseId;
            }
            if (last[0] >= 0) table.add(last[0], itemId, points, item.block() == null ? text : null, draft);
        });
        table.groupByResponse(order.size());
        for (int r = 0; r < order.size(); r++) {
            emit(order.get(r), table, r, answers, responses, openText, scrubber, tally);
        }
    }

    private void emit(ResponseRow response, AnswerColumns table, int r, CsvOut answers, CsvOut responses,
                      CsvOut openText, Scrubber scrubber, Scrubber.Tally tally) {
        String id = pseudonyms.response(response.id());
        String wave = waveCodes.get(response.waveId());
        ResponseRelease.Shown shown = release.shown(response.id());
        String role = shown.role();
        String answerHead = answers.escaped(true, id, wave, role, response.status());
        String[] wide = new String[1 + statementColumns];
        wide[0] = responses.escaped(true, id, wave, shown.versionShown() ? versionNumbers.get(response.versionId()) : "",
                role, response.status(), shown.submitted());
        for (int i : inQuestionnaireOrder(table, r)) {
            ItemRef item = items.get(table.itemId(i));
            if (item.block() != null) {
                String value = valuePieces.computeIfAbsent(table.points(i), p -> answers.escaped(false, p));
                answers.rowOf(answerHead, itemPieces.computeIfAbsent(table.itemId(i),
                        k -> answers.escaped(false, item.block(), item.code())), value);
                wide[1 + item.column()] = value;
            } else {
                Scrubber.Scrubbed open = scrubber.scrubForReview(table.text(i), tally);
                openText.row(id, wave, role, response.status(), item.code(), open.text(), table.draft(i) ? 1 : 0,
                        open.review().code);
            }
        }
        for (int c = 1; c < wide.length; c++) {
            if (wide[c] == null) wide[c] = valuePieces.computeIfAbsent(null, p -> responses.escaped(false, p));
        }
        responses.rowOf(wide);
    }

    /** The places of one response's answers, by the items' order in the questionnaire. */
    private int[] inQuestionnaireOrder(AnswerColumns table, int r) {
        int[] places = new int[table.to(r) - table.from(r)];
        for (int k = 0; k < places.length; k++) {
            int place = table.from(r) + k;
            int position = items.get(table.itemId(place)).position();
            int j = k;
            for (; j > 0 && items.get(table.itemId(places[j - 1])).position() > position; j--) places[j] = places[j - 1];
            places[j] = place;
        }
        return places;
    }
}
