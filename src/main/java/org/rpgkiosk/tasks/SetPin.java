package org.rpgkiosk.tasks;

import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import org.rpgkiosk.store.Store;

/**
 * Setting a staff PIN: the one task behind `pin set` and the kiosk's set-up and "Set the
 * facilitator PIN" forms (issue 36). A PIN is 4 to 12 digits and not an easy one, typed the same
 * twice, and never the other role's (one PIN would then open both menus); stored only as a salted
 * hash, and the audit log says which role's was set, never the PIN.
 */
public final class SetPin {
    private SetPin() {}

    /** What was wrong, for each front end to word. */
    public enum Problem {
        /** Too short, too long, not digits, or easy to guess: {@link Refused#getMessage()} says which. */
        WEAK,
        /** The two typed differ. */
        DIFFER,
        /** It is the other role's PIN. */
        SAME_AS_THE_OTHER
    }

    public static final class Refused extends UserError {
        private final Problem problem;

        Refused(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * What was typed, checked without the store (a front end calls it first, so a refusal opens
     * nothing).
     *
     * @param again the PIN typed a second time, or null where it was given once
     */
    public static void check(String pin, String again) {
        PinHasher.weakness(pin).ifPresent(why -> {
            throw new Refused(Problem.WEAK, why);
        });
        if (again != null && !again.equals(pin)) throw new Refused(Problem.DIFFER, "the two PINs differ");
    }

    /** Checks, stores the hash, and audits with {@code actor} ("cli", "kiosk"). */
    public static void run(Store store, StaffRole role, String pin, String again, PinHasher hasher, String actor) {
        check(pin, again);
        if (store.pins().opensTheOther(role, pin)) {
            throw new Refused(Problem.SAME_AS_THE_OTHER, "the " + role.code() + " PIN must differ from the "
                    + role.other().code() + "'s");
        }
        store.pins().save(role, hasher.hash(pin));
        store.audit().record(actor, "pin.set", role.code());
    }
}
