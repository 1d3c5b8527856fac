package org.rpgkiosk.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rpgkiosk.store.ExportQueries.Attendee;

/**
 * Small cells in the attendance register. A group has 5 to 12 members and is known to its
 * members, so a member's role and part-time status could single them out under their
 * pseudonym, and with them their absences and reasons. Within each group: a role held by
 * fewer than k of the members seen in the register is merged into {@code other}, or withheld
 * as {@link SmallCells} does; then, within each group and shown role, part-time status is
 * shown only if neither the part-time nor the full-time members number 1 to k-1, else it is
 * left blank for all of them (blanking only the few would point at them just the same).
 */
public final class AttendanceCells {
    private final int k;
    private final Map<Integer, SmallCells> roles = new HashMap<>();
    private final Set<String> partTimeWithheld = new HashSet<>();

    private AttendanceCells(int k) {
        this.k = k;
    }

    public static AttendanceCells decide(Collection<Attendee> attendees, int k) {
        AttendanceCells cells = new AttendanceCells(k);
        Map<Integer, Map<String, Long>> roleCounts = new TreeMap<>();
        for (Attendee a : attendees) {
            roleCounts.computeIfAbsent(a.groupId(), g -> new TreeMap<>()).merge(a.role(), 1L, Long::sum);
        }
        roleCounts.forEach((group, counts) -> cells.roles.put(group, SmallCells.decide(counts, k)));
        Map<String, long[]> partTime = new HashMap<>();
        for (Attendee a : attendees) {
            long[] ptFt = partTime.computeIfAbsent(cell(a.groupId(), cells.role(a.groupId(), a.role())), c -> new long[2]);
            ptFt[a.partTime() ? 0 : 1]++;
        }
        partTime.forEach((cell, ptFt) -> {
            if (small(ptFt[0], k) || small(ptFt[1], k)) cells.partTimeWithheld.add(cell);
        });
        return cells;
    }

    private static boolean small(long n, int k) {
        return n > 0 && n < k;
    }

    private static String cell(int groupId, String shownRole) {
        return groupId + "\t" + shownRole;
    }

    public String role(int groupId, String role) {
        SmallCells cells = roles.get(groupId);
        return cells == null ? SmallCells.WITHHELD : cells.role(role);
    }

    /** "true", "false", or blank when withheld. */
    public String partTime(int groupId, String role, boolean partTime) {
        String shown = role(groupId, role);
        return partTimeWithheld.contains(cell(groupId, shown)) ? "" : Boolean.toString(partTime);
    }

    /** Manifest lines, one per group where anything was changed, by the group's exported name. */
    public Map<String, String> describe(Map<Integer, String> groupNames) {
        Map<String, String> lines = new TreeMap<>();
        roles.forEach((group, cells) -> {
            String roleNote = cells.describe(k);
            long blanked = partTimeWithheld.stream().filter(c -> c.startsWith(group + "\t")).count();
            String ptNote = blanked == 0 ? "" : "part-time status left blank in " + blanked + " role cell(s)";
            String note = Stream.of(roleNote, ptNote).filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
            if (!note.isEmpty()) lines.put(groupNames.getOrDefault(group, "group " + group), note);
        });
        return lines;
    }
}
