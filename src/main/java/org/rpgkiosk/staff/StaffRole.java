package org.rpgkiosk.staff;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of staff who may leave the participant screens. */
public enum StaffRole {
    /** Records attendance. */
    FACILITATOR,
    /** Opens and closes waves, reads the report, exports, and alone may close the kiosk. */
    EVALUATOR;

    /** The other role: the one whose PIN this one's must differ from. */
    public StaffRole other() {
        return this == FACILITATOR ? EVALUATOR : FACILITATOR;
    }

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<StaffRole> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
