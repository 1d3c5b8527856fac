package org.rpgkiosk.attendance;

import java.util.List;
import org.rpgkiosk.UserError;

/** A roster file that cannot be imported; every problem is named as {@code file:line: what}. */
public final class RosterFileException extends UserError {
    private final List<String> problems;

    public RosterFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
