package org.rpgkiosk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.rpgkiosk.store.DataDirectory;

/**
 * Sends every log record (ours, Flyway's, jOOQ's) to a file in the data directory and none to
 * the terminal, where it would tear the kiosk's screen or show on a participant's display.
 */
public final class LogFile {
    public static final String NAME = "kiosk.log";
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private LogFile() {}

    public static void configure(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            DataDirectory.ensure(dataDir);
            Handler file = new FileHandler(dataDir.resolve(NAME).toString(), MAX_BYTES, 1, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // No log rather than a log on the participant's screen; the command itself reports
            // an unusable data directory when it needs one.
        }
    }
}
