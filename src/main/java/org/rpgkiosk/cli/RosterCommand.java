package org.rpgkiosk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.attendance.Day;
import org.rpgkiosk.attendance.RosterParser;
import org.rpgkiosk.store.RosterRepository.ImportResult;
import org.rpgkiosk.store.RosterRepository.RosterLine;
import org.rpgkiosk.store.DataDirectory;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.tasks.ImportRoster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The roster is staff's own list of who belongs to which group: the one command that prints names. */
@Command(name = "roster", header = "Import and list the groups' members.", mixinStandardHelpOptions = true,
        description = "Import the groups' member lists from a CSV file and show them.",
        subcommands = {RosterCommand.Import.class, RosterCommand.ListRoster.class})
public final class RosterCommand {

    @Command(name = "import", header = "Make the groups hold the members a CSV file lists.", mixinStandardHelpOptions = true,
            description = {"Make the groups listed in a CSV file hold exactly the members it lists.",
                    "Header: group,name,role,part_time,level,facilitator_kind[,usual_minutes]",
                    "A member missing from a listed group leaves it today (history is kept); groups",
                    "not in the file are left as they are. A file with mistakes is refused, naming",
                    "each line. A register lists a group's members on its session's day: to record",
                    "sessions held before this import, import with --from the day the groups began."})
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--from", paramLabel = "DATE",
                description = "the day joiners join and leavers leave (default today), " + Day.FORMATS)
        String from;

        @Parameters(paramLabel = "FILE.csv", description = "the roster, saved as CSV (UTF-8)")
        Path file;

        @Override
        public Integer call() {
            LocalDate day = day(from);   // refused before anything is opened
            try (Store store = Commands.root(spec).openStore()) {
                ImportResult r;
                try {
                    r = ImportRoster.run(store, file, day, "cli");
                } catch (ImportRoster.NoRoles e) {
                    throw new UserError(e.getMessage() + ": ./run.sh questionnaire load db/questionnaires/rpg-outcomes.txt");
                } catch (RosterParser.Refused e) {
                    throw everyProblem(e);
                }
                var out = spec.commandLine().getOut();
                if (r.changedNothing()) {
                    out.printf("Unchanged: the %d groups and %d members of %s are already held.%n",
                            r.groups(), r.members(), file.getFileName());
                } else {
                    out.printf("Imported %s: %d groups (%d new, %d changed), %d members (%d new, %d changed); "
                                    + "%d joined a group, %d left one.%n", file.getFileName(), r.groups(), r.groupsAdded(),
                            r.groupsChanged(), r.members(), r.membersAdded(), r.membersChanged(), r.started(), r.ended());
                }
                if (!day.equals(LocalDate.now()) && r.started() + r.ended() + r.backdated() > 0) {
                    out.printf("Joined and left as of %s%s.%n", day, r.backdated() == 0 ? ""
                            : "; " + r.backdated() + " membership(s) held since later now begin then");
                }
                if (!r.groupsNotListed().isEmpty()) {
                    out.println("Not in this file, so left as they are: " + String.join(", ", r.groupsNotListed()) + ".");
                }
            }
            return 0;
        }

        /**
         * A refusal with more problems than a terminal shows: every one goes to a file in the data
         * directory (owner-only, as it quotes names), which the message names.
         */
        private UserError everyProblem(RosterParser.Refused e) {
            if (e.all().size() <= RosterParser.Refused.SHOWN) return e;
            Path dataDir = Commands.root(spec).dataDir();
            Path listed = dataDir.resolve("roster-problems.txt");
            try {
                DataDirectory.ensure(dataDir);
                OutputFile.write(listed, String.join(System.lineSeparator(), e.all()) + System.lineSeparator());
            } catch (RuntimeException notWritten) {
                return new UserError(e.getMessage() + System.lineSeparator() + "(The whole list could not be written to "
                        + listed + ": " + notWritten.getMessage() + ".)");
            }
            return new UserError(e.getMessage() + System.lineSeparator() + "Every problem (" + e.all().size()
                    + ") is listed in " + listed.toAbsolutePath() + ".");
        }

        /** No reflective practice group on a register began before this (issue 35: 0000-01-01 was taken). */
        static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

        /** --from as a day: not given is today; not a day, a day still to come, or before 2000, is refused. */
        static LocalDate day(String from) {
            if (from == null) return LocalDate.now();
            LocalDate day = Day.parse(from).orElseThrow(() -> new UserError("--from: " + Day.whyNot(from)));
            if (day.isAfter(LocalDate.now())) throw new UserError("--from " + day + " is still to come: give a day up to today");
            if (day.isBefore(EARLIEST)) {
                throw new UserError("--from " + day + " is before " + EARLIEST + ", long before any group met: give the day the groups began");
            }
            return day;
        }
    }

    @Command(name = "list", header = "List each group's members.", mixinStandardHelpOptions = true,
            description = {"List each group's members today (with --all, every membership ever held,",
                    "visitors too)."})
    static final class ListRoster implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--group", paramLabel = "G", description = "only this group")
        String group;

        @Option(names = "--all", description = "include leavers and visitors, with the dates of each membership")
        boolean all;

        @Override
        public Integer call() {
            try (Store store = Commands.root(spec).openExistingStore()) {
                var lines = store.roster().list(group, LocalDate.now(), all);
                if (lines.isEmpty()) {
                    spec.commandLine().getOut().println(group == null
                            ? "No members yet. Import a roster with:  ./run.sh roster import FILE.csv"
                            : "Group '" + group + "' has no members today.");
                    return 0;
                }
                TextTable table = all ? new TextTable("GROUP", "NAME", "ROLE", "PART TIME", "SINCE", "UNTIL", "AS")
                        : new TextTable("GROUP", "NAME", "ROLE", "PART TIME", "SINCE");
                for (RosterLine l : lines) {
                    if (all) {
                        table.row(l.group(), l.name(), l.roleCode(), l.partTime() ? "yes" : "no", l.since(), l.until(),
                                l.visitor() ? "visitor" : "member");
                    } else {
                        table.row(l.group(), l.name(), l.roleCode(), l.partTime() ? "yes" : "no", l.since());
                    }
                }
                table.print(spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
