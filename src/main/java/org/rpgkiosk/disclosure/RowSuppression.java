package org.rpgkiosk.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Within one table of figures (one statement in one wave: the whole sample and its role
 * groups), which rows may show figures and which show their count only. Role groups hold at
 * least k respondents ({@link CellGrouping}), but a statement that most of a group skipped can
 * still rest on one person's answer, and the whole-sample row less the other rows would give it
 * back by subtraction. So: a row resting on 1 to k-1 answers is withheld; while the withheld rows
 * together rest on 1 to k-1 answers, the smallest row still shown is withheld too (a tie: the
 * first code in alphabetical order). The whole-sample row is then safe: it is the rows shown plus
 * rows withheld together resting on none or at least k. The whole sample under k shows its count
 * only, and so do all its rows.
 */
public final class RowSuppression {
    private RowSuppression() {}

    /**
     * @param whole the key of the whole-sample row
     * @param parts answers behind each group row; they add up to the whole
     * @return the keys of the rows to show as counts only ({@code whole} among them when it is)
     */
    public static Set<String> withheld(String whole, Map<String, Long> parts, int k) {
        return withheld(whole, parts, Set.of(), k);
    }

    /**
     * As above, with rows withheld for a reason of their own ({@code already}: a figure built on
     * figures that are withheld); the rows shown are then made safe against subtraction as well.
     */
    public static Set<String> withheld(String whole, Map<String, Long> parts, Set<String> already, int k) {
        long total = parts.values().stream().mapToLong(Long::longValue).sum();
        Set<String> withheld = new TreeSet<>();
        if (total < k || already.contains(whole)) {
            withheld.add(whole);
            withheld.addAll(parts.keySet());
            return withheld;
        }
        withheld.addAll(already);
        parts.forEach((key, n) -> {
            if (n > 0 && n < k) withheld.add(key);
        });
        List<String> shown = parts.keySet().stream().filter(key -> parts.get(key) > 0 && !withheld.contains(key))
                .sorted(Comparator.comparingLong((String key) -> parts.get(key)).thenComparing(key -> key)).toList();
        int next = 0;
        while (!CellGrouping.safe(sum(parts, withheld), k)) {
            withheld.add(shown.get(next++));     // ends: every row withheld adds up to the whole, >= k
        }
        return withheld;
    }

    private static long sum(Map<String, Long> parts, Set<String> keys) {
        return keys.stream().mapToLong(key -> parts.getOrDefault(key, 0L)).sum();
    }
}
