package org.rpgkiosk.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rpgkiosk.disclosure.AbsenceReasons;
import org.rpgkiosk.disclosure.AttendanceRule;
import org.rpgkiosk.disclosure.Pools;
import org.rpgkiosk.disclosure.RegisterMark;

/**
 * absence_reasons.csv: marks per reason and status, per group over the whole export (not per
 * month: a month's few absences would be one or two people). Only groups attendance.csv shows
 * take part. A group with fewer than k members away is pooled with others by {@link Pools}
 * into one row group, {@link AttendanceRule#POOLED_GROUPS}, which the smallest group standing
 * joins while it holds fewer than k (else it would be every group's total minus those shown);
 * within each row group reasons follow {@link AbsenceReasons}.
 */
final class AbsenceFile {
    private final List<String> notes = new ArrayList<>();

    void write(List<RegisterMark> marks, AttendanceRule rule, Map<String, String> groupNames, int k, CsvOut out) {
        Map<String, List<RegisterMark>> byGroup = new TreeMap<>();
        Map<String, Set<Integer>> away = new TreeMap<>();
        for (RegisterMark m : marks) {
            if (!rule.released(m.group())) continue;
            byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m);
            if (!m.present()) away.computeIfAbsent(m.group(), g -> new HashSet<>()).add(m.member());
        }
        Pools groups = Pools.decide(List.of(away), k);
        Map<String, List<RegisterMark>> rowGroups = new TreeMap<>();
        byGroup.forEach((group, its) -> rowGroups.computeIfAbsent(groups.stands(group)
                ? groupNames.get(group) : AttendanceRule.POOLED_GROUPS, g -> new ArrayList<>()).addAll(its));
        int reasonsPooled = 0;
        int shown = 0;
        for (Map.Entry<String, List<RegisterMark>> e : rowGroups.entrySet()) {
            AbsenceReasons.Tally tally = AbsenceReasons.tally(e.getValue(), k);
            reasonsPooled += tally.pooled();
            if (!tally.counts().isEmpty()) shown++;
            tally.counts().forEach(c -> out.row(e.getKey(), c.reason(), blankIfNull(c.apologies()), blankIfNull(c.absent())));
        }
        notes.add("reasons: counts per group over the whole export, each from at least " + k + " members away;");
        notes.add("  groups pooled into '" + AttendanceRule.POOLED_GROUPS + "': " + groups.mergedCount()
                + "; row groups with reasons shown: " + shown + " of " + rowGroups.size()
                + "; reason cells pooled into other: " + reasonsPooled);
    }

    private static Object blankIfNull(Long n) {
        return n == null ? "" : n;
    }

    /** Manifest lines, in counts only. */
    List<String> notes() {
        return notes;
    }
}
