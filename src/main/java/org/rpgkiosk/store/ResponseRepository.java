package org.rpgkiosk.store;

import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/**
 * The kiosk's writes for one response, each committed on its own the moment it is given.
 * Every write is conditional on the response still being in progress: a submitted or abandoned
 * response is final, whatever a confused screen might send later. Every write may be sent again
 * after a lost connection (the kiosk cannot know whether a commit it sent arrived): each leaves
 * the same rows whether it ran once or twice. Each says whether it was taken: false means the
 * response is no longer in progress (its wave was closed from a menu, the command line or
 * another terminal; a backup was restored), and the screen that asked must stop saying "saved".
 */
public final class ResponseRepository {
    private static final String IN_PROGRESS = "in_progress";

    private final DSLContext dsl;

    ResponseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Begun only in a wave still open: one closed since the welcome was drawn takes nothing. */
    public boolean start(UUID id, int waveId, int versionId) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            if (!t.fetchExists(WAVE, WAVE.ID.eq(waveId).and(WAVE.IS_OPEN.isTrue()))) {
                return false;
            }
            t.insertInto(RESPONSE)
                    .set(RESPONSE.ID, id)
                    .set(RESPONSE.WAVE_ID, waveId)
                    .set(RESPONSE.VERSION_ID, versionId)
                    .set(RESPONSE.STATUS, IN_PROGRESS)
                    .onConflictDoNothing()   // sent again after a lost connection: the id is random, so it is this one
                    .execute();
            return inProgress(t, id);
        });
    }

    /** Whether the response can still take answers: false once submitted, abandoned, or gone. */
    public boolean inProgress(UUID id) {
        return inProgress(dsl, id);
    }

    private static boolean inProgress(DSLContext t, UUID id) {
        return t.fetchExists(RESPONSE, RESPONSE.ID.eq(id).and(RESPONSE.STATUS.eq(IN_PROGRESS)));
    }

    /** The answers carry a copy of the role (for the report's one-table count): both change together. */
    public boolean saveRole(UUID id, String roleCode) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            if (t.update(RESPONSE).set(RESPONSE.ROLE_CODE, roleCode)
                    .where(RESPONSE.ID.eq(id).and(RESPONSE.STATUS.eq(IN_PROGRESS)))
                    .execute() != 1) {
                return false;
            }
            t.update(ANSWER).set(ANSWER.ROLE_CODE, roleCode).where(ANSWER.RESPONSE_ID.eq(id)).execute();
            return true;
        });
    }

    /** Inserts or replaces one answer; points and text both null record a skip. */
    public boolean saveAnswer(UUID id, int itemId, Integer points, String text) {
        return put(id, itemId, points, text, false);
    }

    /**
     * An open answer as typed so far, flagged as a draft until the participant finishes it
     * ({@link #saveAnswer} clears the flag); null text: typed, then deleted.
     */
    public boolean saveDraft(UUID id, int itemId, String text) {
        return put(id, itemId, null, text, true);
    }

    private boolean put(UUID id, int itemId, Integer points, String text, boolean draft) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            var response = t.select(RESPONSE.WAVE_ID, RESPONSE.ROLE_CODE).from(RESPONSE)
                    .where(RESPONSE.ID.eq(id).and(RESPONSE.STATUS.eq(IN_PROGRESS))).fetchOne();
            if (response == null) {
                return false;
            }
            Short p = points == null ? null : points.shortValue();
            int updated = t.update(ANSWER).set(ANSWER.POINTS, p).set(ANSWER.ANSWER_TEXT, text).set(ANSWER.DRAFT, draft)
                    .where(ANSWER.RESPONSE_ID.eq(id).and(ANSWER.ITEM_ID.eq(itemId))).execute();
            if (updated == 0) {
                t.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, id).set(ANSWER.ITEM_ID, itemId)
                        .set(ANSWER.WAVE_ID, response.value1()).set(ANSWER.ROLE_CODE, response.value2())
                        .set(ANSWER.POINTS, p).set(ANSWER.ANSWER_TEXT, text).set(ANSWER.DRAFT, draft).execute();
            }
            return true;
        });
    }

    /**
     * Date only: the time of day could tell who was at the terminal. The answers carry a copy of
     * "submitted" (for the report's one-table count, V3), set in the same transaction.
     */
    public boolean submit(UUID id, LocalDate today) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            if (t.update(RESPONSE).set(RESPONSE.STATUS, "submitted").set(RESPONSE.SUBMITTED_ON, today)
                    .where(RESPONSE.ID.eq(id).and(RESPONSE.STATUS.eq(IN_PROGRESS)))
                    .execute() != 1) {
                return false;
            }
            t.update(ANSWER).set(ANSWER.SUBMITTED, true).where(ANSWER.RESPONSE_ID.eq(id)).execute();
            return true;
        });
    }

    public boolean abandon(UUID id) {
        return dsl.update(RESPONSE).set(RESPONSE.STATUS, "abandoned")
                .where(RESPONSE.ID.eq(id).and(RESPONSE.STATUS.eq(IN_PROGRESS)))
                .execute() == 1;
    }

    /**
     * Consent taken back: the response and its answers are deleted, as if never begun (only while
     * in progress; sent twice, the second finds nothing). Its answers first, in one transaction.
     */
    public boolean withdraw(UUID id) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            if (!inProgress(t, id)) {
                return false;
            }
            t.deleteFrom(ANSWER).where(ANSWER.RESPONSE_ID.eq(id)).execute();
            return t.deleteFrom(RESPONSE).where(RESPONSE.ID.eq(id).and(RESPONSE.STATUS.eq(IN_PROGRESS))).execute() == 1;
        });
    }
}
