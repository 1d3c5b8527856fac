package org.rpgkiosk.tasks;

import org.rpgkiosk.export.ExportOptions;
import org.rpgkiosk.export.ExportSummary;
import org.rpgkiosk.export.Exporter;
import org.rpgkiosk.store.Store;

/**
 * Exporting the anonymised data: the one task behind `export` and the kiosk's Export (issue 36).
 * Released, written and put in place whole or not at all ({@link Exporter}), and audited with
 * its profile, k, waves and folder: what an output was and where it went, for a later question
 * about what left the building.
 */
public final class TakeExport {
    private TakeExport() {}

    /** @param actor who asks, for the audit log ("cli", "kiosk") */
    public static ExportSummary run(Store store, ExportOptions options, String actor) {
        ExportSummary summary = Exporter.export(store, options);
        store.audit().record(actor, "export", options.profile().code() + " k=" + summary.minCellSize()
                + " waves=" + (options.waves().isEmpty() ? "all" : String.join(",", options.waves())) + " to " + summary.folder());
        return summary;
    }
}
