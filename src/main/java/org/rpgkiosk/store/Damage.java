package org.rpgkiosk.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.mvstore.MVStoreException;

/**
 * What kind of storage fault an exception is, whichever command or screen met it: a damaged
 * database file, a full disk, a database kept busy past the lock wait by another writer, or a
 * connection lost (a server stopped or restarted). H2 reports damage as a "General error" wrapping its storage
 * layer's exception (error 50000), sometimes as 90030; over db-server's TCP only the message
 * crosses, so the storage layer's code is read from the text as well. Every door names the
 * same fault in the same words ({@link #message}), instead of a raw SQL error and exit 1.
 */
public final class Damage {
    private static final int H2_FILE_CORRUPTED = 90030;
    /** MVStore's codes (org.h2.mvstore.DataUtils.ERROR_*): reading failed, unsupported format,
     *  file corrupt, chunk not found, block not found, transaction corrupt, unknown data type. */
    private static final java.util.Set<Integer> DAMAGED = java.util.Set.of(1, 5, 6, 9, 50, 100, 106);
    private static final int WRITING_FAILED = 2;
    /** "... MVStoreException: Unable to read the page ... [2.4.240/6]": the code after the version. */
    private static final Pattern STORE_CODE = Pattern.compile("MVStoreException: .*\\[\\d+\\.\\d+\\.\\d+/(\\d+)]", Pattern.DOTALL);
    /** PostgreSQL's SQLSTATEs: disk_full, and data_corrupted / index_corrupted. */
    private static final String PG_DISK_FULL = "53100";
    /** H2's lock timeout and deadlock; PostgreSQL's lock_not_available and deadlock_detected. */
    private static final java.util.Set<Integer> H2_BUSY = java.util.Set.of(50200, 40001);
    private static final java.util.Set<String> PG_BUSY = java.util.Set.of("55P03", "40P01");
    /**
     * H2's connection broken, database closed, closed at shutdown, object closed; PostgreSQL's
     * admin_shutdown, crash_shutdown, cannot_connect_now (besides SQLSTATE class 08, both).
     */
    private static final java.util.Set<Integer> H2_UNREACHABLE = java.util.Set.of(90067, 90098, 90121, 90007);
    private static final java.util.Set<String> PG_UNREACHABLE = java.util.Set.of("57P01", "57P02", "57P03");

    public enum Kind { DAMAGED, DISK_FULL, BUSY, UNREACHABLE }

    private Damage() {}

    /** The storage fault somewhere in {@code e}'s causes, or null when it is none of these. */
    public static Kind of(Throwable e) {
        // A full disk closes an H2 file: every later query says "The database has been closed"
        // with the full disk at the bottom of its causes. The disk is what a person can mend.
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isDiskFull(t)) return Kind.DISK_FULL;
        }
        boolean writeFailed = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int code = storeCode(t);
            if (code == WRITING_FAILED) writeFailed = true;
            if (DAMAGED.contains(code)) return Kind.DAMAGED;
            if (t instanceof SQLException s) {
                if (s.getErrorCode() == H2_FILE_CORRUPTED) return Kind.DAMAGED;
                if (PG_DISK_FULL.equals(s.getSQLState())) return Kind.DISK_FULL;
                if (H2_BUSY.contains(s.getErrorCode()) || PG_BUSY.contains(s.getSQLState())) return Kind.BUSY;
                if (unreachable(s)) return Kind.UNREACHABLE;
                if ("XX001".equals(s.getSQLState()) || "XX002".equals(s.getSQLState())) return Kind.DAMAGED;
            }
        }
        // H2 names a failed write without its cause over TCP; on this machine's own disk it is
        // nearly always space (a read-only disk fails at open, before any write).
        return writeFailed ? Kind.DISK_FULL : null;
    }

    /** One line for the person at the terminal, naming the database and what to do. */
    public static String message(Kind kind, String where) {
        return switch (kind) {
            case DAMAGED -> "the database file of " + where + " is damaged (or not a kiosk database) and was left as it "
                    + "is: stop the kiosks on it and restore a backup into a new data directory "
                    + "(./run.sh restore FILE --data-dir NEW_DIR; see the README)";
            case DISK_FULL -> "the disk holding " + where + " is full: free some space, then run this again "
                    + "(what had not finished was not saved)";
            case BUSY -> "the database " + where + " is busy with another command's changes: try again when it has "
                    + "finished (what this one had not finished was not saved)";
            case UNREACHABLE -> "the database " + where + " cannot be reached (is its server running, or was it "
                    + "stopped or restarted?): run this again when it is back (what had not finished was not saved)";
        };
    }

    private static boolean unreachable(SQLException s) {
        String state = s.getSQLState();
        return H2_UNREACHABLE.contains(s.getErrorCode()) || PG_UNREACHABLE.contains(state)
                || state != null && state.startsWith("08");
    }

    private static boolean isDiskFull(Throwable t) {
        String m = t.getMessage();
        return t instanceof IOException && m != null
                && (m.contains("No space left on device") || m.contains("Disk quota exceeded"));
    }

    private static int storeCode(Throwable t) {
        if (t instanceof MVStoreException mv) return mv.getErrorCode();
        String m = t.getMessage();
        if (m == null || !m.contains("MVStoreException")) return -1;
        Matcher code = STORE_CODE.matcher(m);
        return code.find() ? Integer.parseInt(code.group(1)) : -1;
    }
}
