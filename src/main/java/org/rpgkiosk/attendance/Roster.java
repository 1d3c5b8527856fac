package org.rpgkiosk.attendance;

import java.util.List;
import java.util.Locale;

/**
 * The groups and their members as a roster file lists them. Each listed group's members are
 * exactly its list: importing makes the held memberships match it (see RosterRepository).
 */
public record Roster(List<RosterGroup> groups) {

    public static final int DEFAULT_MINUTES = 75;
    public static final int LEAD_PRACTITIONER_MINUTES = 120;

    public Roster {
        groups = List.copyOf(groups);
    }

    public record RosterGroup(String name, String level, FacilitatorKind facilitatorKind, int usualMinutes,
                              List<RosterMember> members) {
        public RosterGroup {
            members = List.copyOf(members);
        }
    }

    public record RosterMember(String name, String roleCode, boolean partTime) {}

    /** Groups meet for 75 minutes, lead practitioners' groups for two hours (as in the evaluation). */
    public static int defaultMinutes(String level) {
        return level.toLowerCase(Locale.ROOT).startsWith("lead practitioner") ? LEAD_PRACTITIONER_MINUTES : DEFAULT_MINUTES;
    }
}
