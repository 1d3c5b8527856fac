package org.rpgkiosk.cli;

import java.io.PrintWriter;
import java.util.Set;
import org.rpgkiosk.store.Partials;

/**
 * Ctrl-C (or a SIGTERM) while a command runs: one line saying so, and the partial files it was
 * writing removed (issue 35, finding 6). Before, the command went on to meet the database H2's
 * own exit hook had just closed and printed that instead ("unexpected fault: ... The database is
 * open in exclusive mode", "cannot be reached (is its server running...)"), and an export left
 * its hidden {@code .NAME.partial-PID} folder behind until the next export.
 *
 * <p>Every change a command makes is whole or not at all (one transaction, or a file moved into
 * place when complete), so what it had not finished was not saved; nothing half-made stays.
 * The kiosk and db-server have their own ways to end and are left out.
 */
public final class Interruption {
    private Interruption() {}

    private static final Set<String> OWN_ENDING = Set.of("kiosk", "db-server");

    private static volatile String running;
    private static volatile boolean finished;
    private static volatile boolean interrupted;

    /** At the process's start, once: the hook that speaks if the JVM is stopped mid-command. */
    public static void install(PrintWriter err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> onShutdown(err), "interrupted"));
    }

    /** The command now running, as the person typed it ("roster import"). */
    static void running(String command) {
        running = command.isBlank() ? "kiosk" : command;   // the plain start is the kiosk
    }

    /** The command returned: an exit from here on is no interruption. */
    static void finished() {
        finished = true;
    }

    /** Whether the process is being stopped part way: the command's own fault, if any, is not said then. */
    static boolean interrupted() {
        return interrupted;
    }

    private static void onShutdown(PrintWriter err) {
        String what = running;
        if (what == null || finished || OWN_ENDING.contains(what.split(" ")[0])) return;
        interrupted = true;
        int removed = Partials.removeUnfinished();
        err.println("interrupted: " + what + " stopped before it finished; what it had not finished was not saved"
                + (removed > 0 ? " and the files it was writing were removed" : ""));
        err.flush();
    }
}
