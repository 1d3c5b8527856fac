package org.rpgkiosk.tui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.rpgkiosk.attendance.Register;

/**
 * Registers left unsaved when a facilitator's screen timed out, kept in memory (never on screen
 * to the next passer-by) until someone with the PIN opens the same group and date again: a
 * facilitator called away mid-register should not have to mark everyone a second time.
 */
final class RegisterDrafts {
    private final Map<String, Register> drafts = new HashMap<>();

    void keep(Register register) {
        drafts.put(key(register.group().id(), register.date()), register);
    }

    /** The draft of this group and date, handed over once. */
    Optional<Register> take(int groupId, LocalDate date) {
        return Optional.ofNullable(drafts.remove(key(groupId, date)));
    }

    private static String key(int groupId, LocalDate date) {
        return groupId + "/" + date;
    }
}
