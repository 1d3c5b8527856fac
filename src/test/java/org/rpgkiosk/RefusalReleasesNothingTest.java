package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.ReportFixture;
import org.rpgkiosk.store.Store;

/**
 * Issue 35, finding 1: with 7 submitted responses waiting for their release, a report or export
 * refused (a wave that is not there, a wave compared with itself, an output that cannot be
 * written) released them first. Releasing is a disclosure decision that cannot be taken back: it
 * now goes with an output or not at all.
 */
class RefusalReleasesNothingTest {
    @TempDir Path dir;

    static void sevenWaiting(Path data) {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            store.dsl().transaction(tx -> {
                ReportFixture f = new ReportFixture(store);
                int y1 = f.wave("y1", "+1 year", 50, LocalDate.of(2023, 1, 2));
                f.submitted(y1, "social_worker", 12, 2.8, new Random(1));
                int y3 = f.wave("y3", "+3 years", 50, LocalDate.of(2025, 1, 2));
                store.dsl().update(WAVE).set(WAVE.IS_OPEN, true).setNull(WAVE.CLOSED_ON).where(WAVE.ID.eq(y3)).execute();
                f.submitted(y3, "social_worker", 7, 3.0, new Random(2));
                store.dsl().update(RESPONSE).set(RESPONSE.RELEASED, false).where(RESPONSE.WAVE_ID.eq(y3)).execute();
                store.dsl().update(ANSWER).set(ANSWER.RELEASED, false).where(ANSWER.WAVE_ID.eq(y3)).execute();
            });
        }
    }

    static int released(Path data) {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            return store.dsl().fetchCount(RESPONSE, RESPONSE.RELEASED.isTrue());
        }
    }

    @Test
    void aRefusedReportOrExportReleasesNothingAndOneThatIsMadeDoes() throws Exception {
        Path data = dir.resolve("data");
        sevenWaiting(data);
        int before = released(data);
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        String[][] refused = {
            {"report", "--wave", "nosuch"},
            {"report", "--compare", "nosuch"},
            {"report", "--wave", "y3", "--compare", "y3"},
            {"report", "--out", dir.resolve("nonexistent/dir/r.txt").toString()},
            {"report", "--out", file.resolve("r.txt").toString()},
            {"report", "--format", "csv", "--out", file.resolve("tables").toString()},
            {"export", "--wave", "nosuch", "--out", dir.resolve("x1").toString()},
            {"export", "--out", file.resolve("x2").toString()},
        };
        for (String[] args : refused) {
            Run r = Run.in(data, args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals(before, released(data), String.join(" ", args) + " released responses");
        }
        Run made = Run.in(data, "report", "--format", "csv", "--table", "response_rates");
        assertEquals(0, made.code(), made.err());
        assertEquals(before + 7, released(data), "a report that is made releases the 7");
        assertTrue(made.out().contains("y3"), made.out());
    }
}
