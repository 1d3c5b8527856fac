package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small-cell rule for breakdowns by job role: a figure about a handful of people can point
 * at one of them. A role with fewer than {@code minCell} respondents in a wave is merged into
 * {@code other}. Because the whole-sample row is shown too, a hidden {@code other} could be
 * recovered by subtraction (all minus the roles shown); so while {@code other} holds someone but
 * fewer than {@code minCell}, the smallest role still standing is merged into it as well, and
 * {@code other} is hidden only when every role together is still too small.
 *
 * <p>Given several waves (a comparison), a role stands alone only if it is large enough in each
 * of them, so both sides of a comparison describe the same group.
 */
public final class SmallCells {
    public static final String OTHER = "other";
    public static final int DEFAULT_MIN_CELL = 5;

    private SmallCells() {}

    /**
     * @param respondentsPerWave for each wave, submitted responses per role code (a response with
     *                           no role given counts under {@code other})
     * @return each role code shown, mapped to the group it is reported under (itself or
     *         {@code other}); a role not in the map is hidden
     */
    public static Map<String, String> groupRoles(List<Map<String, Long>> respondentsPerWave, int minCell) {
        Set<String> roles = new HashSet<>();
        respondentsPerWave.forEach(w -> roles.addAll(w.keySet()));
        Map<String, Long> smallestWave = new HashMap<>();
        for (String role : roles) {
            smallestWave.put(role, respondentsPerWave.stream().mapToLong(w -> w.getOrDefault(role, 0L)).min().orElse(0));
        }
        List<String> standing = new ArrayList<>(roles.stream()
                .filter(r -> !r.equals(OTHER) && smallestWave.get(r) >= minCell).toList());
        standing.sort(Comparator.comparing((String r) -> smallestWave.get(r)).thenComparing(r -> r));
        while (!standing.isEmpty() && tooSmall(otherSizes(respondentsPerWave, standing), minCell)) {
            standing.remove(0);
        }
        Map<String, String> groups = new LinkedHashMap<>();
        boolean showOther = !tooSmall(otherSizes(respondentsPerWave, standing), minCell);
        for (String role : roles.stream().sorted().toList()) {
            if (standing.contains(role)) groups.put(role, role);
            else if (showOther) groups.put(role, OTHER);
        }
        return groups;
    }

    /** The respondents {@code other} would hold in each wave with these roles standing alone. */
    private static List<Long> otherSizes(List<Map<String, Long>> respondentsPerWave, List<String> standing) {
        return respondentsPerWave.stream().map(w -> w.entrySet().stream()
                .filter(e -> !standing.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum()).toList();
    }

    /** Some wave has people in other, but fewer than minCell (an empty other is harmless). */
    private static boolean tooSmall(List<Long> otherSizes, int minCell) {
        return otherSizes.stream().anyMatch(size -> size > 0 && size < minCell);
    }
}
