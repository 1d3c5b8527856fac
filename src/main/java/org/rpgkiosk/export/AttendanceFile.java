package org.rpgkiosk.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rpgkiosk.disclosure.AttendanceRule;
import org.rpgkiosk.scrub.Labels;
import org.rpgkiosk.scrub.Pseudonyms;
import org.rpgkiosk.store.ExportQueries;
import org.rpgkiosk.store.ExportQueries.AttendanceRow;

/**
 * attendance.csv, streamed session by session, only for the groups {@link AttendanceRule}
 * releases. The research profile has a row per member and session (no reason: reasons leave
 * only as counts, in absence_reasons.csv); the public profile has no member rows at all, one
 * row per group, month and facilitator kind. Within a session the rows are sorted by the
 * member's pseudonym, since the database's order (member ids, often given in roster order,
 * alphabetical) would hint at who is who. No names: a member is a pseudonym, a group's name is
 * scrubbed of roster names (and then given its pseudonym, so two groups stay apart), the
 * facilitator's name is left out, and a session is known by its month. Where the rule blanks a
 * group's level, its name (which often names the level) gives way to its pseudonym alone.
 */
final class AttendanceFile {
    private final AttendanceRule rule;
    private final Pseudonyms pseudonyms;
    private final Labels labels;
    private final Map<Integer, String[]> groupLabels = new TreeMap<>();
    private final List<List<Object>> session = new ArrayList<>();
    private int sessionId = -1;

    AttendanceFile(AttendanceRule rule, Pseudonyms pseudonyms, Labels labels) {
        this.rule = rule;
        this.pseudonyms = pseudonyms;
        this.labels = labels;
    }

    void writeMembers(ExportQueries queries, CsvOut out) {
        queries.attendance(r -> {
            if (!rule.released(key(r))) return;
            if (r.sessionId() != sessionId) flush(out);
            sessionId = r.sessionId();
            String[] label = label(r);
            session.add(List.of(r.sessionId(), label[0], label[1], r.facilitatorKind(), YearMonth.from(r.heldOn()).toString(),
                    pseudonyms.member(r.groupId(), r.memberId()), rule.role(key(r), r.role()),
                    rule.partTime(key(r), r.role(), r.partTime()), r.status()));
        });
        flush(out);
    }

    /** The public form: present, apologies and absent per group, month and facilitator kind. */
    void writeGroupMonths(ExportQueries queries, CsvOut out) {
        record Key(String group, String level, String kind, String month) {}
        Comparator<Key> order = Comparator.comparing(Key::group).thenComparing(Key::month).thenComparing(Key::kind)
                .thenComparing(Key::level);
        Map<Key, long[]> tallies = new TreeMap<>(order);
        Map<Key, Set<Integer>> sessions = new TreeMap<>(order);
        queries.attendance(r -> {
            if (!rule.released(key(r))) return;
            String[] label = label(r);
            Key key = new Key(label[0], label[1], r.facilitatorKind(), YearMonth.from(r.heldOn()).toString());
            long[] n = tallies.computeIfAbsent(key, x -> new long[3]);
            n[switch (r.status()) { case "present" -> 0; case "apologies" -> 1; default -> 2; }]++;
            sessions.computeIfAbsent(key, x -> new HashSet<>()).add(r.sessionId());
        });
        tallies.forEach((key, n) -> out.row(key.group(), key.level(), key.kind(), key.month(), sessions.get(key).size(),
                n[0], n[1], n[2]));
    }

    private static String key(AttendanceRow r) {
        return Integer.toString(r.groupId());
    }

    /** The group's exported name and level. */
    private String[] label(AttendanceRow r) {
        return groupLabels.computeIfAbsent(r.groupId(), id -> {
            if (!rule.levelShown(key(r))) return new String[] {pseudonyms.group(id), ""};
            return new String[] {labels.group(id, r.group()), labels.text(r.level())};
        });
    }

    private void flush(CsvOut out) {
        session.sort(Comparator.comparing(row -> (String) row.get(5)));
        session.forEach(out::row);
        session.clear();
    }

    /** The exported name of each group released, by its id (as the rule knows it). */
    Map<String, String> groupNames() {
        Map<String, String> names = new TreeMap<>();
        groupLabels.forEach((id, label) -> names.put(Integer.toString(id), label[0]));
        return names;
    }
}
