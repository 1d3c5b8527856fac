package org.rpgkiosk.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/** Issue 36, slice 3: setting a PIN is one task, its refusals a Problem each front end words. */
class SetPinTest {
    @TempDir Path dir;
    private static final PinHasher FAST = new PinHasher(1_000);

    @Test
    void refusedWeakDifferentOrTheOthersAndStoredOnlyAsAHashWithTheRoleAudited() {
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir.resolve("data")))) {
            assertEquals(SetPin.Problem.WEAK, assertThrows(SetPin.Refused.class,
                    () -> SetPin.run(store, StaffRole.EVALUATOR, "12", "12", FAST, "test")).problem());
            assertEquals(SetPin.Problem.DIFFER, assertThrows(SetPin.Refused.class,
                    () -> SetPin.run(store, StaffRole.EVALUATOR, "2468", "2469", FAST, "test")).problem());
            SetPin.run(store, StaffRole.EVALUATOR, "2468", "2468", FAST, "test");
            SetPin.Refused same = assertThrows(SetPin.Refused.class,
                    () -> SetPin.run(store, StaffRole.FACILITATOR, "2468", null, FAST, "test"));
            assertEquals(SetPin.Problem.SAME_AS_THE_OTHER, same.problem());
            assertEquals("the facilitator PIN must differ from the evaluator's", same.getMessage());
            assertTrue(store.pins().opensTheOther(StaffRole.FACILITATOR, "2468"), "the evaluator's is stored");
            String audit = store.dsl().fetch("SELECT action || ' ' || detail FROM audit_log").getValues(0, String.class).toString();
            assertEquals("[pin.set evaluator]", audit);
            assertFalse(store.dsl().fetch("SELECT * FROM staff_pin").toString().contains("2468"), "never the PIN itself");
        }
    }
}
