package org.rpgkiosk.store;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.rpgkiosk.disclosure.Release;
import org.rpgkiosk.disclosure.Threshold;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/**
 * Moves submitted responses into the release ({@link Release} decides when). Every report and
 * export asks first, with its own k; the ids are read once and both tables updated by them in
 * one transaction, so a response submitted meanwhile is either wholly in or wholly out.
 */
public final class ReleaseRepository {
    private static final int CHUNK = 500;
    private final DSLContext dsl;

    ReleaseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Releases what is due in every wave. */
    public void advance(Threshold threshold) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            for (var w : t.select(WAVE.ID, WAVE.IS_OPEN).from(WAVE).fetch()) {
                List<UUID> pending = pending(t, w.value1());
                if (Release.due(w.value2(), pending.size(), threshold)) release(t, pending);
            }
        });
    }

    /** Releases the rest of a wave (at its close), inside the caller's transaction. */
    static void releaseAll(DSLContext t, int waveId) {
        release(t, pending(t, waveId));
    }

    private static List<UUID> pending(DSLContext t, int waveId) {
        return t.select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.WAVE_ID.eq(waveId)
                .and(RESPONSE.STATUS.eq("submitted")).and(RESPONSE.RELEASED.isFalse())).fetch(RESPONSE.ID);
    }

    private static void release(DSLContext t, List<UUID> ids) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            t.update(RESPONSE).set(RESPONSE.RELEASED, true).where(RESPONSE.ID.in(chunk)).execute();
            t.update(ANSWER).set(ANSWER.RELEASED, true).where(ANSWER.RESPONSE_ID.in(chunk)).execute();
        }
    }
}
