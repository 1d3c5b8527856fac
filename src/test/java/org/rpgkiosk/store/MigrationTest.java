package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rpgkiosk.questionnaire.QuestionnaireReader;

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
            Flyway.configure().dataSource(new SharedConnectionDataSource(c)).locations("classpath:db/migration")
                    .target("2").load().migrate();
            DSLContext v2 = DSL.using(c, url.dialect(), new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
            QuestionnaireRepository questionnaires = new QuestionnaireRepository(v2);
            questionnaires.load(QuestionnaireReader.read(ReportFixture.QUESTIONNAIRE), "t");
            int qid = questionnaires.idOf("rpg-outcomes").orElseThrow();
            StoredQuestionnaire q = questionnaires.latest(qid).orElseThrow();
            int wave = new WaveRepository(v2).open("y1", "+1 year", 10, qid, LocalDate.of(2026, 1, 5)).id();
            ResponseRepository responses = new ResponseRepository(v2);
            for (UUID id : new UUID[] {sent, walkedAway}) {
                responses.start(id, wave, q.versionId());
                // as the program of V2 wrote them (today's writes name columns V2 does not have)
                for (String code : new String[] {"skills_reflect", "skills_perspectives"}) {
                    v2.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, id).set(ANSWER.ITEM_ID, q.itemId(code))
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
