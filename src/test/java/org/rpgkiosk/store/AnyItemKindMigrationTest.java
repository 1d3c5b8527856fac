package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ANSWER_CHOICE;
import static org.rpgkiosk.store.generated.Tables.ITEM;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rpgkiosk.questionnaire.Fingerprint;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.QuestionnaireParser;

/**
 * Issue 36, slice 1: V8 and V9 let the schema hold any kind of item and any answer value, on
 * H2 and on PostgreSQL alike. A database written at V7 (a questionnaire, a wave, an answer) is
 * opened by this program: what was stored reads back as it was, with its fingerprint; then a
 * kind V1's check refused, a value off the 1-4 scale, a coded value, a number and a set of codes
 * are stored, and what must stay refused still is.
 */
class AnyItemKindMigrationTest {
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aV7DatabaseReadsAsBeforeAndThenHoldsAnyItemAndAnswer(TestDatabases db) throws Exception {
        DatabaseUrl url = db.fresh(dir);
        Questionnaire loaded = QuestionnaireParser.parse("t", Files.readString(ReportFixture.QUESTIONNAIRE));
        UUID response = UUID.randomUUID();
        int versionId;
        try (Connection c = DriverManager.getConnection(url.url(), url.user(), url.password())) {
            Migrations.upTo(c, "7");
            DSLContext v7 = DSL.using(c, url.dialect(), new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
            QuestionnaireRepository questionnaires = new QuestionnaireRepository(v7);
            questionnaires.load(loaded, "t");
            int qid = questionnaires.idOf("rpg-outcomes").orElseThrow();
            versionId = questionnaires.latest(qid).orElseThrow().versionId();
            int wave = new WaveRepository(v7).open("y1", "+1 year", 10, qid, LocalDate.of(2026, 1, 5)).id();
            new ResponseRepository(v7).start(response, wave, versionId);
            v7.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, response).set(ANSWER.ITEM_ID, itemId(v7, versionId, "skills_reflect"))
                    .set(ANSWER.WAVE_ID, wave).set(ANSWER.POINTS, (short) 3).execute();
            // V1's check, as it stood: no kind but agreement and open.
            assertThrows(RuntimeException.class, () -> insertItem(v7, versionId, "attended_6m", "choice", null));
        }
        try (Store store = Store.open(url)) {
            DSLContext dsl = store.dsl();
            var read = store.questionnaires().read(versionId);
            assertEquals(loaded, read.questionnaire(), "the questionnaire reads back as it was loaded");
            assertEquals(Fingerprint.of(loaded), Fingerprint.of(read.questionnaire()));
            assertEquals((short) 3, dsl.select(ANSWER.POINTS).from(ANSWER).where(ANSWER.RESPONSE_ID.eq(response)).fetchSingle().value1());

            int choice = insertItem(dsl, versionId, "attended_6m", "choice", null);
            int number = insertItem(dsl, versionId, "years_qualified", "number", null);
            int ticks = insertItem(dsl, versionId, "barriers", "choices", null);
            answer(dsl, response, choice).set(ANSWER.ANSWER_CODE, "one_two").execute();
            answer(dsl, response, number).set(ANSWER.ANSWER_NUMBER, 12).execute();
            answer(dsl, response, ticks).execute();
            for (String code : new String[] {"caseload", "travel"}) {
                dsl.insertInto(ANSWER_CHOICE).set(ANSWER_CHOICE.RESPONSE_ID, response).set(ANSWER_CHOICE.ITEM_ID, ticks)
                        .set(ANSWER_CHOICE.CODE, code).execute();
            }
            answer(dsl, response, itemId(dsl, versionId, "skills_perspectives")).set(ANSWER.POINTS, (short) 7).execute();
            assertEquals("one_two", dsl.select(ANSWER.ANSWER_CODE).from(ANSWER)
                    .where(ANSWER.RESPONSE_ID.eq(response), ANSWER.ITEM_ID.eq(choice)).fetchSingle().value1());
            assertEquals(Integer.valueOf(12), dsl.select(ANSWER.ANSWER_NUMBER).from(ANSWER)
                    .where(ANSWER.RESPONSE_ID.eq(response), ANSWER.ITEM_ID.eq(number)).fetchSingle().value1());
            assertEquals(2, dsl.fetchCount(ANSWER_CHOICE, ANSWER_CHOICE.ITEM_ID.eq(ticks)));

            // Still refused: a statement outside a block, a kind with no name, points below 0,
            // codes ticked for an answer that is not there.
            assertThrows(RuntimeException.class, () -> insertItem(dsl, versionId, "loose", "agreement", null));
            assertThrows(RuntimeException.class, () -> insertItem(dsl, versionId, "nameless", "", null));
            int open = itemId(dsl, versionId, "open_helpful");
            assertThrows(RuntimeException.class, () -> answer(dsl, response, open).set(ANSWER.POINTS, (short) -1).execute());
            assertThrows(RuntimeException.class, () -> dsl.insertInto(ANSWER_CHOICE).set(ANSWER_CHOICE.RESPONSE_ID, response)
                    .set(ANSWER_CHOICE.ITEM_ID, open).set(ANSWER_CHOICE.CODE, "x").execute());
        }
    }

    private static int itemId(DSLContext dsl, int versionId, String code) {
        return dsl.select(ITEM.ID).from(ITEM).where(ITEM.VERSION_ID.eq(versionId), ITEM.CODE.eq(code)).fetchSingle().value1();
    }

    private static int insertItem(DSLContext dsl, int versionId, String code, String kind, Integer block) {
        return dsl.insertInto(ITEM).set(ITEM.VERSION_ID, versionId).set(ITEM.BLOCK_ID, block).set(ITEM.CODE, code)
                .set(ITEM.POSITION, 100).set(ITEM.KIND, kind).set(ITEM.WORDING, "w").returning(ITEM.ID).fetchOne().getId();
    }

    private static org.jooq.InsertSetMoreStep<?> answer(DSLContext dsl, UUID response, int item) {
        int wave = dsl.select(ANSWER.WAVE_ID).from(ANSWER).where(ANSWER.RESPONSE_ID.eq(response)).limit(1).fetchSingle().value1();
        return dsl.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, response).set(ANSWER.ITEM_ID, item).set(ANSWER.WAVE_ID, wave);
    }
}
