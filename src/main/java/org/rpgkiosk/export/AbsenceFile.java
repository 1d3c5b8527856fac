package org.rpgkiosk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rpgkiosk.disclosure.AbsenceReasons;
import org.rpgkiosk.disclosure.AttendanceRule;
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
        AbsenceReasons.ByGroup reasons = AbsenceReasons.byGroup(marks, rule, k);
        Map<String, AbsenceReasons.Tally> byName = new TreeMap<>();     // in the order of the names written
        reasons.rows().forEach((group, tally) -> byName.put(group.equals(AttendanceRule.POOLED_GROUPS) ? group
                : groupNames.get(group), tally));
        int shown = 0;
        for (Map.Entry<String, AbsenceReasons.Tally> e : byName.entrySet()) {
            if (!e.getValue().counts().isEmpty()) shown++;
            e.getValue().counts().forEach(c -> out.row(e.getKey(), c.reason(), blankIfNull(c.apologies()), blankIfNull(c.absent())));
        }
        notes.add("reasons: counts per group over the whole export, each from at least " + k + " members away;");
        notes.add("  groups pooled into '" + AttendanceRule.POOLED_GROUPS + "': " + reasons.groupsPooled()
                + "; row groups with reasons shown: " + shown + " of " + reasons.rows().size()
                + "; reason cells pooled into other: " + reasons.reasonsPooled());
    }

    private static Object blankIfNull(Long n) {
        return n == null ? "" : n;
    }

    /** Manifest lines, in counts only. */
    List<String> notes() {
        return notes;
    }
}
