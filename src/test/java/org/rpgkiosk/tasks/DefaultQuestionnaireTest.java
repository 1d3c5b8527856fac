package org.rpgkiosk.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.Run;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/**
 * Issue 36, slice 3: the shipped questionnaire is loaded by one task wherever none is loaded,
 * and audited each time: the kiosk's first start audited its load, demo-data's went unrecorded.
 */
class DefaultQuestionnaireTest {
    @TempDir Path dir;

    private static List<String> audit(Path data) {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            return store.dsl().fetch("SELECT actor || ' ' || action || ' ' || detail FROM audit_log ORDER BY id")
                    .getValues(0, String.class);
        }
    }

    @Test
    void demoDataOnAnEmptyDatabaseLoadsItAndSaysSoInTheAuditLog() {
        Path data = dir.resolve("data");
        assertEquals(0, Run.in(data, "demo-data", "--responses", "10").code());
        assertEquals("cli questionnaire.load rpg-outcomes v1 (demo-data)", audit(data).get(0));
    }

    @Test
    void loadedOnceOnlyAndNeverOverOneThatIsThere() {
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("data")))) {
            assertEquals(true, DefaultQuestionnaire.loadIfNone(store, "kiosk", "first run"));
            assertEquals(false, DefaultQuestionnaire.loadIfNone(store, "kiosk", "first run"));
            assertEquals(List.of("rpg-outcomes"), store.questionnaires().names());
            assertEquals(1, store.dsl().fetchCount(org.rpgkiosk.store.generated.Tables.AUDIT_LOG));
        }
    }
}
