package org.rpgkiosk.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rpgkiosk.store.ExportQueries;
import org.rpgkiosk.store.ExportQueries.AttendanceRow;

/**
 * attendance.csv, streamed session by session. Within a session the rows are sorted by the
 * member's pseudonym, since the database's order (member ids, often given in roster order,
 * alphabetical) would hint at who is who. No names: a member is a pseudonym, a group's name is
 * scrubbed of roster names (and then given its pseudonym, so two groups stay apart), the
 * facilitator's name is left out, and a session is known by its month.
 */
final class AttendanceFile {
    private final AttendanceCells cells;
    private final Pseudonyms pseudonyms;
    private final Scrubber scrubber;
    private final Scrubber.Tally tally = new Scrubber.Tally();
    private final Map<Integer, String> groupLabels = new TreeMap<>();
    private final List<List<Object>> session = new ArrayList<>();
    private int sessionId = -1;

    AttendanceFile(AttendanceCells cells, Pseudonyms pseudonyms, Scrubber scrubber) {
        this.cells = cells;
        this.pseudonyms = pseudonyms;
        this.scrubber = scrubber;
    }

    void write(ExportQueries queries, CsvOut out) {
        queries.attendance(r -> {
            if (r.sessionId() != sessionId) flush(out);
            sessionId = r.sessionId();
            session.add(row(r));
        });
        flush(out);
    }

    private List<Object> row(AttendanceRow r) {
        String group = groupLabels.computeIfAbsent(r.groupId(), id -> {
            String scrubbed = scrubber.scrub(r.group(), tally);
            return scrubbed.equals(r.group()) ? scrubbed : scrubbed + " (" + pseudonyms.group(id) + ")";
        });
        return List.of(r.sessionId(), group, scrubber.scrub(r.level(), tally), r.facilitatorKind(),
                YearMonth.from(r.heldOn()).toString(), pseudonyms.member(r.groupId(), r.memberId()),
                cells.role(r.groupId(), r.role()), cells.partTime(r.groupId(), r.role(), r.partTime()),
                r.status(), r.reason() == null ? "" : r.reason());
    }

    private void flush(CsvOut out) {
        session.sort(Comparator.comparing(row -> (String) row.get(5)));
        session.forEach(out::row);
        session.clear();
    }

    /** The exported name of each group seen, for the manifest. */
    Map<Integer, String> groupLabels() {
        return groupLabels;
    }

    /** Replacements made in group names and levels. */
    Scrubber.Tally tally() {
        return tally;
    }
}
