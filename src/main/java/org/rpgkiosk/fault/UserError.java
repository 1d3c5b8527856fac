package org.rpgkiosk.fault;

/**
 * A fault the person at the keyboard can act on: bad input, a missing file, a database in use.
 * The command line prints its message alone and exits 2; the kiosk shows it in a dialog.
 * Anything else that escapes is an unexpected fault (exit 1).
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
