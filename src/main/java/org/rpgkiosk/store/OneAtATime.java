package org.rpgkiosk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jooq.SQLDialect;

/**
 * Work that must be the only such work on the database at the time: the installation row stays
 * locked on a second connection until it ends. demo-data writes in many transactions (to keep
 * H2's undo log small), so two at once on db-server interleaved and the second failed on the
 * first's rows; now the second waits for the first (up to the lock wait, then "busy", exit 2)
 * and reads what the first left.
 */
final class OneAtATime {
    private OneAtATime() {}

    static <T> T run(DatabaseUrl url, Supplier<T> work) {
        try (Connection lock = Store.connect(url)) {
            lock.setAutoCommit(false);
            try (var st = lock.createStatement()) {
                if (url.dialect() == SQLDialect.H2) st.execute("SET LOCK_TIMEOUT " + Store.LOCK_WAIT_MILLIS);
                st.executeQuery("SELECT ID FROM INSTALLATION WHERE ID = 1 FOR UPDATE").close();
            }
            try {
                return work.get();
            } finally {
                lock.rollback();
            }
        } catch (SQLException e) {
            throw Store.translate(url, e);
        }
    }
}
