package org.rpgkiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rpgkiosk.store.Damage;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.fault.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line. With no command it runs the kiosk. Exit codes: 0 done, 2 bad input or usage
 * (one line on stderr saying what to fix), 1 an unexpected fault (stack trace only with --debug;
 * always in the log file).
 */
@Command(name = "run.sh",
        mixinStandardHelpOptions = true,
        version = "rpg-kiosk 0.1",
        sortOptions = false,
        description = {
            "Survey and session-logging kiosk for reflective practice groups.",
            "With no command, runs the kiosk on this terminal."},
        subcommands = {
            KioskCommand.class,
            QuestionnaireCommand.class,
            WaveCommand.class,
            PinCommand.class,
            ExportCommand.class,
            ReleaseCommand.class,
            ReportCommand.class,
            RosterCommand.class,
            GroupCommand.class,
            DemoDataCommand.class,
            DbServerCommand.class,
            BenchCommand.class,
            BackupCommand.Take.class,
            BackupCommand.Restore.class,
            CheckCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Environment: KIOSK_DB_URL, KIOSK_DB_USER, KIOSK_DB_PASSWORD, KIOSK_DATA_DIR.",
            "Run './run.sh COMMAND --help' for the options of a command."})
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "JDBC URL of the database (default: an H2 file in the data directory; env KIOSK_DB_URL)")
    String dbUrl = System.getenv("KIOSK_DB_URL");

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "database user (env KIOSK_DB_USER)")
    String dbUser = System.getenv("KIOSK_DB_USER");

    @Option(names = "--db-password", scope = ScopeType.INHERIT, paramLabel = "TEXT",
            description = "database password (env KIOSK_DB_PASSWORD, which keeps it out of the process list)")
    String dbPassword = System.getenv("KIOSK_DB_PASSWORD");

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "where the embedded database and the log live (default: data/ beside run.sh; env KIOSK_DATA_DIR)")
    Path dataDir = Path.of(envOr("KIOSK_DATA_DIR", "data"));

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "print the stack trace of an unexpected fault")
    boolean debug;

    /** A plain kiosk start's terminal, starting frame drawn, until the kiosk command takes it. */
    private KioskTerminal earlyTerminal;

    /**
     * Runs one command line and returns its exit code ({@link org.rpgkiosk.Main} is the process's
     * door; tests call {@code Main.run}).
     *
     * @param early a plain kiosk start's terminal with its starting frame drawn, or null
     */
    public static int run(PrintWriter out, PrintWriter err, KioskTerminal early, String... args) {
        int code = runOnce(out, err, early, args);
        Interruption.finished();
        return code;
    }

    private static int runOnce(PrintWriter out, PrintWriter err, KioskTerminal early, String... args) {
        RootCommand main = new RootCommand();
        main.earlyTerminal = early;
        try {
            return run(main, out, err, args);
        } finally {
            main.closeEarlyTerminal();
        }
    }

    private static int run(RootCommand main, PrintWriter terminalOut, PrintWriter terminalErr, String... args) {
        PrintWriter out = TerminalOutput.of(terminalOut);
        PrintWriter err = TerminalOutput.of(terminalErr);
        try {
            return run(main, new CommandLine(main).setOut(out).setErr(err)
                    // "--db-user kiosk wave list": the user's name, not the kiosk command.
                    .setAllowSubcommandsAsOptionParameters(true), args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int run(RootCommand main, CommandLine cli, String... args) {
        cli.setExecutionStrategy(parsed -> {
            // "nosuchcommand --help": picocli skips its check of unmatched words when help is
            // asked for, and printed the top-level help with exit 0, as if the command existed.
            CommandLine.ParseResult last = parsed;
            while (last.hasSubcommand()) last = last.subcommand();
            if (!last.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(last.commandSpec().commandLine(), last.unmatched());
            }
            try {
                main.dataDirExisted = java.nio.file.Files.exists(main.dataDir);   // before the log makes it
                LogFile.configure(main.dataDir);
                if ((main.dbUrl == null || main.dbUrl.isBlank()) && (main.dbUser != null || main.dbPassword != null)) {
                    // Accepted as ever (issue 14's README line), but no longer silently (issue 35).
                    cli.getErr().println("note: a database user or password (--db-user, --db-password or KIOSK_DB_USER, "
                            + "KIOSK_DB_PASSWORD) is for a database server (--db); the embedded file in "
                            + main.dataDir + " has none, so it is not used");
                }
                Arguments.check(parsed);
                Interruption.running(last.commandSpec().qualifiedName().replaceFirst("^\\S+ ?", ""));
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                main.closeEarlyTerminal();   // not taken by the kiosk: off the screen before a fault is printed
            }
        });
        cli.setParameterExceptionHandler((e, argv) -> {
            CommandLine.UnmatchedArgumentException u = e instanceof CommandLine.UnmatchedArgumentException x ? x
                    : unknownOptions(e.getCommandLine(), argv);
            // "export --otu x": the word nobody knows is the mistake, not the --out it left missing.
            String message = (u != null ? u.getMessage() : e.getMessage()).strip().replaceAll("\\s*\n\\s*", " ");
            // "reprot", "wave opne", "--otu": the commands or options it is close to, as picocli finds them.
            List<String> close = u == null ? List.of() : Suggestions.of(u);
            // One line, as every refusal: what was wrong, what it is close to, where the options are.
            e.getCommandLine().getErr().println("error: " + message + (message.endsWith(".") ? "" : ".")
                    + (close.isEmpty() ? "" : " Did you mean " + String.join(" or ", close) + "?")
                    + " Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            // Stopped by Ctrl-C: what failed after is the stop's doing (H2 closes its files on the
            // way out), and the stop has said so (Interruption).
            if (Interruption.interrupted()) return 130;
            // A refusal that already names a full disk (an output's: "cannot write /media/x/r.txt:
            // the disk is full") keeps its words, not the database's folder its cause points at.
            Damage.Kind storage = e instanceof UserError && e.getMessage().contains("the disk is full") ? null : Damage.of(e);
            if (storage != null) {
                // Named the same way by every command, whichever query met it first.
                commandLine.getErr().println("error: " + Damage.message(storage, main.storageName(storage)));
                log().log(Level.WARNING, "refused: " + commandLine.getCommandSpec().qualifiedName() + " (" + storage + ", exit 2)", e);
                return 2;
            }
            if (e instanceof UserError) {
                commandLine.getErr().println("error: " + e.getMessage());
                // The message goes to the person at the terminal, not to the log: it may quote a
                // roster line or a questionnaire's text.
                log().info("refused: " + commandLine.getCommandSpec().qualifiedName() + " (exit 2)");
                return 2;
            }
            log().log(Level.SEVERE, "unexpected fault", e);
            commandLine.getErr().println("unexpected fault: " + e + (main.debug ? ""
                    : " (run again with --debug for details; the log is in " + main.dataDir.resolve(LogFile.NAME) + ")"));
            if (main.debug) e.printStackTrace(commandLine.getErr());
            return 1;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (AssertionError | InternalError e) {
            // H2's own consistency checks on a damaged file (with assertions on, as under test, or
            // its internal errors) surface as Errors, past picocli's handler: damage, said as such.
            if (java.util.Arrays.stream(e.getStackTrace()).noneMatch(f -> f.getClassName().startsWith("org.h2."))) throw e;
            log().log(Level.SEVERE, "the database engine failed a check of its own", e);
            cli.getErr().println("error: " + Damage.message(Damage.Kind.DAMAGED, main.storageName(Damage.Kind.DAMAGED)));
            code = 2;
        } catch (OutOfMemoryError e) {
            // An Error passes picocli's handler; uncaught, it went to stderr, which is the log
            // file by then, and the person saw nothing at all.
            log().log(Level.SEVERE, "out of memory", e);
            cli.getErr().println("error: out of memory (max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB); give Java more with KIOSK_JAVA_OPTS=-Xmx512m. The command stopped, and no file it was"
                    + " writing was put in place");
            code = 1;
        }
        if (LogFile.unwritten() && code != 2) {
            cli.getErr().println("warning: the log " + main.dataDir.resolve(LogFile.NAME) + " could not be written; is the disk full?");
        }
        return code;
    }

    /** The words of the command line that look like options the command does not have; null when none do. */
    private static CommandLine.UnmatchedArgumentException unknownOptions(CommandLine command, String[] argv) {
        var spec = command.getCommandSpec();
        java.util.List<String> unknown = java.util.Arrays.stream(argv).filter(a -> a.startsWith("-") && a.length() > 1 && !a.matches("-[0-9].*"))
                .filter(a -> spec.findOption(a.split("=", 2)[0]) == null && spec.root().findOption(a.split("=", 2)[0]) == null)
                .toList();
        return unknown.isEmpty() ? null : new CommandLine.UnmatchedArgumentException(command, unknown);
    }

    private static Logger log() {
        return Logger.getLogger(RootCommand.class.getName());   // not at class loading: after the early frame
    }

    /** The terminal a plain kiosk start drew its starting frame on (the caller closes it), or null. */
    public KioskTerminal takeEarlyTerminal() {
        KioskTerminal taken = earlyTerminal;
        earlyTerminal = null;
        return taken;
    }

    private void closeEarlyTerminal() {
        KioskTerminal left = takeEarlyTerminal();
        if (left != null) left.closeQuietly();
    }

    @Override
    public Integer call() {
        return new KioskCommand().runKiosk(this);
    }

    public DatabaseUrl databaseUrl() {
        if (dbUrl == null || dbUrl.isBlank()) return DatabaseUrl.defaultFor(dataDir);
        return DatabaseUrl.of(dbUrl, dbUser, dbPassword);
    }

    private boolean dataDirExisted = true;

    /** Whether the data directory was there before this run made it for its log. */
    public boolean dataDirExistedBefore() {
        return dataDirExisted;
    }

    public Store openStore() {
        return Store.open(databaseUrl());
    }

    /** For the kiosk: the database read whole before anything is written ({@link Store#openReadWhole}). */
    public Store openStoreReadWhole() {
        return Store.openReadWhole(databaseUrl());
    }

    /**
     * For a command that reads what must already be there (lists, report, export, check, backup,
     * closing a wave): an embedded database file that does not exist is a mistyped place, not a
     * new installation, so it is refused naming where it looked instead of made empty.
     */
    public Store openExistingStore() {
        requireExisting();
        return Store.open(databaseUrl());
    }

    /** The same, opened to be read only ({@link Store#openForCheck}). */
    public Store openExistingForCheck() {
        requireExisting();
        return Store.openForCheck(databaseUrl());
    }

    private void requireExisting() {
        DatabaseUrl url = databaseUrl();
        if (url.isH2File()) {
            Path file = Path.of(url.h2Path() + ".mv.db").toAbsolutePath();
            if (!java.nio.file.Files.exists(file)) {
                boolean given = dbUrl != null && !dbUrl.isBlank();
                throw new UserError("no database at " + file + ": check " + (given ? "--db (or KIOSK_DB_URL)"
                        : "--data-dir (or KIOSK_DATA_DIR)") + "; a new one is made by ./run.sh or ./run.sh questionnaire load FILE");
            }
        }
    }

    /** What a storage fault names: the database, or for a full disk the folder an H2 file is in. */
    private String storageName(Damage.Kind kind) {
        DatabaseUrl url;
        try {
            url = databaseUrl();
        } catch (RuntimeException e) {
            return String.valueOf(dataDir);
        }
        if (kind == Damage.Kind.DISK_FULL && url.isH2File()) return url.h2Path().toAbsolutePath().getParent().toString();
        return url.redacted();
    }

    public Path dataDir() {
        return dataDir;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
