package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.QuestionnaireParser;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.store.QuestionnaireRepository.LoadResult;

class QuestionnaireRepositoryTest {
    @TempDir Path dir;
    Store store;
    final Questionnaire shipped = QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt"));

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void whatIsLoadedReadsBackUnchanged(TestDatabases db) {
        store = Store.open(db.fresh(dir));
        LoadResult result = store.questionnaires().load(shipped, "rpg-outcomes.txt");
        assertEquals(new LoadResult("rpg-outcomes", 1, true), result);
        int id = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
        StoredQuestionnaire stored = store.questionnaires().latest(id).orElseThrow();
        assertEquals(shipped, stored.questionnaire());
        assertEquals(20, stored.itemIds().size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void loadingTheSameContentAgainChangesNothing(TestDatabases db) {
        store = Store.open(db.fresh(dir));
        store.questionnaires().load(shipped, "a.txt");
        assertEquals(new LoadResult("rpg-outcomes", 1, false), store.questionnaires().load(shipped, "b.txt"));
        assertEquals(1, store.questionnaires().list().size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aChangedFileIsANewVersionAndTheOldOneStaysAsItWas(TestDatabases db) {
        store = Store.open(db.fresh(dir));
        store.questionnaires().load(shipped, "a.txt");
        int id = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
        StoredQuestionnaire first = store.questionnaires().latest(id).orElseThrow();

        Questionnaire changed = QuestionnaireParser.parse("b.txt",
                readShipped().replace("= I can remain calm", "= I stay calm"));
        assertEquals(new LoadResult("rpg-outcomes", 2, true), store.questionnaires().load(changed, "b.txt"));

        StoredQuestionnaire second = store.questionnaires().latest(id).orElseThrow();
        assertEquals(2, second.versionNo());
        assertEquals(changed, second.questionnaire());
        assertEquals(shipped, store.questionnaires().read(first.versionId()).questionnaire());
        var list = store.questionnaires().list();
        assertFalse(list.get(0).latest());
        assertTrue(list.get(1).latest());
        assertEquals(17, list.get(1).statements());
        assertEquals(3, list.get(1).openQuestions());
    }

    private static String readShipped() {
        try {
            return java.nio.file.Files.readString(Path.of("db/questionnaires/rpg-outcomes.txt"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
