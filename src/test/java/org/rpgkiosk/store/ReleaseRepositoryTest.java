package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rpgkiosk.disclosure.Threshold;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

/** An open wave's submissions join the report in steps of k; closing releases the rest (V4). */
class ReleaseRepositoryTest {
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void submissionsAreReleasedInStepsOfKAndTheRestAtTheClose(TestDatabases db) {
        try (Store store = Store.open(db.fresh(dir))) {
            store.questionnaires().load(QuestionnaireReader.read(ReportFixture.QUESTIONNAIRE), "rpg-outcomes.txt");
            int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
            StoredQuestionnaire q = store.questionnaires().latest(qid).orElseThrow();
            int wave = store.waves().open("y1", "+1 year", 50, qid, LocalDate.of(2026, 3, 2)).id();
            Threshold k = new Threshold(5);
            for (int i = 0; i < 4; i++) submit(store, q, wave);
            store.releases().advance(k);
            assertEquals(0, released(store), "4 submitted, under k: nothing shown yet");
            submit(store, q, wave);
            store.releases().advance(k);
            assertEquals(5, released(store));
            assertEquals(5 * 17, store.dsl().fetchCount(ANSWER, ANSWER.RELEASED.isTrue()), "the answers with them");
            for (int i = 0; i < 4; i++) submit(store, q, wave);
            UUID unfinished = UUID.randomUUID();
            store.responses().start(unfinished, wave, q.versionId());
            store.releases().advance(k);
            assertEquals(5, released(store), "4 more are held back: two reports must not differ by one person");
            store.waves().close("y1", LocalDate.of(2026, 3, 30));
            assertEquals(9, released(store), "closing releases what is left");
            assertEquals(1, store.dsl().fetchCount(RESPONSE, RESPONSE.STATUS.eq("abandoned").and(RESPONSE.RELEASED.isFalse())));
        }
    }

    private static void submit(Store store, StoredQuestionnaire q, int wave) {
        UUID id = UUID.randomUUID();
        store.responses().start(id, wave, q.versionId());
        store.responses().saveRole(id, "social_worker");
        q.questionnaire().agreementItems().forEach(i -> store.responses().saveAnswer(id, q.itemId(i.code()), 3, null));
        store.responses().submit(id, LocalDate.of(2026, 3, 9));
    }

    private static int released(Store store) {
        return store.dsl().fetchCount(RESPONSE, RESPONSE.RELEASED.isTrue());
    }
}
