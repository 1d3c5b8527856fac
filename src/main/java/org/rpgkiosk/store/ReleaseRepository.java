package org.rpgkiosk.store;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.rpgkiosk.disclosure.Release;
import org.rpgkiosk.disclosure.Threshold;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;
import static org.rpgkiosk.store.generated.Tables.WAVE_RELEASE;

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
        dsl.transaction(tx -> advanceIn(tx.dsl(), threshold));
    }

    /**
     * Releases what is due, inside the caller's transaction: an output that reads in the same
     * transaction and fails (a bad argument found late, a full disk) takes the release back with
     * it, since a release is a disclosure decision that should go with an output or not at all.
     */
    static void advanceIn(DSLContext t, Threshold threshold) {
        for (var w : t.select(WAVE.ID, WAVE.IS_OPEN).from(WAVE).fetch()) {
            List<UUID> pending = pending(t, w.value1());
            if (Release.due(w.value2(), pending.size(), threshold)) release(t, pending);
        }
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

    /** The release already decided for each of these waves (by wave id; absent: not yet decided). */
    public java.util.Map<Integer, org.rpgkiosk.disclosure.WaveRelease> decided(java.util.Collection<Integer> waveIds) {
        java.util.Map<Integer, org.rpgkiosk.disclosure.WaveRelease> out = new java.util.HashMap<>();
        dsl.select(WAVE_RELEASE.WAVE_ID, WAVE.CODE, WAVE_RELEASE.DATES, WAVE_RELEASE.MIN_CELL).from(WAVE_RELEASE)
                .join(WAVE).on(WAVE.ID.eq(WAVE_RELEASE.WAVE_ID)).where(WAVE_RELEASE.WAVE_ID.in(waveIds))
                .forEach(r -> out.put(r.value1(), new org.rpgkiosk.disclosure.WaveRelease(r.value2(),
                        org.rpgkiosk.disclosure.DetailLevel.Dates.parse(r.value3()), r.value4())));
        return out;
    }

    /** When a wave's release was recorded; null when it has none. */
    public java.time.LocalDate decidedOn(int waveId) {
        return dsl.select(WAVE_RELEASE.DECIDED_ON).from(WAVE_RELEASE).where(WAVE_RELEASE.WAVE_ID.eq(waveId))
                .fetchOne(WAVE_RELEASE.DECIDED_ON);
    }

    /**
     * Records a wave's release, once: a wave already decided (by an export that finished first)
     * keeps its own. Called only once the output that made the decision is in place.
     */
    public void decide(int waveId, org.rpgkiosk.disclosure.DetailLevel.Dates dates, int k, java.time.LocalDate today) {
        dsl.insertInto(WAVE_RELEASE).set(WAVE_RELEASE.WAVE_ID, waveId)
                .set(WAVE_RELEASE.DATES, dates.name().toLowerCase(java.util.Locale.ROOT))
                .set(WAVE_RELEASE.MIN_CELL, k).set(WAVE_RELEASE.DECIDED_ON, today)
                .onConflictDoNothing().execute();
    }
}
