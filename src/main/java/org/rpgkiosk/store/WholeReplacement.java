package org.rpgkiosk.store;

import java.io.IOException;
import java.util.function.Function;
import org.rpgkiosk.fault.IoReason;
import org.rpgkiosk.fault.UserError;

/**
 * A change of a whole embedded database that must be whole or not at all (demo-data --force,
 * issue 35: killed part way, it left 0 responses beside a new roster, and check called that
 * whole). The rows are copied into a new file beside the database (MigrationFiles' ".new",
 * which the next opening removes if it finds it), the change is made there, and the finished
 * file is renamed over the old one, atomically, as a first start's new database is. A kill
 * before the rename leaves the old database as it was; after it, the new one is complete.
 */
public final class WholeReplacement {
    private WholeReplacement() {}

    /**
     * @param change made on the new file, which holds every row of the old one when it starts
     * @return what {@code change} returned
     */
    public static <T> T run(DatabaseUrl url, Function<Store, T> change) {
        if (!url.isH2File()) throw new IllegalArgumentException("only an embedded database file is replaced whole");
        byte[] rows;
        try (Store old = Store.open(url)) {
            rows = Snapshot.write(old.dsl());
        } catch (IOException e) {
            throw new UserError("cannot read the database " + url.redacted() + ": " + IoReason.of(e) + "; nothing was changed", e);
        }
        MigrationFiles files = new MigrationFiles(url);
        DatabaseUrl fresh = DatabaseUrl.of(files.temporaryUrl(), url.user(), url.password());
        T result;
        try {
            try (MigrationFiles.Lock lock = files.lock()) {
                files.removeLeftovers();
            }
            try (Store next = Store.open(fresh)) {
                next.dsl().transaction(tx -> Snapshot.load(tx.dsl(), rows));
                result = change.apply(next);
            }
            try (MigrationFiles.Lock lock = files.lock()) {
                files.moveFreshIntoPlace();
            }
        } catch (IOException e) {
            throw new UserError("cannot replace the database " + url.redacted() + ": " + IoReason.of(e)
                    + "; it was left as it was", e);
        } finally {
            try (MigrationFiles.Lock lock = files.lock()) {
                files.removeLeftovers();   // after a failure: the half-made new file
            } catch (IOException | RuntimeException ignored) {
                // the next opening removes it
            }
        }
        return result;
    }
}
