package org.rpgkiosk.tasks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.attendance.Roster;
import org.rpgkiosk.attendance.RosterParser;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.store.RosterRepository.ImportResult;
import org.rpgkiosk.store.Store;

/**
 * Importing the roster: the groups hold the members a CSV file lists, as of a day (issue 36's
 * task behind `roster import`, ready for a kiosk screen). The file is read against the loaded
 * questionnaire's job roles, refused whole with every problem ({@link RosterParser.Refused}), and
 * an import that changed anything is audited with its counts, never a name.
 */
public final class ImportRoster {
    private ImportRoster() {}

    /** No questionnaire is loaded, so there are no job roles to read the file against. */
    public static final class NoRoles extends UserError {
        NoRoles() {
            super("the roster's job roles come from the questionnaire, and none is loaded yet");
        }
    }

    /** @param actor who asks, for the audit log ("cli", "kiosk") */
    public static ImportResult run(Store store, Path file, LocalDate day, String actor) {
        Map<String, String> roles = store.roster().roles().stream()
                .collect(Collectors.toMap(Role::code, Role::label, (a, b) -> a, LinkedHashMap::new));
        if (roles.isEmpty()) throw new NoRoles();
        Roster roster = RosterParser.read(file, roles);
        ImportResult r = store.roster().importRoster(roster, day);
        if (!r.changedNothing()) {
            store.audit().record(actor, "roster.import", String.format("%d groups, %d members, %d joined, %d left",
                    r.groups(), r.members(), r.started(), r.ended()));
        }
        return r;
    }
}
