package org.rpgkiosk.tui;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rpgkiosk.store.Damage;
import org.rpgkiosk.store.StoredQuestionnaire;
import org.rpgkiosk.survey.SurveyEffect;

/**
 * The writes a participant's steps asked for, in the order given, until the store has committed
 * them. Normally each is written at once, before the frame that shows the next screen. While the
 * database cannot be reached (a server restarting, a full disk, a lock held past the wait) they
 * wait here, in memory, and are tried again after a bounded back-off, reconnecting first; the
 * participant carries on meanwhile. Every write is idempotent ({@code ResponseRepository}), so
 * one sent again after a connection broke mid-commit leaves the same rows as one sent once.
 */
final class PendingWrites {
    private static final Logger LOG = Logger.getLogger(PendingWrites.class.getName());
    static final long FIRST_RETRY_MILLIS = 250;
    static final long LONGEST_RETRY_MILLIS = 5_000;
    /** Past this the notice stops saying "saving" and asks for staff. */
    static final long LONG_OUTAGE_MILLIS = 60_000;
    static final String SAVING = "Saving your answers… the kiosk is waiting for its database; carry on.";

    /**
     * One write, with the wave, questionnaire version and day of the moment it was asked for: by
     * the time it is written another person may be at the kiosk, under a wave since changed, or
     * it may be the next day. {@code step}: the key or tick that asked for it.
     */
    record Pending(SurveyEffect effect, int waveId, StoredQuestionnaire questionnaire, LocalDate givenOn, long step) {}

    enum State { SAVED, WAITING, DAMAGED }

    /** Writes one; false when the store refused it as its response can no longer take answers. */
    private final Predicate<Pending> writer;
    /**
     * True once a new connection is in place, false while one is still being made (without
     * blocking for long), an exception when the attempt failed.
     */
    private final BooleanSupplier reconnect;
    private final Deque<Pending> queue = new ArrayDeque<>();
    /** Why the writes wait; null when nothing is waiting. */
    private Damage.Kind waitingFor;
    private long waitingSince;
    private long nextTry;
    private long delay;
    private boolean damaged;
    /** A response whose write the store refused, not yet told to the screen; null when none. */
    private UUID ended;

    PendingWrites(Predicate<Pending> writer, BooleanSupplier reconnect) {
        this.writer = writer;
        this.reconnect = reconnect;
    }

    void add(Pending write) {
        queue.addLast(write);
    }

    /**
     * Writes what waits, oldest first, unless a retry is not due yet ({@code now} before the
     * back-off ends). A fault that is none of {@link Damage}'s kinds is the caller's to handle:
     * the write that met it is dropped and the exception thrown.
     */
    State flush(long now) {
        return flush(now, false);
    }

    /** Tries now, back-off or not: for the moment a staff member asks the kiosk to close. */
    State flushNow(long now) {
        return flush(now, true);
    }

    private State flush(long now, boolean evenIfNotDue) {
        if (damaged) return State.DAMAGED;
        if (waitingFor != null) {
            if (now < nextTry && !evenIfNotDue) return State.WAITING;
            if (waitingFor != Damage.Kind.BUSY && !reconnected(now)) return State.WAITING;
        }
        boolean reconnectedNow = false;
        while (!queue.isEmpty()) {
            try {
                Pending write = queue.peekFirst();
                if (writer.test(write)) {
                    queue.removeFirst();
                } else {
                    refused(write);
                }
            } catch (RuntimeException e) {
                Damage.Kind kind = Damage.of(e);
                if (kind == null) {
                    LOG.log(Level.SEVERE, "could not store " + queue.removeFirst().effect().getClass().getSimpleName(), e);
                    throw e;
                }
                if (kind == Damage.Kind.DAMAGED) {
                    LOG.log(Level.SEVERE, "the database is damaged; " + queue.size() + " writes not made", e);
                    damaged = true;
                    return State.DAMAGED;
                }
                // A connection found broken at its first use (the server came back while nothing was
                // asked of it) is replaced at once: the person sees nothing of it.
                if (kind == Damage.Kind.UNREACHABLE && waitingFor == null && !reconnectedNow) {
                    reconnectedNow = true;
                    if (reconnected(now)) continue;
                    if (waitingFor == null) wait(kind, now, e);   // still connecting: "saving" until it is in
                    return State.WAITING;
                }
                wait(kind, now, e);
                return State.WAITING;
            }
        }
        if (waitingFor != null) {
            LOG.info(() -> "the writes held since " + (now - waitingSince) + " ms ago are saved");
        }
        waitingFor = null;
        delay = 0;
        return State.SAVED;
    }

    /** False while still away, or while the new connection is still being made (looked at again on the next call). */
    private boolean reconnected(long now) {
        try {
            return reconnect.getAsBoolean();
        } catch (RuntimeException e) {
            wait(Damage.Kind.UNREACHABLE, now, e);
            return false;
        }
    }

    private void wait(Damage.Kind kind, long now, RuntimeException e) {
        if (waitingFor == null) {
            waitingSince = now;
            LOG.log(Level.WARNING, "the database cannot take writes (" + kind + "); " + queue.size()
                    + " held in memory and tried again", e);
        }
        waitingFor = kind;
        delay = delay == 0 ? FIRST_RETRY_MILLIS : Math.min(LONGEST_RETRY_MILLIS, delay * 2);
        nextTry = now + delay;
    }

    /**
     * The store refused a write: its response was closed or abandoned under the screen (a wave
     * closed, a restore). Nothing more of it can be stored, so its later writes go too, and the
     * shell is told ({@link #takeEnded}) so that no screen says "saved" for them. Logged without
     * the response's id or any answer.
     */
    private void refused(Pending write) {
        UUID id = write.effect().responseId();
        int before = queue.size();
        queue.removeIf(w -> w.effect().responseId().equals(id));
        LOG.warning(() -> "a response was no longer in progress (its wave closed, or the database was restored): "
                + (before - queue.size()) + " of its writes were refused, the first a "
                + write.effect().getClass().getSimpleName());
        ended = id;
    }

    /** The response whose writes were refused since last asked, once; null when none was. */
    UUID takeEnded() {
        UUID id = ended;
        ended = null;
        return id;
    }

    /** Drops what a refused step had asked for and has not been written. */
    void discardStep(long step) {
        queue.removeIf(w -> w.step() == step);
    }

    boolean waiting() {
        return waitingFor != null;
    }

    boolean damaged() {
        return damaged;
    }

    int held() {
        return queue.size();
    }

    /** What the participant's screen says while writes wait; null when none do. */
    String notice(long now) {
        if (waitingFor == null) return null;
        if (now - waitingSince < LONG_OUTAGE_MILLIS) return SAVING;
        long answers = queue.stream().filter(w -> w.effect() instanceof SurveyEffect.SaveAnswer
                || w.effect() instanceof SurveyEffect.SaveDraft).count();
        return "This kiosk has not reached its database for over a minute" + (waitingFor == Damage.Kind.DISK_FULL
                ? " (its disk is full)" : "") + ". The answers given here (" + answers + " not yet saved) are kept on it "
                + "and saved when it is back. Please tell a member of staff, and do not switch the kiosk off.";
    }
}
