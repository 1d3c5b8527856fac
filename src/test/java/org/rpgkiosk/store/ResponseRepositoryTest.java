package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.report.ReportData.AnswerCount;

class ResponseRepositoryTest {
    @TempDir Path dir;

    private record Fixture(Store store, int waveId, StoredQuestionnaire q) {}

    private Fixture open(TestDatabases db) {
        Store store = Store.open(db.fresh(dir));
        store.questionnaires().load(QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt")), "t");
        int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
        int waveId = store.waves().open("y1", "+1 year", 10, qid, LocalDate.of(2026, 1, 5)).id();
        return new Fixture(store, waveId, store.questionnaires().latest(qid).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void answersAreReplacedUntilSubmittedAndThenFinal(TestDatabases db) {
        Fixture f = open(db);
        try (Store store = f.store()) {
            UUID id = UUID.randomUUID();
            var responses = store.responses();
            responses.start(id, f.waveId(), f.q().versionId());
            responses.saveRole(id, "social_worker");
            int item = f.q().itemId("skills_reflect");
            responses.saveAnswer(id, item, 2, null);
            responses.saveAnswer(id, item, 4, null);
            int open = f.q().itemId("open_helpful");
            responses.saveAnswer(id, open, null, "Café ŵ 😀");
            assertEquals(2, store.dsl().fetchCount(ANSWER));
            assertEquals((short) 4, store.dsl().fetchValue(ANSWER.POINTS, ANSWER.ITEM_ID.eq(item)));
            assertEquals("Café ŵ 😀", store.dsl().fetchValue(ANSWER.ANSWER_TEXT, ANSWER.ITEM_ID.eq(open)));

            assertTrue(responses.submit(id, LocalDate.of(2026, 2, 3)));
            responses.saveAnswer(id, item, 1, null);
            responses.saveRole(id, "other");
            assertFalse(responses.abandon(id));
            assertFalse(responses.submit(id, LocalDate.of(2026, 2, 4)));
            var r = store.dsl().selectFrom(RESPONSE).fetchSingle();
            assertEquals("submitted", r.getStatus());
            assertEquals(LocalDate.of(2026, 2, 3), r.getSubmittedOn());
            assertEquals("social_worker", r.getRoleCode());
            assertEquals((short) 4, store.dsl().fetchValue(ANSWER.POINTS, ANSWER.ITEM_ID.eq(item)));
        }
    }

    /** The answers carry the response's wave and role for the report (V2); a role changed later follows. */
    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void answersCarryTheWaveAndTheRoleAsItChanges(TestDatabases db) {
        Fixture f = open(db);
        try (Store store = f.store()) {
            UUID id = UUID.randomUUID();
            var responses = store.responses();
            responses.start(id, f.waveId(), f.q().versionId());
            responses.saveAnswer(id, f.q().itemId("skills_reflect"), 3, null);
            responses.saveRole(id, "team_manager");
            responses.saveAnswer(id, f.q().itemId("open_helpful"), null, "text");
            responses.saveRole(id, "social_worker");
            assertEquals(List.of("social_worker", "social_worker"),
                    store.dsl().select(ANSWER.ROLE_CODE).from(ANSWER).fetch(ANSWER.ROLE_CODE));
            assertEquals(List.of(f.waveId(), f.waveId()), store.dsl().select(ANSWER.WAVE_ID).from(ANSWER).fetch(ANSWER.WAVE_ID));
        }
    }

    /**
     * The answers carry whether their response was submitted (V3, for the report's one-table
     * count): set by the submit, never by an abandon or a wave's close, and the report counts
     * the submitted response's answers only.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void answersAreMarkedSubmittedWithTheirResponseAndOnlyThen(TestDatabases db) {
        Fixture f = open(db);
        try (Store store = f.store()) {
            var responses = store.responses();
            UUID sent = UUID.randomUUID();
            UUID walkedAway = UUID.randomUUID();
            UUID leftOpen = UUID.randomUUID();
            int item = f.q().itemId("skills_reflect");
            for (UUID id : List.of(sent, walkedAway, leftOpen)) {
                responses.start(id, f.waveId(), f.q().versionId());
                responses.saveRole(id, "social_worker");
                responses.saveAnswer(id, item, 3, null);
                responses.saveAnswer(id, f.q().itemId("open_helpful"), null, "text");
            }
            assertEquals(0, store.dsl().fetchCount(ANSWER, ANSWER.SUBMITTED.isTrue()));

            assertTrue(responses.submit(sent, LocalDate.of(2026, 2, 3)));
            assertTrue(responses.abandon(walkedAway));
            store.waves().close("y1", LocalDate.of(2026, 3, 1));
            assertFalse(responses.submit(leftOpen, LocalDate.of(2026, 3, 2)), "closing the wave abandoned it");

            var flags = store.dsl().select(ANSWER.RESPONSE_ID, DSL.count()).from(ANSWER).where(ANSWER.SUBMITTED.isTrue())
                    .groupBy(ANSWER.RESPONSE_ID).fetchMap(ANSWER.RESPONSE_ID, DSL.count());
            assertEquals(Map.of(sent, 2), flags);
            assertEquals(List.of(new AnswerCount("skills_reflect", "y1", "social_worker", 3, 1)),
                    store.reports().read().answers());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void anAbandonedResponseKeepsItsAnswersAndClosingAWaveAbandonsWhatIsLeft(TestDatabases db) {
        Fixture f = open(db);
        try (Store store = f.store()) {
            UUID left = UUID.randomUUID();
            UUID walkedAway = UUID.randomUUID();
            store.responses().start(left, f.waveId(), f.q().versionId());
            store.responses().start(walkedAway, f.waveId(), f.q().versionId());
            store.responses().saveAnswer(walkedAway, f.q().itemId("skills_reflect"), null, null);
            assertTrue(store.responses().abandon(walkedAway));
            assertEquals(1, store.dsl().fetchCount(ANSWER));
            assertNull(store.dsl().fetchValue(ANSWER.POINTS));
            store.waves().close("y1", LocalDate.of(2026, 3, 1));
            assertEquals(2, store.dsl().fetchCount(RESPONSE, RESPONSE.STATUS.eq("abandoned")));
            var wave = store.waves().find("y1").orElseThrow();
            assertEquals(2, wave.abandoned());
            assertEquals(0, wave.inProgress());
        }
    }

    /** Consent taken back: the response and its answers go, as if never begun; a sent one stays. */
    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aWithdrawnResponseLeavesNothingAndASubmittedOneCannotBeWithdrawn(TestDatabases db) {
        Fixture f = open(db);
        try (Store store = f.store()) {
            UUID changedMind = UUID.randomUUID();
            UUID sent = UUID.randomUUID();
            var responses = store.responses();
            for (UUID id : List.of(changedMind, sent)) {
                responses.start(id, f.waveId(), f.q().versionId());
                responses.saveRole(id, "social_worker");
                responses.saveAnswer(id, f.q().itemId("skills_reflect"), 3, null);
            }
            responses.submit(sent, LocalDate.of(2026, 2, 3));
            assertTrue(responses.withdraw(changedMind));
            assertFalse(responses.withdraw(changedMind), "sent twice, the second finds nothing");
            assertFalse(responses.withdraw(sent));
            assertEquals(List.of(sent), store.dsl().select(RESPONSE.ID).from(RESPONSE).fetch(RESPONSE.ID));
            assertEquals(1, store.dsl().fetchCount(ANSWER));
            assertEquals(0, store.waves().find("y1").orElseThrow().inProgress());
        }
    }

    /** Issue 32: each write says whether it was taken, so a screen never calls a refused one saved. */
    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void writesToAResponseEndedUnderTheScreenSayTheyWereRefused(TestDatabases db) {
        Fixture f = open(db);
        try (Store store = f.store()) {
            var responses = store.responses();
            UUID id = UUID.randomUUID();
            int item = f.q().itemId("skills_reflect");
            assertTrue(responses.start(id, f.waveId(), f.q().versionId()));
            assertTrue(responses.start(id, f.waveId(), f.q().versionId()), "sent again: the same response");
            assertTrue(responses.saveRole(id, "social_worker"));
            assertTrue(responses.saveAnswer(id, item, 3, null));
            assertTrue(responses.inProgress(id));
            store.waves().close("y1", LocalDate.of(2026, 1, 9));
            assertFalse(responses.inProgress(id));
            assertFalse(responses.saveAnswer(id, item, 4, null));
            assertFalse(responses.saveDraft(id, f.q().itemId("open_helpful"), "late"));
            assertFalse(responses.saveRole(id, "other"));
            assertFalse(responses.submit(id, LocalDate.of(2026, 1, 9)));
            assertFalse(responses.start(UUID.randomUUID(), f.waveId(), f.q().versionId()), "a closed wave begins nothing");
            assertEquals(1, store.dsl().fetchCount(RESPONSE));
            assertEquals((short) 3, store.dsl().fetchValue(ANSWER.POINTS));
            assertFalse(responses.inProgress(UUID.randomUUID()), "one that is not there (a restore) is not in progress");
        }
    }
}
