package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's --help as a person reads it in an 80-column terminal: no line past 80 columns,
 * and nothing cut mid-word by picocli's wrapping (it once split "./run.sh" and "standard").
 */
class HelpTextTest {
    private static void collect(CommandLine c, List<CommandLine> all) {
        all.add(c);
        c.getSubcommands().values().stream().distinct().forEach(s -> collect(s, all));
    }

    @Test
    void everyHelpFitsEightyColumnsAndBreaksOnlyBetweenWords() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new org.rpgkiosk.cli.RootCommand()), all);
        List<String> problems = new ArrayList<>();
        for (CommandLine c : all) {
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String name = c.getCommandSpec().qualifiedName();
            for (String line : help.lines().toList()) {
                if (line.length() > 80) problems.add(name + ": longer than 80: " + line);
            }
            // A description element longer than the room left is wrapped by picocli wherever it must.
            for (String raw : c.getCommandSpec().usageMessage().description()) {
                String d = raw.replace("%%", "%");   // as printed
                if (d.length() > 79) problems.add(name + ": description line of " + d.length() + " characters: " + d);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Issue 32, defect 8: each command's summary in its parent's list is one whole sentence on
     * one line ("Run the participant kiosk on this terminal (the default when / no command is"
     * was cut where the first description line ended).
     */
    @Test
    void everyCommandListsAWholeOneLineSentenceAsItsSummary() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new org.rpgkiosk.cli.RootCommand()), all);
        List<String> problems = new ArrayList<>();
        for (CommandLine c : all) {
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            List<String> lines = help.lines().toList();
            int at = lines.indexOf("Commands:");
            if (at < 0) continue;
            for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("  "); i++) {
                String line = lines.get(i);
                if (line.startsWith("    ")) {
                    problems.add(c.getCommandSpec().qualifiedName() + ": a summary runs onto a second line: " + line);
                } else if (!line.strip().endsWith(".")) {
                    problems.add(c.getCommandSpec().qualifiedName() + ": not a whole sentence: " + line);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void anUnknownCommandWithHelpIsRefusedAndAMistypedOptionIsSuggested() {
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int code = Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "nosuchcommand", "--help");
        assertEquals(2, code, out.toString());
        assertTrue(err.toString().startsWith("error: Unmatched argument at index 0: 'nosuchcommand'"), err.toString());
        assertFalse(out.toString().contains("Usage:"), "no help as if it existed: " + out);
        err.getBuffer().setLength(0);
        assertEquals(2, Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "reprot", "--help"));
        assertTrue(err.toString().contains("Did you mean report"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "export", "--otu", "x"));
        assertTrue(err.toString().startsWith("error: Unknown option: '--otu'"), err.toString());
        assertTrue(err.toString().contains("Did you mean --out?"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "kiosk", "--idl-seconds", "5"));
        assertTrue(err.toString().contains("Did you mean --idle-seconds?"), "said once: " + err);
        err.getBuffer().setLength(0);
        assertEquals(0, Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "wave", "--help"), err.toString());
    }
}
