package org.rpgkiosk;

import java.io.PrintWriter;
import org.rpgkiosk.cli.Interruption;
import org.rpgkiosk.cli.KioskTerminal;
import org.rpgkiosk.cli.LogFile;
import org.rpgkiosk.cli.RootCommand;

/**
 * The program's door: {@code ./run.sh ARGS} runs this. Every command, and the kiosk, is the
 * command line's ({@link RootCommand}); this only starts it, so no package leans back on the
 * one the process starts in (issue 36: a package cycle ran through here).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // A plain kiosk start (./run.sh, ./run.sh kiosk) shows its starting frame first, before
        // picocli builds its model of every command and before the log file is set up.
        KioskTerminal early = KioskTerminal.startEarly(args);
        PrintWriter err = new PrintWriter(System.err, true);   // ours; libraries' stderr goes to the log
        LogFile.keepLibrariesOffTheTerminal();
        Interruption.install(err);
        System.exit(RootCommand.run(new PrintWriter(System.out, true), err, early, args));
    }

    /** Runs one command line and returns its exit code; tests call this instead of main. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return RootCommand.run(out, err, null, args);
    }
}
