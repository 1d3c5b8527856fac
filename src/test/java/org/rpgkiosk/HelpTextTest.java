package org.rpgkiosk;

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
        collect(new CommandLine(new Main()), all);
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
}
