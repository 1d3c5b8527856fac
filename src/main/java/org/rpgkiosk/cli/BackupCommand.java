package org.rpgkiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rpgkiosk.Main;
import org.rpgkiosk.store.Backup;
import org.rpgkiosk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** backup and restore, side by side because each is the other's test. */
public final class BackupCommand {
    private BackupCommand() {}

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Write a consistent copy of the database to a zip file.",
                "While a kiosk runs on the embedded file, use the evaluator menu's backup instead, or serve",
                "the file with db-server and back up through it."})
    public static final class Take implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup to write, e.g. backup-2026-11-23.zip")
        Path out;

        @Override
        public Integer call() {
            try (Store store = Commands.root(spec).openStore()) {
                Backup.backup(store, out);
                store.audit().record("cli", "backup", out.getFileName().toString());
            }
            spec.commandLine().getOut().println("Backed up to " + out.toAbsolutePath() + ".");
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restore a backup into an empty data directory (e.g. --data-dir data-restored).")
    public static final class Restore implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a zip written by backup")
        Path file;

        @Override
        public Integer call() {
            Main main = Commands.root(spec);
            Backup.restore(file, main.dataDir());
            spec.commandLine().getOut().println("Restored " + file + " into " + main.dataDir().toAbsolutePath() + ".");
            return 0;
        }
    }
}
