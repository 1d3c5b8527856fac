package org.rpgkiosk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.ErrorManager;
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
        Unwritten.happened = false;
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            DataDirectory.ensure(dataDir);
            Handler file = new FileHandler(dataDir.resolve(NAME).toString(), MAX_BYTES, 1, true);
            file.setFormatter(new Lines());
            file.setErrorManager(new Unwritten());
            root.addHandler(file);
            DataDirectory.ownerOnly(dataDir.resolve(NAME));   // FileHandler makes it under the umask
        } catch (IOException | RuntimeException e) {
            // No log rather than a log on the participant's screen; the command itself reports
            // an unusable data directory when it needs one.
        }
    }

    /**
     * A log that cannot be written (a full disk) is not news for the terminal: the JDK's own
     * ErrorManager prints a stack trace to stderr for each record, over the participant's screen.
     * This one only remembers that it happened; the command's own message says what failed.
     */
    static final class Unwritten extends ErrorManager {
        private static volatile boolean happened;

        @Override
        public void error(String msg, Exception ex, int code) {
            happened = true;
        }
    }

    /** Whether a log record could not be written since this program started. */
    public static boolean unwritten() {
        return Unwritten.happened;
    }

    /**
     * From here on, whatever a library prints on stderr (H2's "Log file error" and its trace, a
     * handler's failure) goes to the log, not to the terminal: on the kiosk it would paint over
     * the screen. Our own messages keep the stream they were given before this call.
     */
    public static void keepLibrariesOffTheTerminal() {
        System.setErr(new PrintStream(new StderrToLog(), true, StandardCharsets.UTF_8));
    }

    /** Lines written to stderr, logged one by one (redacted like every record). */
    private static final class StderrToLog extends OutputStream {
        private static final Logger STDERR = Logger.getLogger("stderr");
        private static final ThreadLocal<Boolean> LOGGING = ThreadLocal.withInitial(() -> false);
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                flushLine();
            } else if (line.size() < 4096) {
                line.write(b);
            }
        }

        private void flushLine() {
            String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
            line.reset();
            if (text.isEmpty() || LOGGING.get()) return;   // a failing log printing its own failure: dropped
            LOGGING.set(true);
            try {
                STDERR.warning(text);
            } finally {
                LOGGING.set(false);
            }
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
