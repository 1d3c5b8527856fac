package org.rpgkiosk.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Small-cell suppression of job role, the one rule for every file and figure that leaves the
 * kiosk (the export and the report alike). A role held by fewer than k people is merged into
 * {@code other}. A role can also be given away by subtraction (the whole-sample row, or the
 * other roles' rows, minus the roles shown), so while {@code other} holds someone but fewer than
 * k, the smallest role still standing is merged into it as well; {@code other} is withheld
 * (shown blank) only when every role together is still under k.
 *
 * <p>Given several populations (the waves of a comparison), a role stands alone only if it is
 * large enough in each, so both sides of a comparison describe the same people.
 */
public final class SmallCells {
    public static final String OTHER = "other";
    public static final String WITHHELD = "";
    public static final int DEFAULT_MIN_CELL = 5;

    private final Map<String, String> shown;
    private final List<String> merged;
    private final boolean otherWithheld;

    private SmallCells(Map<String, String> shown, List<String> merged, boolean otherWithheld) {
        this.shown = shown;
        this.merged = merged;
        this.otherWithheld = otherWithheld;
    }

    /** @param counts people per role code (a role seen with no one counted may be given as 0) */
    public static SmallCells decide(Map<String, Long> counts, int k) {
        Map<String, String> groups = groupRoles(List.of(counts), k);
        Map<String, String> shown = new LinkedHashMap<>();
        List<String> merged = new ArrayList<>();
        boolean withheld = false;
        for (String role : new TreeMap<>(counts).keySet()) {
            String group = groups.getOrDefault(role, WITHHELD);
            shown.put(role, group);
            if (!role.equals(OTHER) && !group.equals(role)) merged.add(role);
            withheld |= group.equals(WITHHELD) && counts.get(role) > 0;
        }
        return new SmallCells(shown, List.copyOf(merged), withheld);
    }

    /**
     * @param peoplePerPopulation for each population (a wave), people per role code
     * @return each role code shown, mapped to the group it is shown under (itself or
     *         {@code other}); a role not in the map is withheld
     */
    public static Map<String, String> groupRoles(List<Map<String, Long>> peoplePerPopulation, int k) {
        Set<String> roles = new HashSet<>();
        peoplePerPopulation.forEach(w -> roles.addAll(w.keySet()));
        Map<String, Long> smallest = new HashMap<>();
        for (String role : roles) {
            smallest.put(role, peoplePerPopulation.stream().mapToLong(w -> w.getOrDefault(role, 0L)).min().orElse(0));
        }
        List<String> standing = new ArrayList<>(roles.stream()
                .filter(r -> !r.equals(OTHER) && smallest.get(r) >= k).toList());
        standing.sort(Comparator.comparing((String r) -> smallest.get(r)).thenComparing(r -> r));
        while (!standing.isEmpty() && tooSmall(otherSizes(peoplePerPopulation, standing), k)) {
            standing.remove(0);
        }
        Map<String, String> groups = new LinkedHashMap<>();
        boolean showOther = !tooSmall(otherSizes(peoplePerPopulation, standing), k);
        for (String role : roles.stream().sorted().toList()) {
            if (standing.contains(role)) groups.put(role, role);
            else if (showOther) groups.put(role, OTHER);
        }
        return groups;
    }

    /** The people {@code other} would hold in each population with these roles standing alone. */
    private static List<Long> otherSizes(List<Map<String, Long>> peoplePerPopulation, List<String> standing) {
        return peoplePerPopulation.stream().map(w -> w.entrySet().stream()
                .filter(e -> !standing.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum()).toList();
    }

    /** Some population has people in other, but fewer than k (an empty other is harmless). */
    private static boolean tooSmall(List<Long> otherSizes, int k) {
        return otherSizes.stream().anyMatch(size -> size > 0 && size < k);
    }

    /** The role to export for a role code; a missing (null) or uncounted role stays blank. */
    public String role(String role) {
        return role == null ? WITHHELD : shown.getOrDefault(role, WITHHELD);
    }

    /** Role codes merged into other, in code order. */
    public List<String> merged() {
        return merged;
    }

    /** Whether some people's role was withheld because even other was too small. */
    public boolean otherWithheld() {
        return otherWithheld;
    }

    /** One line for the manifest, or empty when nothing was changed. */
    public String describe(int k) {
        if (merged.isEmpty() && !otherWithheld) return "";
        StringBuilder s = new StringBuilder();
        if (!merged.isEmpty()) s.append(String.join(", ", merged)).append(" merged into other");
        if (otherWithheld) {
            if (!s.isEmpty()) s.append("; ");
            s.append("other still under ").append(k).append(", so role left blank for its people");
        }
        return s.toString();
    }
}
