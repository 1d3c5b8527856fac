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
                Backup.backup(store, out, passphrase);
                store.audit().record("cli", "backup", out.getFileName().toString());
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

        @Override
        public Integer call() {
            Main main = Commands.root(spec);
            Backup.restore(file, main.dataDir(), Passphrase.read(passphraseFile, false));
            spec.commandLine().getOut().println("Restored " + file + " into " + main.dataDir().toAbsolutePath() + ".");
            return 0;
        }
    }
}
