package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.survey.SurveyEffect;

/** The held writes' rules, against a store that fails as told: order, once, back-off, what is dropped. */
class PendingWritesTest {
    private static final UUID ID = new UUID(0, 1);

    /** A store that is away while {@code down}, or refuses the next write with {@code refuse}. */
    private final List<String> written = new ArrayList<>();
    private final List<Long> reconnects = new ArrayList<>();
    private boolean down;
    /** Calls for which the new connection is still being made. */
    private int connecting;
    private RuntimeException refuse;
    private long now;

    private final PendingWrites writes = new PendingWrites(w -> {
        if (down) throw lost();
        if (refuse != null) {
            RuntimeException e = refuse;
            refuse = null;
            throw e;
        }
        written.add(((SurveyEffect.SaveAnswer) w.effect()).itemCode());
        return true;
    }, () -> {
        reconnects.add(now);
        if (down) throw lost();
        return connecting-- <= 0;
    });

    private static RuntimeException lost() {
        return new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    }

    private void give(String item, long step) {
        writes.add(new PendingWrites.Pending(new SurveyEffect.SaveAnswer(ID, item, 3, null), 1, null, java.time.LocalDate.now(), step));
    }

    @Test
    void heldWhileAwayThenWrittenInOrderOnceWithABoundedBackOff() {
        give("a1", 1);
        assertEquals(PendingWrites.State.SAVED, writes.flush(now));
        down = true;
        give("a2", 2);
        assertEquals(PendingWrites.State.WAITING, writes.flush(now));
        assertEquals(List.of(0L), reconnects, "a broken connection is replaced at once, once");
        give("a3", 3);
        List<Long> tries = new ArrayList<>();
        for (now = 1; now <= 20_000; now++) {
            int before = reconnects.size();
            writes.flush(now);
            if (reconnects.size() > before) tries.add(now);
        }
        assertEquals(List.of(250L, 750L, 1_750L, 3_750L, 7_750L, 12_750L, 17_750L), tries, "doubling to every 5 s");
        assertEquals(PendingWrites.SAVING, writes.notice(now));
        now = 70_000;
        assertTrue(writes.notice(now).contains("(2 not yet saved)"), writes.notice(now));

        down = false;
        assertEquals(PendingWrites.State.SAVED, writes.flush(now));
        assertEquals(List.of("a1", "a2", "a3"), written);
        assertEquals(0, writes.held());
        assertNull(writes.notice(now));
        assertEquals(PendingWrites.State.SAVED, writes.flush(now + 1));
        assertEquals(List.of("a1", "a2", "a3"), written, "nothing twice");
    }

    @Test
    void aServerBackBeforeTheFirstWriteIsNotNoticed() {
        give("a1", 1);
        refuse = lost();                // the old connection's first use since the restart
        assertEquals(PendingWrites.State.SAVED, writes.flush(now));
        assertEquals(List.of("a1"), written);
        assertEquals(1, reconnects.size());
        assertTrue(!writes.waiting());
    }

    @Test
    void aConnectionStillBeingMadeIsLookedAtAgainWithoutWaiting() {
        give("a1", 1);
        refuse = lost();
        connecting = 3;
        assertEquals(PendingWrites.State.WAITING, writes.flush(now));
        assertEquals(PendingWrites.SAVING, writes.notice(now));
        now = 300;   // past the first back-off
        assertEquals(PendingWrites.State.WAITING, writes.flush(now));
        assertEquals(PendingWrites.State.WAITING, writes.flush(now + 1), "still being made: asked again at once");
        assertEquals(PendingWrites.State.SAVED, writes.flush(now + 2));
        assertEquals(List.of("a1"), written);
        assertEquals(4, reconnects.size());
    }

    @Test
    void aFaultOfNoKnownKindDropsThatWriteAndSaysSo() {
        give("a1", 1);
        IllegalStateException bug = new IllegalStateException("a check constraint, say");
        refuse = bug;
        assertSame(bug, assertThrows(IllegalStateException.class, () -> writes.flush(now)));
        assertEquals(0, writes.held());
        give("a2", 2);
        give("a3", 2);
        give("a4", 3);
        writes.discardStep(2);
        writes.flush(now);
        assertEquals(List.of("a4"), written);
    }

    @Test
    void damageStopsEveryWrite() {
        give("a1", 1);
        refuse = new RuntimeException(new SQLException("File corrupted while reading record", "90030", 90030));
        assertEquals(PendingWrites.State.DAMAGED, writes.flush(now));
        assertEquals(PendingWrites.State.DAMAGED, writes.flushNow(now + 60_000));
        assertEquals(List.of(), written);
        assertEquals(1, writes.held(), "kept, not written into a damaged file");
        assertTrue(writes.damaged());
    }
}
