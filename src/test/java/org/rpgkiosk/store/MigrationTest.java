package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.QUESTIONNAIRE_VERSION;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A database written by an older version of the program, then opened by this one (e.g. a restored backup). */
class MigrationTest {
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void v3FlagsTheAnswersOfTheResponsesAlreadySubmitted(TestDatabases db) throws Exception {
        DatabaseUrl url = db.fresh(dir);
        UUID sent = UUID.randomUUID();
        UUID walkedAway = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url.url(), url.user(), url.password())) {
            Migrations.upTo(c, "2");
            DSLContext v2 = DSL.using(c, url.dialect(), new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
            QuestionnaireRepository questionnaires = new QuestionnaireRepository(v2);
            // Without the placeholder marks: V2 has no column for them (V6 adds it).
            questionnaires.load(org.rpgkiosk.questionnaire.QuestionnaireParser.parse("t", java.nio.file.Files
                    .readString(ReportFixture.QUESTIONNAIRE).replace(" (placeholder)", "")), "t");
            int qid = questionnaires.idOf("rpg-outcomes").orElseThrow();
            // Read as V2 has them (the repository's read names V6's placeholder column).
            int versionId = v2.select(QUESTIONNAIRE_VERSION.ID).from(QUESTIONNAIRE_VERSION)
                    .where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(qid)).fetchSingle().value1();
            java.util.function.Function<String, Integer> itemId = code -> v2.select(ITEM.ID).from(ITEM)
                    .where(ITEM.VERSION_ID.eq(versionId), ITEM.CODE.eq(code)).fetchSingle().value1();
            int wave = new WaveRepository(v2).open("y1", "+1 year", 10, qid, LocalDate.of(2026, 1, 5)).id();
            ResponseRepository responses = new ResponseRepository(v2);
            for (UUID id : new UUID[] {sent, walkedAway}) {
                responses.start(id, wave, versionId);
                // as the program of V2 wrote them (today's writes name columns V2 does not have)
                for (String code : new String[] {"skills_reflect", "skills_perspectives"}) {
                    v2.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, id).set(ANSWER.ITEM_ID, itemId.apply(code))
                            .set(ANSWER.WAVE_ID, wave).set(ANSWER.POINTS, (short) (code.equals("skills_reflect") ? 2 : 3))
                            .execute();
                }
            }
            // as the older program submitted: the response only
            v2.update(RESPONSE).set(RESPONSE.STATUS, "submitted").set(RESPONSE.SUBMITTED_ON, LocalDate.of(2026, 2, 3))
                    .where(RESPONSE.ID.eq(sent)).execute();
            responses.abandon(walkedAway);
        }
        try (Store store = Store.open(url)) {
            assertEquals(Map.of(sent, 2), store.dsl().select(ANSWER.RESPONSE_ID, DSL.count()).from(ANSWER)
                    .where(ANSWER.SUBMITTED.isTrue()).groupBy(ANSWER.RESPONSE_ID).fetchMap(ANSWER.RESPONSE_ID, DSL.count()));
            assertEquals(4, store.dsl().fetchCount(ANSWER));
        }
    }
}
