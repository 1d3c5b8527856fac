package org.rpgkiosk.attendance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** External facilitators are therapeutic practitioners; internal ones are trained lead practitioners. */
public enum FacilitatorKind {
    EXTERNAL, INTERNAL;

    /** The word held in the database and written in roster files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FacilitatorKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
