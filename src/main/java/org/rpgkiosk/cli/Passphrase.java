package org.rpgkiosk.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.rpgkiosk.fault.IoReason;
import org.rpgkiosk.fault.UserError;

/**
 * Where a backup's passphrase comes from: a file's first line, else KIOSK_BACKUP_PASSPHRASE,
 * else the console, asked without echo. Never a command-line value: that shows in the process
 * list and the shell's history.
 */
final class Passphrase {
    static final String ENV = "KIOSK_BACKUP_PASSPHRASE";

    private Passphrase() {}

    /** twice: ask again to confirm at the console (a backup's passphrase mistyped is a backup lost). */
    static char[] read(Path file, boolean twice) {
        if (file != null) {
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                return lines.findFirst().orElse("").toCharArray();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new UserError("cannot read the passphrase file " + file + ": " + IoReason.of(e), e);
            }
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) return env.toCharArray();
        Console console = System.console();
        if (console == null) {
            throw new UserError("no passphrase given: use --passphrase-file FILE (its first line) or set " + ENV
                    + ", or run this at a terminal to be asked");
        }
        char[] first = console.readPassword("Backup passphrase (10 or more characters): ");
        if (first == null) throw new UserError("no passphrase given");
        if (twice) {
            char[] again = console.readPassword("The same again: ");
            boolean same = Arrays.equals(first, again);
            if (again != null) Arrays.fill(again, ' ');
            if (!same) throw new UserError("the two passphrases differ; nothing was written");
        }
        return first;
    }
}
