package org.rpgkiosk.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which keys (job roles, groups, facilitator kinds) may be shown on their own in a release, and
 * which are pooled into {@link #OTHER}. One grouping serves every table and file of a release, so
 * no two of them can be subtracted to leave a cell under k.
 *
 * <p>The populations are the sets of people the release breaks down (a wave's released
 * responses; a register's members). A population of fewer than k people is never broken down
 * (its whole is shown as a count only), so it takes no part. In every other population:
 * <ul>
 *   <li>a key stands alone only if it holds no one or at least k people there (an empty cell
 *       names nobody);</li>
 *   <li>every other key joins {@code other}; while {@code other} then holds someone but fewer than
 *       k in some population, the smallest key still standing joins it too (smallest: its fewest
 *       people in any population where it has someone; a tie goes to the first code in
 *       alphabetical order). Otherwise {@code other} would be the whole minus the keys shown, and
 *       so recoverable by subtraction.</li>
 * </ul>
 * Each population holds at least k people, so pooling ends with every group, {@code other}
 * included, empty or at least k in every population.
 */
public final class CellGrouping {
    public static final String OTHER = "other";

    private final Set<String> standing;
    private final Set<String> merged;

    private CellGrouping(Set<String> standing, Set<String> merged) {
        this.standing = standing;
        this.merged = merged;
    }

    /** @param populations people per key in each population (a null key counts as {@code other}) */
    public static CellGrouping decide(List<Map<String, Long>> populations, int k) {
        List<Map<String, Long>> shown = populations.stream().filter(p -> total(p) >= k).toList();
        Set<String> keys = new TreeSet<>();
        shown.forEach(p -> p.forEach((key, n) -> {
            if (n > 0 && !OTHER.equals(key) && key != null) keys.add(key);
        }));
        List<String> standing = new ArrayList<>(keys.stream()
                .filter(key -> shown.stream().allMatch(p -> safe(p.getOrDefault(key, 0L), k))).toList());
        standing.sort(Comparator.comparingLong((String key) -> fewest(shown, key)).thenComparing(key -> key));
        while (!standing.isEmpty() && shown.stream().anyMatch(p -> !safe(otherSize(p, standing), k))) {
            standing.remove(0);
        }
        Set<String> merged = new TreeSet<>(keys);
        merged.removeAll(standing);
        return new CellGrouping(new TreeSet<>(standing), merged);
    }

    /**
     * A grouping for a larger k made from this one: its groups are pooled further, never split,
     * so every group it shows is one this grouping shows (or {@code other}). Deciding afresh
     * at the larger k is safe alone but need not be nested: a key pooled here could stand there,
     * and a row joined across the two releases would then sit in the intersection of two
     * {@code other}s, which can hold fewer than k.
     */
    /**
     * The grouping every output at k uses (report, research and public export): decided at the
     * research floor, and for a larger k that grouping pooled further ({@link #coarser}), so the
     * groupings of every k from the floor up are nested and any two outputs joined leave no cell
     * under the smaller k. A report under the floor (k = 3 or 4, asked for) is decided at its k.
     */
    public static CellGrouping forOutput(List<Map<String, Long>> populations, int k) {
        int floor = Threshold.of(Threshold.Use.RESEARCH, null).k();
        return k > floor ? decide(populations, floor).coarser(populations, k) : decide(populations, k);
    }

    public CellGrouping coarser(List<Map<String, Long>> populations, int k) {
        CellGrouping within = decide(populations.stream().map(this::regroup).toList(), k);
        Set<String> keys = new TreeSet<>(standing);
        keys.addAll(merged);
        Set<String> stands = new TreeSet<>(within.standing);
        Set<String> pooled = new TreeSet<>(keys);
        pooled.removeAll(stands);
        return new CellGrouping(stands, pooled);
    }

    /** Whether a count may be shown beside the others of its table: none, or at least k. */
    static boolean safe(long n, int k) {
        return n == 0 || n >= k;
    }

    private static long total(Map<String, Long> population) {
        return population.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long fewest(List<Map<String, Long>> populations, String key) {
        return populations.stream().mapToLong(p -> p.getOrDefault(key, 0L)).filter(n -> n > 0).min().orElse(0);
    }

    private static long otherSize(Map<String, Long> population, List<String> standing) {
        long n = 0;
        for (Map.Entry<String, Long> e : population.entrySet()) {
            if (e.getKey() == null || !standing.contains(e.getKey())) n += e.getValue();
        }
        return n;
    }

    /** The group a key is shown under: itself, or {@code other} (also for null and unseen keys). */
    public String groupOf(String key) {
        return key != null && standing.contains(key) ? key : OTHER;
    }

    /** The keys shown on their own, in code order. */
    public Set<String> standing() {
        return standing;
    }

    /** How many keys that had people were pooled into {@code other}: a count, never which. */
    public int mergedCount() {
        return merged.size();
    }

    /** People per group in one population, grouped by this rule. */
    public Map<String, Long> regroup(Map<String, Long> population) {
        Map<String, Long> groups = new LinkedHashMap<>();
        population.forEach((key, n) -> groups.merge(groupOf(key), n, Long::sum));
        return groups;
    }
}
