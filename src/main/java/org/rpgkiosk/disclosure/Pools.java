package org.rpgkiosk.disclosure;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link CellGrouping} counted in distinct people. CellGrouping adds up a count per key; where
 * one person can sit under two keys (a visitor in two groups, a member giving two reasons, a
 * group whose sessions had both kinds of facilitator) the pooled cell may hold fewer people than
 * its counts add up to. So the pooled cell is counted again in distinct people, and where it is
 * then someone but fewer than k in some population, every key is pooled: the population's whole,
 * which is at least k. As in CellGrouping, a population of fewer than k people takes no part:
 * the caller shows none of it broken down.
 */
public final class Pools {
    private final Set<String> standing;
    private final int merged;

    private Pools(Set<String> standing, int merged) {
        this.standing = standing;
        this.merged = merged;
    }

    /** @param populations the people (any identity: member ids) under each key, per population */
    public static <P> Pools decide(List<Map<String, Set<P>>> populations, int k) {
        List<Map<String, Set<P>>> shown = populations.stream().filter(p -> distinct(p.values()) >= k).toList();
        CellGrouping grouping = CellGrouping.decide(shown.stream().map(Pools::counts).toList(), k);
        Set<String> keys = new TreeSet<>();
        shown.forEach(p -> p.forEach((key, people) -> {
            if (!people.isEmpty() && key != null && !CellGrouping.OTHER.equals(key)) keys.add(key);
        }));
        boolean holds = shown.stream().allMatch(p -> CellGrouping.safe(distinct(p.entrySet().stream()
                .filter(e -> !grouping.standing().contains(e.getKey())).map(Map.Entry::getValue).toList()), k));
        Set<String> standing = holds ? grouping.standing() : Set.of();
        return new Pools(standing, (int) keys.stream().filter(key -> !standing.contains(key)).count());
    }

    private static <P> Map<String, Long> counts(Map<String, Set<P>> population) {
        Map<String, Long> counts = new java.util.HashMap<>();
        population.forEach((key, people) -> counts.merge(key, (long) people.size(), Long::sum));
        return counts;
    }

    /** How many different people the sets hold together. */
    public static <P> long distinct(Collection<Set<P>> sets) {
        Set<P> all = new HashSet<>();
        sets.forEach(all::addAll);
        return all.size();
    }

    /** The key a cell is shown under: itself, or {@link CellGrouping#OTHER}. */
    public String groupOf(String key) {
        return key != null && standing.contains(key) ? key : CellGrouping.OTHER;
    }

    public boolean stands(String key) {
        return key != null && standing.contains(key);
    }

    /** How many keys that held people were pooled: a count, never which. */
    public int mergedCount() {
        return merged;
    }
}
