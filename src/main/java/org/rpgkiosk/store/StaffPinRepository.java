package org.rpgkiosk.store;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import static org.rpgkiosk.store.generated.Tables.STAFF_PIN;

/** The stored PIN hashes, one per staff role. */
public final class StaffPinRepository {
    private final DSLContext dsl;

    StaffPinRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void save(StaffRole role, String pinHash) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            int updated = t.update(STAFF_PIN)
                    .set(STAFF_PIN.PIN_HASH, pinHash)
                    .set(STAFF_PIN.SET_AT, LocalDateTime.now())
                    .where(STAFF_PIN.STAFF_ROLE.eq(role.code()))
                    .execute();
            if (updated == 0) {
                t.insertInto(STAFF_PIN)
                        .set(STAFF_PIN.STAFF_ROLE, role.code())
                        .set(STAFF_PIN.PIN_HASH, pinHash)
                        .set(STAFF_PIN.SET_AT, LocalDateTime.now())
                        .execute();
            }
        });
    }

    /**
     * Whether this PIN already opens the other role's entrance. The two must differ: a
     * facilitator who knows the evaluator's PIN could close waves, export and read every report.
     */
    public boolean opensTheOther(StaffRole role, String pin) {
        return hash(role.other()).map(h -> PinHasher.verify(pin, h)).orElse(false);
    }

    public Optional<String> hash(StaffRole role) {
        return dsl.select(STAFF_PIN.PIN_HASH).from(STAFF_PIN)
                .where(STAFF_PIN.STAFF_ROLE.eq(role.code()))
                .fetchOptional(STAFF_PIN.PIN_HASH);
    }
}
