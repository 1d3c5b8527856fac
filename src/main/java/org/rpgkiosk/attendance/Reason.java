package org.rpgkiosk.attendance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why someone sent apologies or was absent. A short fixed list, because attendance was the
 * evaluation's recurring problem and its reasons are counted; "other" takes a few words.
 */
public enum Reason {
    WORKLOAD("Workload or time pressure"),
    EMOTIONAL_LOAD("Emotional load"),
    LEAVE_SICKNESS("Leave or sickness"),
    TRAINING("Training"),
    OTHER("Other (a few words)");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Reason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
