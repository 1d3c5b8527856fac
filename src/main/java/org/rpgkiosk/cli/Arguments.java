package org.rpgkiosk.cli;

import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.text.TextRule;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every option and parameter given on a command line, held to {@link TextRule} before the command
 * runs: a wave's label, a group to look up, a file name the questionnaire keeps. A value with a
 * control or invisible character is refused naming the option, as any bad input is (exit 2), so
 * nothing of it is stored or echoed. The database password is left alone: never stored or shown.
 */
public final class Arguments {
    private static final String SECRET = "--db-password";

    private Arguments() {}

    /** @throws CommandLine.ExecutionException wrapping the {@link UserError}, for the usual refusal */
    public static void check(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (OptionSpec o : p.matchedOptions()) {
                if (!o.longestName().equals(SECRET)) check(p, o.longestName(), o);
            }
            for (ArgSpec a : p.matchedPositionals()) check(p, a.paramLabel(), a);
        }
    }

    private static void check(ParseResult p, String name, ArgSpec arg) {
        for (String value : arg.originalStringValues()) {
            TextRule.problem(value, "").ifPresent(problem -> {
                throw new CommandLine.ExecutionException(p.commandSpec().commandLine(), name + ": " + problem,
                        new UserError(name + ": " + problem));
            });
        }
    }
}
