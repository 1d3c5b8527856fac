package org.rpgkiosk.store;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import static org.rpgkiosk.store.generated.Tables.AUDIT_LOG;

/**
 * Who changed what, for staff actions: questionnaire loads, waves, PINs, wrong PINs, corrections.
 * Never a participant's answers, and never a PIN.
 */
public final class AuditLog {
    private final DSLContext dsl;

    AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(String actor, String action, String detail) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.LOGGED_AT, LocalDateTime.now())
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.DETAIL, detail)
                .execute();
    }

    public int count(String action) {
        return dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action));
    }
}
