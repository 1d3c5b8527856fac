package org.rpgkiosk.staff;

/**
 * Throttles guessing at the staff entrance: after three wrong PINs in a row each further try
 * must wait twice as long as the last (2 s, 4 s, 8 s ... up to 5 minutes). Pure: the caller
 * passes the time. A right PIN resets the count.
 */
public record PinGate(int failures, long lockedUntil) {
    static final int FREE_TRIES = 3;
    static final long FIRST_DELAY_MILLIS = 2_000;
    static final long MAX_DELAY_MILLIS = 300_000;

    public static PinGate open() {
        return new PinGate(0, 0);
    }

    /** Milliseconds still to wait before a PIN may be tried; 0 when it may. */
    public long waitMillis(long now) {
        return Math.max(0, lockedUntil - now);
    }

    public PinGate failed(long now) {
        int f = failures + 1;
        if (f < FREE_TRIES) return new PinGate(f, 0);
        long delay = Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << Math.min(20, f - FREE_TRIES));
        return new PinGate(f, now + delay);
    }

    public PinGate succeeded() {
        return open();
    }
}
