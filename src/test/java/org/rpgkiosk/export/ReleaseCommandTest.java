package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;
import static org.rpgkiosk.store.generated.Tables.WAVE_RELEASE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/**
 * The evaluator's release step (issue 33): a wave's release decided once, by an explicit step
 * that can be previewed, and read by every later export.
 */
class ReleaseCommandTest {
    @TempDir Path dir;

    private record State(int releases, int releasedResponses) {}

    private static State state(Path data) {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            return new State(store.dsl().fetchCount(WAVE_RELEASE), store.dsl().fetchCount(RESPONSE, RESPONSE.RELEASED.isTrue()));
        }
    }

    @Test
    void aPreviewShowsTheDecisionAndChangesNothingNotEvenTheResponsesWaiting() throws Exception {
        Path data = dir.resolve("data");
        ExportFixture.build(data);
        // Three of closed y1's responses waiting to be released (a closed wave releases all it holds).
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            var ids = store.dsl().select(RESPONSE.ID).from(RESPONSE).join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID))
                    .where(WAVE.CODE.eq("y1").and(RESPONSE.RELEASED.isTrue())).limit(3).fetch(RESPONSE.ID);
            store.dsl().update(RESPONSE).set(RESPONSE.RELEASED, false).where(RESPONSE.ID.in(ids)).execute();
            store.dsl().update(ANSWER).set(ANSWER.RELEASED, false).where(ANSWER.RESPONSE_ID.in(ids)).execute();
        }
        State before = state(data);
        var preview = org.rpgkiosk.Run.in(data, "release", "--preview");
        assertEquals(0, preview.code(), preview.err());
        assertTrue(preview.out().contains("Wave y1 (+1 year), k=5:"), preview.out());
        assertTrue(preview.out().contains("previewed: nothing recorded; run without --preview to release it"), preview.out());
        assertTrue(preview.out().matches("(?s).*  dates: (by week|by month|by day|none)\n.*"), preview.out());
        assertTrue(preview.out().contains("Wave y1 (+1 year), k=5:\n  responses: 15 go out as rows, 0 held back"),
                "the three waiting count as the next output would release them: " + preview.out());
        assertEquals(before, state(data), "no release recorded, no response released");

        var release = org.rpgkiosk.Run.in(data, "release", "--wave", "y1", "--dates", "month");
        assertEquals(0, release.code(), release.err());
        assertTrue(release.out().contains("released now: every later export and report of y1 follows it"), release.out());
        assertEquals(new State(1, before.releasedResponses() + 3), state(data), "recorded, and the three released");

        // Every later export reads it: other dates are refused with the release named, none gives months.
        Run week = Run.export(data, "--out", dir.resolve("week").toString(), "--wave", "y1", "--dates", "week");
        assertEquals(2, week.code());
        assertTrue(week.err().startsWith("error: wave y1 was released with dates by month (k=5)"), week.err());
        Path plain = dir.resolve("plain");
        assertEquals(0, Run.export(data, "--out", plain.toString(), "--wave", "y1").code());
        List<String> periods = ExportedFiles.read(plain).get("responses.csv").column("submitted_period");
        assertTrue(periods.stream().allMatch(p -> p.isEmpty() || p.matches("\\d{4}-\\d{2}")), periods.toString());

        var again = org.rpgkiosk.Run.in(data, "release", "--wave", "y1", "--preview");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().matches("(?s).*released on \\d{4}-\\d{2}-\\d{2}: it stands for every later output.*"), again.out());
    }

    @Test
    void badArgumentsAreOneLineExitTwoAndNothingIsReleased() throws Exception {
        Path data = dir.resolve("data");
        ExportFixture.build(data);
        assertEquals(0, org.rpgkiosk.Run.in(data, "release", "--wave", "y1", "--dates", "week").code());
        State before = state(data);
        String[][] bad = {
            {"release", "--wave", "nosuch"},
            {"release", "--wave", "y1", "--dates", "day"},
            {"release", "--dates", "fortnight"},
            {"release", "--min-cell", "3"},
        };
        for (String[] args : bad) {
            var r = org.rpgkiosk.Run.in(data, args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertEquals(before, state(data), String.join(" ", args) + " changed the store");
        }
        assertFalse(Files.exists(dir.resolve("x")));
    }
}
