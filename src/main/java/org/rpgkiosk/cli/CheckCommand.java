package org.rpgkiosk.cli;

import java.util.concurrent.Callable;
import org.rpgkiosk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The kiosk's start, backup and restore read the database whole; this does it on its own. */
@Command(name = "check", header = "Read the whole database to find damage.", mixinStandardHelpOptions = true,
        description = {"Read the whole database, every row and index entry, to find damage before it",
                "spreads. Exit 0: it reads whole. Exit 2: it is damaged (restore a backup into a",
                "new data directory)."})
public final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = Commands.root(spec).openExistingForCheck()) {
            long rows = store.checkWhole();
            spec.commandLine().getOut().println("The database reads whole: " + rows + " rows, every index entry.");
        }
        return 0;
    }
}
