package org.rpgkiosk.scrub;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a log line may hold: where and what kind of thing happened, never the data it happened
 * to. An exception's message is where data hides (a roster import's refusal quotes the line it
 * read, a database error the value it refused: "Value too long ... 'Siân ap Rhys'"), so a
 * fault is logged as its types, SQL states and stack frames only. A message from a library
 * (Flyway, jOOQ, H2) keeps its words but loses whatever it quotes or lists in brackets.
 */
public final class LogText {
    private LogText() {}

    /** Frames kept per exception: enough to find the line, not a page of framework. */
    static final int FRAMES = 30;

    /** Quoted text; an apostrophe before a letter is inside a word ('O'Neill', ‘Grace’s pilot’), not a close. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”"
            + "|(?<!\\p{L})'(?:[^']|'(?=\\p{L}))*'(?!\\p{L})|(?<!\\p{L})‘(?:[^’]|’(?=\\p{L}))*’(?!\\p{L})");
    /** "(…)" with a value list inside: "Key (name)=(Siân)", "Failing row contains (1, Siân, …)". */
    private static final Pattern LISTED = Pattern.compile("\\([^()]*[,=:][^()]*\\)|=\\([^()]*\\)");

    /** A library's message with quoted text and value lists blanked. */
    public static String redact(String message) {
        if (message == null) return "";
        String s = QUOTED.matcher(message).replaceAll(m -> m.group().charAt(0) + "…" + closing(m.group()));
        s = LISTED.matcher(s).replaceAll(m -> m.group().startsWith("=") ? "=(…)" : "(…)");
        return s;
    }

    private static String closing(String quoted) {
        return String.valueOf(quoted.charAt(quoted.length() - 1));
    }

    /** A stack trace without a single message: types, SQL states, frames, causes. */
    public static String trace(Throwable thrown) {
        StringBuilder s = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String prefix = "";
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            s.append(prefix).append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                s.append(" (SQLState ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode()).append(')');
            }
            s.append(" [message not logged]").append(System.lineSeparator());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                s.append("\tat ").append(frames[i]).append(System.lineSeparator());
            }
            if (frames.length > FRAMES) {
                s.append("\t... ").append(frames.length - FRAMES).append(" more").append(System.lineSeparator());
            }
            prefix = "Caused by: ";
        }
        return s.toString();
    }
}
