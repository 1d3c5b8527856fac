package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rpgkiosk.staff.PinGate;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import org.rpgkiosk.store.Store;

/**
 * The staff entrance's PIN prompt: a PIN decides facilitator or evaluator; wrong ones are
 * audited and, after a few in a row, slowed ({@link PinGate}). The gate outlives each visit, so
 * leaving and coming back does not reset the count.
 */
final class PinEntrance {
    enum Result { TYPING, CANCELLED, ADMITTED }

    private final Store store;
    private PinGate gate = PinGate.open();
    private Form form;
    private StaffRole admitted;
    private boolean shared;
    /** The PIN submitted, until it is checked. */
    private String pending;
    static final String CHECKING = "Checking the PIN...";

    PinEntrance(Store store) {
        this.store = store;
    }

    void reset() {
        admitted = null;
        pending = null;
        form = new Form("Staff entrance", Form.Field.digits("PIN", true, 12));
    }

    StaffRole admitted() {
        return admitted;
    }

    /** The evaluator's PIN opens the facilitator's entrance too (set so before the two had to differ). */
    boolean sharedPin() {
        return shared;
    }

    /**
     * A submitted PIN is not checked here: hashing it takes about a second, so the kiosk first
     * draws "Checking the PIN..." ({@link #checking}), then calls {@link #check}. Keys in between
     * type nothing.
     */
    Result key(KeyStroke k, long now) {
        if (pending != null) return Result.TYPING;
        Form.Result r = form.key(k);
        if (r == Form.Result.CANCELLED) return Result.CANCELLED;
        if (r != Form.Result.SUBMITTED) return Result.TYPING;
        long wait = gate.waitMillis(now);
        if (wait > 0) {
            form.retry("Too many wrong PINs: wait " + Painter.seconds((wait + 999) / 1000) + ", then try again.");
            return Result.TYPING;
        }
        pending = form.value(0);
        form.error = CHECKING;
        return Result.TYPING;
    }

    /** A PIN is waiting to be checked: the frame that says so is drawn first. */
    boolean checking() {
        return pending != null;
    }

    Result check(long now) {
        String pin = pending;
        pending = null;
        form.retry(null);   // emptied before the store is asked: if it cannot answer, the PIN is typed afresh
        Map<StaffRole, String> hashes = new EnumMap<>(StaffRole.class);
        for (StaffRole r2 : List.of(StaffRole.EVALUATOR, StaffRole.FACILITATOR)) store.pins().hash(r2).ifPresent(h -> hashes.put(r2, h));
        Map<StaffRole, Boolean> opens = PinHasher.opens(pin, hashes);   // both at once: one derivation's time
        Optional<StaffRole> who = List.of(StaffRole.EVALUATOR, StaffRole.FACILITATOR).stream()
                .filter(r2 -> opens.getOrDefault(r2, false)).findFirst();
        if (who.isEmpty()) {
            gate = gate.failed(now);
            store.audit().record("kiosk", "pin.wrong", "failure " + gate.failures() + " in a row");
            long delay = gate.waitMillis(now);
            form.retry("That PIN is not right." + (delay > 0 ? " Wait " + Painter.seconds((delay + 999) / 1000) + " before the next try." : ""));
            return Result.TYPING;
        }
        gate = gate.succeeded();
        admitted = who.get();
        shared = admitted == StaffRole.EVALUATOR && opens.getOrDefault(StaffRole.FACILITATOR, false);
        store.audit().record("kiosk", "staff.enter", admitted.code());
        return Result.ADMITTED;
    }

    void render(Painter p) {
        form.render(p, 3, "Enter a facilitator or evaluator PIN and press Enter. Esc returns to the survey.");
    }
}
