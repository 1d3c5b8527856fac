package org.rpgkiosk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.rpgkiosk.demo.DemoSurvey.DemoAnswer;
import org.rpgkiosk.demo.DemoSurvey.DemoResponse;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/**
 * The floors the benchmark compares the program against: what H2 itself does for the same rows
 * with nothing of ours in the way. Plain SQL and JDBC on purpose; H2 only.
 */
public final class BenchFloors {
    private final Store store;

    public BenchFloors(Store store) {
        this.store = store;
    }

    /** H2's own CSVWRITE of every answer row; returns the rows written. */
    public int csvWrite(Path file) {
        return store.dsl().fetchSingle("CALL CSVWRITE({0}, 'SELECT response_id, item_id, points, answer_text FROM answer')",
                file.toAbsolutePath().toString()).get(0, Integer.class);
    }

    /**
     * The least a key that gives an answer can cost: one one-row UPDATE, committed on its own
     * (autocommit, WRITE_DELAY 0 as the kiosk runs), timed {@code times} times; seconds each.
     */
    public java.util.List<Double> bareCommits(int times) {
        java.util.List<Double> seconds = new java.util.ArrayList<>(times);
        store.dsl().connection(c -> {
            try (var update = c.prepareStatement("UPDATE installation SET created_at = created_at WHERE id = 1")) {
                for (int i = 0; i < times; i++) {
                    long began = System.nanoTime();
                    update.executeUpdate();
                    seconds.add((System.nanoTime() - began) / 1e9);
                }
            }
        });
        return seconds;
    }

    /** One plain GROUP BY pass over the answer table; returns the groups. */
    public int plainGroupBy() {
        return store.dsl().fetch("SELECT item_id, points, COUNT(*) FROM answer GROUP BY item_id, points").size();
    }

    /**
     * The same response and answer rows as demo-data writes, by hand-written JDBC batches of the
     * same size and commits of the same size; the waves must be there already. Returns the answers.
     */
    public long rawInsert(Iterator<DemoResponse> responses, StoredQuestionnaire q) throws SQLException {
        Map<String, Integer> waveIds = new HashMap<>();
        store.dsl().select(WAVE.CODE, WAVE.ID).from(WAVE).forEach(r -> waveIds.put(r.value1(), r.value2()));
        Connection c = store.dsl().configuration().connectionProvider().acquire();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long answers = 0;
        try (PreparedStatement rs = c.prepareStatement("INSERT INTO response (id, wave_id, version_id, role_code, status, "
                + "submitted_on, released) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement as = c.prepareStatement("INSERT INTO answer (response_id, item_id, wave_id, role_code, "
                     + "submitted, released, points, answer_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int inBatch = 0;
            int inCommit = 0;
            while (responses.hasNext()) {
                DemoResponse r = responses.next();
                int wave = waveIds.get(r.wave().code());
                rs.setObject(1, r.id());
                rs.setInt(2, wave);
                rs.setInt(3, q.versionId());
                rs.setString(4, r.roleCode());
                rs.setString(5, r.status());
                rs.setObject(6, r.submittedOn());
                rs.setBoolean(7, r.submitted());
                rs.addBatch();
                for (DemoAnswer a : r.answers()) {
                    as.setObject(1, r.id());
                    as.setInt(2, q.itemId(a.item().code()));
                    as.setInt(3, wave);
                    as.setString(4, r.roleCode());
                    as.setBoolean(5, r.submitted());
                    as.setBoolean(6, r.submitted());
                    if (a.points() == null) as.setNull(7, Types.SMALLINT); else as.setShort(7, a.points().shortValue());
                    as.setString(8, a.text());
                    as.addBatch();
                    inBatch++;
                }
                answers += r.answers().size();
                inCommit += 1 + r.answers().size();
                if (inBatch >= DemoDataWriter.BATCH_ROWS) {
                    rs.executeBatch();
                    as.executeBatch();
                    inBatch = 0;
                }
                if (inCommit >= DemoDataWriter.ROWS_PER_COMMIT) {
                    rs.executeBatch();
                    as.executeBatch();
                    c.commit();
                    inBatch = 0;
                    inCommit = 0;
                }
            }
            rs.executeBatch();
            as.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return answers;
    }

    /**
     * The same roster rows as an import of {@code rows} writes into an empty database: its groups,
     * members and memberships, by hand-written JDBC batches in one transaction (the names, roles,
     * levels and dates given, nothing looked up). Returns the memberships written.
     */
    public int rawRoster(java.util.List<String[]> rows, java.time.LocalDate day) {
        return store.dsl().connectionResult(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            Map<String, Integer> groups = new java.util.LinkedHashMap<>();
            Map<String, Integer> members = new java.util.LinkedHashMap<>();
            try (PreparedStatement g = c.prepareStatement("INSERT INTO rp_group (id, name, level, facilitator_kind, "
                    + "usual_minutes) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement m = c.prepareStatement("INSERT INTO member (id, name, role_code, part_time) VALUES (?, ?, ?, ?)");
                 PreparedStatement ms = c.prepareStatement("INSERT INTO membership (group_id, member_id, started_on, "
                         + "is_visitor) VALUES (?, ?, ?, FALSE)")) {
                for (String[] r : rows) {
                    if (!groups.containsKey(r[0])) {
                        groups.put(r[0], groups.size() + 1);
                        g.setInt(1, groups.size());
                        g.setString(2, r[0]);
                        g.setString(3, r[4]);
                        g.setString(4, r[5]);
                        g.setInt(5, 75);
                        g.addBatch();
                    }
                    if (!members.containsKey(r[1])) {
                        members.put(r[1], members.size() + 1);
                        m.setInt(1, members.size());
                        m.setString(2, r[1]);
                        m.setString(3, r[2]);
                        m.setBoolean(4, r[3].equals("yes"));
                        m.addBatch();
                    }
                }
                g.executeBatch();
                m.executeBatch();
                int n = 0;
                for (String[] r : rows) {
                    ms.setInt(1, groups.get(r[0]));
                    ms.setInt(2, members.get(r[1]));
                    ms.setObject(3, day);
                    ms.addBatch();
                    if (++n % 500 == 0) ms.executeBatch();
                }
                ms.executeBatch();
                c.commit();
                return n;
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }
}
