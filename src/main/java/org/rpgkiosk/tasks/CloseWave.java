package org.rpgkiosk.tasks;

import java.time.LocalDate;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.WaveRepository.Wave;

/**
 * Closing a wave: the one staff task behind `wave close` and the kiosk's "Close wave" (issue 36).
 * The kiosk collects into no wave after it; responses left part way end as abandoned, submitted
 * ones held back are released, and what the wave's participants rewrote leaves the file.
 */
public final class CloseWave {
    private CloseWave() {}

    /** @param actor who asks, for the audit log ("cli", "kiosk") */
    public static Wave run(Store store, String code, String actor, LocalDate today) {
        if (store.waves().find(code).isEmpty()) {
            throw new WaveRefused(WaveRefused.Problem.NO_SUCH_WAVE, "there is no wave '" + code + "'", code);
        }
        Wave w = store.waves().close(code, today);
        store.audit().record(actor, "wave.close", w.code());
        store.compactNow();
        return w;
    }
}
