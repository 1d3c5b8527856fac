package org.rpgkiosk.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which groups of the register an export may show member by member, and what of each member.
 * A facilitator knows who came to their group, a manager the org chart, so:
 * <ul>
 *   <li>a group with fewer than k members on its register (any session) is left out whole; the
 *       report counts the groups left out in one pooled row only where no combination of its
 *       tables gives a few of their people, and else in no table;</li>
 *   <li>within a group, roles are pooled by {@link CellGrouping} over its members (so every role
 *       shown, {@code other} included, holds none or at least k of them);</li>
 *   <li>within a group and shown role, part-time status is pooled the same way over part time and
 *       full time; where either would be pooled it is left blank for the whole cell (blanking
 *       only the few would point at them just the same);</li>
 *   <li>the group's level and name often name its members' role ("Senior managers"), so where
 *       any role of the group was pooled neither is shown.</li>
 * </ul>
 * What it did is told as counts only ({@link #describe}), never which group or role.
 */
public final class AttendanceRule {
    /** The row of the groups too small to stand alone, where a table pools them. */
    public static final String POOLED_GROUPS = "smaller groups (pooled)";
    private final int k;
    private final Set<String> released = new HashSet<>();
    private final Map<String, Pools> roles = new HashMap<>();
    private final Map<String, Pools> partTime = new HashMap<>();
    private Pools roleTable;
    private Pools kindTable;
    private boolean poolShown;
    private int groupsLeftOut;

    private AttendanceRule(int k) {
        this.k = k;
    }

    public static AttendanceRule decide(List<RegisterMark> marks, int k) {
        AttendanceRule rule = new AttendanceRule(k);
        Map<String, Map<Integer, RegisterMark>> members = new TreeMap<>();
        marks.forEach(m -> members.computeIfAbsent(m.group(), g -> new LinkedHashMap<>()).putIfAbsent(m.member(), m));
        members.forEach((group, byMember) -> {
            if (byMember.size() >= k) rule.released.add(group);
        });
        rule.groupsLeftOut = members.size() - rule.released.size();
        // The groups left out are one pooled row of the report only where that row, and what the
        // tables by role and by facilitator kind hold beyond the groups shown (the export gives
        // those member by member), are no few people in any combination; otherwise their marks
        // are in no table at all. Pooling a group shown instead would take it from the export.
        rule.roleTable = tablePools(marks, RegisterMark::role, k);
        rule.kindTable = tablePools(marks, RegisterMark::facilitatorKind, k);
        rule.poolShown = rule.groupsLeftOut > 0 && rule.remaindersSafe(marks);
        if (!rule.poolShown) {
            List<RegisterMark> shown = marks.stream().filter(m -> rule.released.contains(m.group())).toList();
            rule.roleTable = tablePools(shown, RegisterMark::role, k);
            rule.kindTable = tablePools(shown, RegisterMark::facilitatorKind, k);
        }
        members.forEach((group, byMember) -> {
            if (!rule.released.contains(group)) return;
            Map<String, Set<Integer>> byRole = new HashMap<>();
            byMember.values().forEach(m -> byRole.computeIfAbsent(m.role(), r -> new HashSet<>()).add(m.member()));
            Pools roles = Pools.decide(List.of(byRole), k);
            rule.roles.put(group, roles);
            Map<String, Map<String, Set<Integer>>> ptByRole = new HashMap<>();
            byMember.values().forEach(m -> ptByRole.computeIfAbsent(roles.groupOf(m.role()), r -> new HashMap<>())
                    .computeIfAbsent(Boolean.toString(m.partTime()), p -> new HashSet<>()).add(m.member()));
            // Shown only where both part-timers and full-timers are there, each k or more. A cell of
            // full-timers alone once showed 0 for all, then blank for all when a part-time newcomer
            // joined: the change said what the newcomer was. Members only accumulate on the
            // registers, so a cell once shown stays shown, and one blank stays blank until both
            // sides reach k together with everyone in it.
            ptByRole.forEach((role, split) -> rule.partTime.put(cell(group, role),
                    split.size() == 2 ? Pools.decide(List.of(split), k) : null));
        });
        return rule;
    }

    private static Pools tablePools(List<RegisterMark> marks, Function<RegisterMark, String> key, int k) {
        Map<String, Set<Integer>> members = new HashMap<>();
        marks.forEach(m -> members.computeIfAbsent(key.apply(m), x -> new HashSet<>()).add(m.member()));
        return Pools.decide(List.of(members), k);
    }

    /**
     * Whether the marks of the groups left out, as the tables cut them, hold none or k+ people in
     * every set a reader can work out (issue 33, finding 4): all of them (the pooled row), and any
     * combination of the role rows and facilitator kind rows less the groups shown ({@link CrossTables}).
     */
    private boolean remaindersSafe(List<RegisterMark> marks) {
        List<RegisterMark> left = marks.stream().filter(m -> !released.contains(m.group())).toList();
        if (!safe(left)) return false;
        Map<String, Map<String, Set<Integer>>> cells = new HashMap<>();
        for (RegisterMark m : left) {
            cells.computeIfAbsent(roleTable.groupOf(m.role()), r -> new HashMap<>())
                    .computeIfAbsent(kindTable.groupOf(m.facilitatorKind()), q -> new HashSet<>()).add(m.member());
        }
        return CrossTables.safe(cells, k);
    }

    private boolean safe(java.util.Collection<RegisterMark> marks) {
        return CellGrouping.safe(marks.stream().map(RegisterMark::member).distinct().count(), k);
    }

    /** How many groups are left out (fewer than k members): a count, never which. */
    public int groupsLeftOut() {
        return groupsLeftOut;
    }

    /** Whether a mark of this group counts in the report's tables: its group is shown, or pooled safely. */
    public boolean counted(String group) {
        return released.contains(group) || poolShown;
    }

    /** Whether the groups left out are counted together in one pooled row (else in no table). */
    public boolean poolShown() {
        return poolShown;
    }

    /** How many roles the table by role pools into other, and kinds the table by kind. */
    public int tableRolesPooled() {
        return roleTable.mergedCount();
    }

    public int tableKindsPooled() {
        return kindTable.mergedCount();
    }

    /** The role row a member is counted under in a table by role over the whole register. */
    public String tableRole(String role) {
        return roleTable.groupOf(role);
    }

    /** The facilitator kind row a session is counted under in a table by kind. */
    public String tableKind(String kind) {
        return kindTable.groupOf(kind);
    }

    private static String cell(String group, String shownRole) {
        return group + "\t" + shownRole;
    }

    /** Whether the group's members are shown at all (at least k on its register). */
    public boolean released(String group) {
        return released.contains(group);
    }

    /** The role shown for a member of a released group: the code, or {@code other}. */
    public String role(String group, String role) {
        return roles.get(group).groupOf(role);
    }

    /**
     * 1 (part time), 0 (full time), or blank where the role cell's part-time split was pooled:
     * numbers, so every analysis tool reads the same codes with the codebook's labels.
     */
    public String partTime(String group, String role, boolean partTime) {
        Pools split = this.partTime.get(cell(group, role(group, role)));
        return split != null && split.stands("true") && split.stands("false") ? (partTime ? "1" : "0") : "";
    }

    /**
     * Whether a group may be named by its name (its level shown): a group shown member by member
     * with no role of it pooled. One left out (under k members) is not named either.
     */
    public boolean named(String group) {
        return roles.containsKey(group) && levelShown(group);
    }

    public boolean levelShown(String group) {
        return roles.get(group).mergedCount() == 0;
    }

    /** Manifest lines: what ran and how often, in counts only. */
    public List<String> describe() {
        int rolesPooled = roles.values().stream().mapToInt(Pools::mergedCount).sum();
        long levels = released.stream().filter(g -> !levelShown(g)).count();
        long partTimeBlanked = partTime.values().stream().filter(p -> p == null || p.mergedCount() > 0).count();
        List<String> lines = new ArrayList<>();
        lines.add("groups left out (fewer than " + k + " members on the register): " + groupsLeftOut);
        lines.add("groups shown member by member: " + released.size());
        lines.add("role cells pooled into other, over all groups: " + rolesPooled);
        lines.add("groups whose level was left blank and name replaced by its pseudonym (a role pooled): " + levels);
        lines.add("role cells whose part-time status was left blank: " + partTimeBlanked);
        return lines;
    }
}
