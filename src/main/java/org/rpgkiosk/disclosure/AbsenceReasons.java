package org.rpgkiosk.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Why people were not there, released only as counts over many marks, never on a member's row.
 * A facilitator knows who sent apologies and who was absent, so a reason is safe only where at
 * least k people stand behind it. The base is the distinct members with a mark other than
 * present among the marks given (a group, a set of groups, the whole register): under k, nothing
 * is shown. Otherwise reasons are pooled by {@link Pools} over two populations, the members who
 * sent apologies and those absent, each counted per reason; a status column whose own members
 * number fewer than k is left blank (null), since its every cell would be under k, and a reason
 * seen only there gets no row.
 */
public final class AbsenceReasons {
    /** What the register says when a member was not present and no reason was given. */
    public static final String NO_REASON = "not_recorded";
    private static final List<String> STATUSES = List.of("apologies", "absent");

    /** Marks per reason shown; a blank (null) status column is one whose members are under k. */
    public record Count(String reason, Long apologies, Long absent) {}

    /** The outcome for one set of marks: the rows, and how many reasons were pooled. */
    public record Tally(List<Count> counts, int pooled) {}

    private AbsenceReasons() {}

    /** Distinct members with a mark other than present. */
    public static long base(List<RegisterMark> marks) {
        return marks.stream().filter(m -> !m.present()).map(RegisterMark::member).distinct().count();
    }

    public static Tally tally(List<RegisterMark> marks, int k) {
        if (base(marks) < k) return new Tally(List.of(), 0);
        Map<String, Map<String, Set<Integer>>> members = new HashMap<>();
        STATUSES.forEach(s -> members.put(s, new HashMap<>()));
        for (RegisterMark m : marks) {
            if (m.present()) continue;
            members.get(m.status()).computeIfAbsent(reason(m), r -> new HashSet<>()).add(m.member());
        }
        Set<String> shownStatuses = STATUSES.stream()
                .filter(s -> Pools.distinct(members.get(s).values()) >= k).collect(Collectors.toSet());
        if (shownStatuses.isEmpty()) return new Tally(List.of(), 0);
        Pools pools = Pools.decide(STATUSES.stream().map(members::get).toList(), k);
        Map<String, long[]> records = new TreeMap<>(Comparator.comparing((String r) -> r.equals(CellGrouping.OTHER))
                .thenComparing(Comparator.naturalOrder()));
        for (RegisterMark m : marks) {
            if (!m.present()) records.computeIfAbsent(pools.groupOf(reason(m)), r -> new long[2])[STATUSES.indexOf(m.status())]++;
        }
        List<Count> counts = new ArrayList<>();
        records.forEach((reason, n) -> {
            Long apologies = shownStatuses.contains("apologies") ? n[0] : null;
            Long absent = shownStatuses.contains("absent") ? n[1] : null;
            // a row seen only in a blank column would say that column holds a reason other than those shown
            if ((apologies == null || apologies == 0) && (absent == null || absent == 0)) return;
            counts.add(new Count(reason, apologies, absent));
        });
        return new Tally(counts, pools.mergedCount());
    }

    /**
     * The reasons per row of the export's absence file: each group shown member by member whose
     * members away are k or more stands alone; the rest share one row ({@link
     * AttendanceRule#POOLED_GROUPS}), which the smallest group standing joins while it holds
     * fewer than k ({@link Pools}); within each row, {@link #tally}.
     *
     * @param rows         per row, the group's key or the pooled row's name, in key order
     * @param groupsPooled how many groups share the pooled row (a count, never which)
     */
    public record ByGroup(Map<String, Tally> rows, int groupsPooled) {
        /**
         * Every row's counts added up per reason: a table over all groups that is no more than
         * the rows' cells shown (a reason pooled or a column blank in one row adds nothing to
         * that reason here), so it less any rows gives no row's hidden cell. A status column is
         * blank where it is blank in every row.
         */
        public List<Count> summed() {
            Map<String, Long[]> sums = new TreeMap<>(Comparator.comparing((String r) -> r.equals(CellGrouping.OTHER))
                    .thenComparing(Comparator.naturalOrder()));
            rows.values().forEach(t -> t.counts().forEach(c -> {
                Long[] sum = sums.computeIfAbsent(c.reason(), r -> new Long[2]);
                if (c.apologies() != null) sum[0] = (sum[0] == null ? 0 : sum[0]) + c.apologies();
                if (c.absent() != null) sum[1] = (sum[1] == null ? 0 : sum[1]) + c.absent();
            }));
            boolean apologies = rows.values().stream().anyMatch(t -> t.counts().stream().anyMatch(c -> c.apologies() != null));
            boolean absent = rows.values().stream().anyMatch(t -> t.counts().stream().anyMatch(c -> c.absent() != null));
            List<Count> out = new ArrayList<>();
            sums.forEach((reason, n) -> out.add(new Count(reason, apologies ? (n[0] == null ? 0L : n[0]) : null,
                    absent ? (n[1] == null ? 0L : n[1]) : null)));
            return out;
        }

        public int reasonsPooled() {
            return rows.values().stream().mapToInt(Tally::pooled).sum();
        }
    }

    public static ByGroup byGroup(List<RegisterMark> marks, AttendanceRule rule, int k) {
        Map<String, List<RegisterMark>> byGroup = new TreeMap<>();
        Map<String, Set<Integer>> away = new TreeMap<>();
        for (RegisterMark m : marks) {
            if (!rule.released(m.group())) continue;
            byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m);
            if (!m.present()) away.computeIfAbsent(m.group(), g -> new HashSet<>()).add(m.member());
        }
        Pools groups = Pools.decide(List.of(away), k);
        Map<String, List<RegisterMark>> rowGroups = new TreeMap<>();
        byGroup.forEach((group, its) -> rowGroups.computeIfAbsent(groups.stands(group) ? group
                : AttendanceRule.POOLED_GROUPS, g -> new ArrayList<>()).addAll(its));
        Map<String, Tally> rows = new java.util.LinkedHashMap<>();
        rowGroups.forEach((row, its) -> rows.put(row, tally(its, k)));
        return new ByGroup(rows, groups.mergedCount());
    }

    private static String reason(RegisterMark m) {
        return m.reason() == null ? NO_REASON : m.reason();
    }
}
