package org.rpgkiosk.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.tasks.WaveRefused.Problem;

/**
 * Issue 36, slice 3: opening a wave is one task for the command line and the kiosk. Its rules
 * (the code, the label, which questionnaire a new wave uses, placeholders, reopening) hold
 * here, its refusals carry a {@link Problem} each front end words, and its own words name no
 * command-line option or command, so a kiosk screen can show them as they are.
 */
class OpenWaveTest {
    @TempDir Path dir;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    private Store store() throws Exception {
        Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("data")));
        store.questionnaires().load(QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt")), "test");
        return store;
    }

    private static WaveRefused refused(Store store, OpenWave.Request r) {
        WaveRefused e = assertThrows(WaveRefused.class, () -> OpenWave.run(store, r, "test", DAY));
        assertFalse(e.getMessage().contains("--") || e.getMessage().contains("run.sh"), "no command line in: " + e.getMessage());
        return e;
    }

    @Test
    void everyRefusalHasItsProblemAndNeutralWords() throws Exception {
        try (Store store = store()) {
            assertEquals(Problem.BAD_CODE, refused(store, new OpenWave.Request("y 1", "one", 10, null, true)).problem());
            assertEquals(Problem.NO_LABEL, refused(store, new OpenWave.Request("y1", "  ", 10, null, true)).problem());
            assertEquals(Problem.LABEL_TOO_LONG, refused(store, new OpenWave.Request("y1", "x".repeat(201), 10, null, true)).problem());
            assertEquals(Problem.NEGATIVE_INVITED, refused(store, new OpenWave.Request("y1", "one", -1, null, true)).problem());
            assertEquals(Problem.NEEDS_LABEL_AND_INVITED, refused(store, new OpenWave.Request("y1", null, 10, null, true)).problem());
            assertEquals(Problem.UNKNOWN_QUESTIONNAIRE, refused(store, new OpenWave.Request("y1", "one", 10, "nosuch", true)).problem());
            WaveRefused placeholders = refused(store, new OpenWave.Request("y1", "one", 10, null, false));
            assertEquals(Problem.PLACEHOLDERS, placeholders.problem());
            assertTrue(placeholders.getMessage().contains("efficacy_decisions"), placeholders.getMessage());
            assertEquals(List.of(), store.waves().list(), "nothing opened by a refusal");
        }
    }

    @Test
    void whichQuestionnaireANewWaveUsesHasOneAnswer() throws Exception {
        try (Store store = store()) {
            int only = OpenWave.questionnaire(store, null);
            assertEquals(store.questionnaires().idOf("rpg-outcomes").orElseThrow(), only, "the only one loaded");
            Path second = Files.writeString(dir.resolve("second.txt"), Files.readString(Path.of("db/questionnaires/rpg-outcomes.txt"))
                    .replace("name: rpg-outcomes", "name: rpg-second"));
            store.questionnaires().load(QuestionnaireReader.read(second), "test");
            WaveRefused several = assertThrows(WaveRefused.class, () -> OpenWave.questionnaire(store, null));
            assertEquals(Problem.SEVERAL_QUESTIONNAIRES, several.problem());
            assertEquals(store.questionnaires().idOf("rpg-second").orElseThrow(), OpenWave.questionnaire(store, "rpg-second"));
        }
    }

    @Test
    void openedThenClosedThenReopenedKeepingItsOwnLabelAndAudited() throws Exception {
        try (Store store = store()) {
            OpenWave.Opened first = OpenWave.run(store, new OpenWave.Request("y1", "+1 year", 210, null, true), "test", DAY);
            assertFalse(first.reopened());
            assertEquals("+1 year", first.wave().label());
            WaveRefused another = refused(store, new OpenWave.Request("y2", "+2 years", 10, null, true));
            assertEquals(Problem.ANOTHER_OPEN, another.problem());
            assertEquals("y1", another.wave(), "the open one named, for a front end to say how to close it");
            WaveRefused none = assertThrows(WaveRefused.class, () -> CloseWave.run(store, "nosuch", "test", DAY));
            assertEquals(Problem.NO_SUCH_WAVE, none.problem());
            assertFalse(none.getMessage().contains("run.sh"), none.getMessage());
            CloseWave.run(store, "y1", "test", DAY);
            OpenWave.Opened again = OpenWave.run(store, new OpenWave.Request("y1", null, null, null, true), "test", DAY);
            assertTrue(again.reopened());
            assertEquals("+1 year", again.wave().label(), "a reopened wave keeps its own label");
            assertEquals(210, again.wave().invited());
            String audit = store.dsl().fetch("SELECT action FROM audit_log ORDER BY id").getValues(0, String.class).toString();
            assertEquals("[wave.open, wave.close, wave.open]", audit);
        }
    }
}
