package org.rpgkiosk.attendance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the facilitator records for one person at one session. */
public enum Mark {
    PRESENT, APOLOGIES, ABSENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mark> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
