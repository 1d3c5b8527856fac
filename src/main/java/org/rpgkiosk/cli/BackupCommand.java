package org.rpgkiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rpgkiosk.store.Backup;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.tasks.TakeBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** backup and restore, side by side because each is the other's test. */
public final class BackupCommand {
    private BackupCommand() {}

    @Command(name = "backup", header = "Seal the database's rows into a backup file.", mixinStandardHelpOptions = true,
            description = {"Write the database's rows to a file sealed with a passphrase (AES-256-GCM). The",
                    "passphrase comes from --passphrase-file, else KIOSK_BACKUP_PASSPHRASE, else it",
                    "is asked. While a kiosk runs on the embedded file, use the evaluator menu's",
                    "backup instead, or serve the file with db-server and back up through it."})
    public static final class Take implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup to write, e.g. backup-2026-11-23.kbak")
        Path out;

        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "a file whose first line is the passphrase")
        Path passphraseFile;

        @Override
        public Integer call() {
            char[] passphrase = Passphrase.read(passphraseFile, true);
            try (Store store = Commands.root(spec).openExistingStore()) {
                TakeBackup.run(store, out, passphrase, "cli");
            }
            spec.commandLine().getOut().println("Backed up to " + out.toAbsolutePath() + ".");
            return 0;
        }
    }

    @Command(name = "restore", header = "Restore a backup into an empty data directory.", mixinStandardHelpOptions = true,
            description = {"Restore a backup into an empty data directory (e.g. --data-dir data-restored).",
                    "The passphrase comes from --passphrase-file, else KIOSK_BACKUP_PASSPHRASE, else",
                    "it is asked."})
    public static final class Restore implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a file written by backup")
        Path file;

        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "a file whose first line is the passphrase")
        Path passphraseFile;

        /** What this run itself puts in a data directory before the restore: its log. */
        private static final java.util.Set<String> OWN = java.util.Set.of(LogFile.NAME, LogFile.NAME + ".lck");

        @Override
        public Integer call() throws java.io.IOException {
            RootCommand main = Commands.root(spec);
            Path dir = main.dataDir();
            boolean made = !main.dataDirExistedBefore();
            // Into a new or empty folder only: restored beside other files, a kiosk there would
            // mix this installation's backups, logs and exports with another's (issue 35).
            if (!made) {
                try (java.util.stream.Stream<Path> in = java.nio.file.Files.list(dir)) {
                    java.util.List<String> other = in.map(p -> p.getFileName().toString()).filter(n -> !OWN.contains(n))
                            .sorted().toList();
                    if (!other.isEmpty()) {
                        throw new org.rpgkiosk.fault.UserError(dir.toAbsolutePath() + " holds other files (" + String.join(", ",
                                other.subList(0, Math.min(3, other.size()))) + (other.size() > 3 ? ", ..." : "")
                                + "): restore only into a new or empty data directory (--data-dir NEW_DIR), nothing was changed");
                    }
                }
            }
            try {
                Backup.restore(file, dir, Passphrase.read(passphraseFile, false));
            } catch (RuntimeException e) {
                // A refused restore leaves no folder behind that this run made (only its log was in it).
                if (made) {
                    java.util.logging.LogManager.getLogManager().reset();
                    org.rpgkiosk.store.Partials.deleteTree(dir);
                }
                throw e;
            }
            spec.commandLine().getOut().println("Restored " + file + " into " + dir.toAbsolutePath() + ".");
            return 0;
        }
    }
}
