package org.rpgkiosk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.scrub.Scrubber;
import static org.rpgkiosk.store.generated.Tables.QUESTIONNAIRE;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/**
 * Survey waves. At most one wave is open at a time: it is the one the kiosk collects into, so
 * a participant never has to choose and a return can never land in the wrong wave.
 */
public final class WaveRepository {
    /** The size of wave.label (db/migration/V1__schema.sql). */
    public static final int MAX_LABEL = 200;
    private final DSLContext dsl;

    WaveRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Wave(int id, String code, String label, String questionnaire, int questionnaireId, boolean open,
                       int invited, LocalDate openedOn, LocalDate closedOn,
                       int submitted, int inProgress, int abandoned) {
        /** Submitted returns over staff invited; empty when nobody was counted as invited. */
        public Optional<Double> responseRate() {
            return invited == 0 ? Optional.empty() : Optional.of((double) submitted / invited);
        }
    }

    /** Opens a new wave, or reopens a closed one of the same code. */
    public Wave open(String code, String label, int invited, int questionnaireId, LocalDate today) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            var open = t.selectFrom(WAVE).where(WAVE.IS_OPEN.isTrue()).fetchOptional();
            if (open.isPresent() && !open.get().getCode().equals(code)) {
                throw new UserError("wave '" + open.get().getCode() + "' is still open; close it first");
            }
            if (open.isPresent()) {
                throw new UserError("wave '" + code + "' is already open");
            }
            refuseNamesIn(t, code, label);
            var existing = t.selectFrom(WAVE).where(WAVE.CODE.eq(code)).fetchOptional();
            if (existing.isPresent()) {
                t.update(WAVE).set(WAVE.IS_OPEN, true).set(WAVE.CLOSED_ON, (LocalDate) null)
                        .set(WAVE.LABEL, label == null ? existing.get().getLabel() : label)
                        .set(WAVE.INVITED, invited < 0 ? existing.get().getInvited() : invited)
                        .where(WAVE.CODE.eq(code)).execute();
            } else {
                if (label == null || invited < 0) {
                    throw new UserError("a new wave needs a label and the number of staff invited");
                }
                t.insertInto(WAVE).set(WAVE.CODE, code).set(WAVE.LABEL, label)
                        .set(WAVE.QUESTIONNAIRE_ID, questionnaireId).set(WAVE.IS_OPEN, true)
                        .set(WAVE.INVITED, invited).set(WAVE.OPENED_ON, today).execute();
            }
            return find(t, code).orElseThrow();
        });
    }

    /**
     * A wave's code and label go into every export and report: one that names someone on the
     * registers (or holds a contact detail) is refused, not stored to be scrubbed on the way out,
     * where the code, a key in every file, could not be. Outputs still scrub labels stored before.
     */
    private static void refuseNamesIn(DSLContext t, String code, String label) {
        Scrubber scrubber = new Scrubber(Labelling.peopleNames(t));
        if (changes(scrubber, code) || changes(scrubber, code.replaceAll("[_.-]", " "))) {
            throw new UserError("the wave code '" + code + "' names someone on the registers or looks like a "
                    + "contact detail or a reference number; choose a code that does not (e.g. y3)");
        }
        if (changes(scrubber, label)) {
            throw new UserError("the wave label names someone on the registers or holds a contact detail; "
                    + "outputs would show it as '" + scrubber.scrub(label) + "': choose a label without it");
        }
    }

    private static boolean changes(Scrubber scrubber, String text) {
        return text != null && !scrubber.scrub(text).equals(text);
    }

    /**
     * Closing also ends responses left in progress (a kiosk switched off mid-survey) as abandoned,
     * and releases every submitted response still held back: the wave's figures are now final.
     */
    public Wave close(String code, LocalDate today) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            int updated = t.update(WAVE).set(WAVE.IS_OPEN, false).set(WAVE.CLOSED_ON, today)
                    .where(WAVE.CODE.eq(code).and(WAVE.IS_OPEN.isTrue())).execute();
            if (updated == 0) {
                throw new UserError(find(t, code).isPresent() ? "wave '" + code + "' is already closed"
                        : "there is no wave '" + code + "'");
            }
            t.update(RESPONSE).set(RESPONSE.STATUS, "abandoned")
                    .where(RESPONSE.STATUS.eq("in_progress")
                            .and(RESPONSE.WAVE_ID.eq(t.select(WAVE.ID).from(WAVE).where(WAVE.CODE.eq(code)))))
                    .execute();
            Wave closed = find(t, code).orElseThrow();
            ReleaseRepository.releaseAll(t, closed.id());
            return closed;
        });
    }

    public Wave setInvited(String code, int invited) {
        if (dsl.update(WAVE).set(WAVE.INVITED, invited).where(WAVE.CODE.eq(code)).execute() == 0) {
            throw new UserError("there is no wave '" + code + "'");
        }
        return find(dsl, code).orElseThrow();
    }

    public List<Wave> list() {
        return query(dsl, DSL.noCondition());
    }

    public Optional<Wave> find(String code) {
        return find(dsl, code);
    }

    public Optional<Wave> openWave() {
        return query(dsl, WAVE.IS_OPEN.isTrue()).stream().findFirst();
    }

    private static Optional<Wave> find(DSLContext t, String code) {
        return query(t, WAVE.CODE.eq(code)).stream().findFirst();
    }

    private static List<Wave> query(DSLContext t, org.jooq.Condition where) {
        Field<Integer> submitted = count(t, "submitted");
        Field<Integer> inProgress = count(t, "in_progress");
        Field<Integer> abandoned = count(t, "abandoned");
        return t.select(WAVE.asterisk(), QUESTIONNAIRE.NAME, submitted, inProgress, abandoned)
                .from(WAVE).join(QUESTIONNAIRE).on(QUESTIONNAIRE.ID.eq(WAVE.QUESTIONNAIRE_ID))
                .where(where).orderBy(WAVE.OPENED_ON, WAVE.ID)
                .fetch(r -> new Wave(r.get(WAVE.ID), r.get(WAVE.CODE), r.get(WAVE.LABEL), r.get(QUESTIONNAIRE.NAME),
                        r.get(WAVE.QUESTIONNAIRE_ID), r.get(WAVE.IS_OPEN), r.get(WAVE.INVITED),
                        r.get(WAVE.OPENED_ON), r.get(WAVE.CLOSED_ON),
                        r.get(submitted), r.get(inProgress), r.get(abandoned)));
    }

    private static Field<Integer> count(DSLContext t, String status) {
        return t.selectCount().from(RESPONSE)
                .where(RESPONSE.WAVE_ID.eq(WAVE.ID).and(RESPONSE.STATUS.eq(status)))
                .<Integer>asField(status);
    }
}
