package org.rpgkiosk.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rpgkiosk.scrub.Labels;
import org.rpgkiosk.store.AttendanceRepository.GroupSummary;
import org.rpgkiosk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "group", header = "Show the reflective practice groups.", mixinStandardHelpOptions = true,
        description = "Show the reflective practice groups held.",
        subcommands = GroupCommand.ListGroups.class)
public final class GroupCommand {

    @Command(name = "list", header = "List the groups with their details.", mixinStandardHelpOptions = true,
            description = {"List the groups with their level, facilitator, length, members today and",
                    "sessions recorded. A group name or level holding a person's name is shown",
                    "scrubbed, with the group's pseudonym, as reports and exports show it (this",
                    "list is read on shared screens); --as-typed shows them as typed, for",
                    "roster list --group."})
    static final class ListGroups implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--as-typed", description = "show group names and levels as typed (they may hold staff names)")
        boolean asTyped;

        @Override
        public Integer call() {
            try (Store store = Commands.root(spec).openExistingStore()) {
                Labels labels = store.labels();
                var groups = store.attendance().summaries(LocalDate.now());
                if (groups.isEmpty()) {
                    spec.commandLine().getOut().println("No groups yet. Import a roster with:  ./run.sh roster import FILE.csv");
                    return 0;
                }
                TextTable table = new TextTable("GROUP", "LEVEL", "FACILITATOR", "MINUTES", "MEMBERS", "SESSIONS", "LAST SESSION");
                for (GroupSummary s : groups) {
                    String name = asTyped ? s.group().name() : labels.group(s.group().id(), s.group().name());
                    String level = asTyped ? s.group().level() : labels.text(s.group().level());
                    table.row(name, level, s.group().facilitatorKind().code(),
                            s.group().usualMinutes(), s.members(), s.sessions(), s.lastSession());
                }
                table.print(spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
