package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.demo.DemoData;
import static org.rpgkiosk.store.generated.Tables.ANSWER;

/** The insert floor is only a floor if it writes what demo-data writes, every column of it. */
class BenchFloorsTest {
    @TempDir Path dir;

    @Test
    void theRawInsertWritesTheSameRowsAsDemoData() throws Exception {
        String ours;
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("ours")))) {
            StoredQuestionnaire q = store.demoData().questionnaire();
            store.demoData().write(DemoData.generate(4, 300, q.questionnaire()), q);
            ours = DemoDataWriterTest.checksum(store);
        }
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("floor")))) {
            StoredQuestionnaire q = store.demoData().questionnaire();
            store.demoData().write(DemoData.generate(4, 0, q.questionnaire()), q);
            long answers = new BenchFloors(store).rawInsert(DemoData.generate(4, 300, q.questionnaire()).survey().iterator(), q);
            assertEquals(store.dsl().fetchCount(ANSWER), answers);
            assertEquals(ours, DemoDataWriterTest.checksum(store));
        }
    }
}
