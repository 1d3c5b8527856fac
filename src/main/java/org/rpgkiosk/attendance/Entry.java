package org.rpgkiosk.attendance;

import java.util.Optional;

/** One line of a register: a person and their mark, with a reason unless they were present. */
public record Entry(Person person, Mark mark, Reason reason, String note) {

    public static Entry unmarked(Person person) {
        return new Entry(person, null, null, null);
    }

    public boolean marked() {
        return mark != null;
    }

    /** What keeps this line from being saved, if anything. */
    public Optional<String> problem() {
        String name = person.name();
        if (mark == null) return Optional.of("mark " + name + ": present, apologies or absent");
        if (mark != Mark.PRESENT && reason == null) {
            return Optional.of("give a reason for " + name + " (" + mark.code() + ")");
        }
        if (reason == Reason.OTHER && note == null) {
            return Optional.of("write a few words for " + name + "'s other reason");
        }
        return Optional.empty();
    }
}
