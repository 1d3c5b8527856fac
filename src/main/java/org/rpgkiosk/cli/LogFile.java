package org.rpgkiosk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.LogRecord;
import org.rpgkiosk.scrub.LogText;
import org.rpgkiosk.store.DataDirectory;

/**
 * Sends every log record (ours, Flyway's, jOOQ's) to a file in the data directory and none to
 * the terminal, where it would tear the kiosk's screen or show on a participant's display.
 * The file holds no name, answer or open text: ours log fixed words, a library's message
 * loses what it quotes, and a fault leaves only its types and frames ({@link LogText}).
 */
public final class LogFile {
    public static final String NAME = "kiosk.log";
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private LogFile() {}

    public static void configure(Path dataDir) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            DataDirectory.ensure(dataDir);
            Handler file = new FileHandler(dataDir.resolve(NAME).toString(), MAX_BYTES, 1, true);
            file.setFormatter(new Lines());
            root.addHandler(file);
            DataDirectory.ownerOnly(dataDir.resolve(NAME));   // FileHandler makes it under the umask
        } catch (IOException | RuntimeException e) {
            // No log rather than a log on the participant's screen; the command itself reports
            // an unusable data directory when it needs one.
        }
    }

    /** "2026-12-03 07:44:28 SEVERE org.rpgkiosk.tui.KioskApp: could not store Answered", then the trace. */
    static final class Lines extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            String line = TIME.format(r.getInstant()) + " " + r.getLevel() + " " + r.getLoggerName() + ": "
                    + LogText.redact(formatMessage(r)) + System.lineSeparator();
            return r.getThrown() == null ? line : line + LogText.trace(r.getThrown());
        }
    }
}
