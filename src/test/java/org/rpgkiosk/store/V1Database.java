package org.rpgkiosk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Databases as earlier releases left them, for upgrade tests: the schema of V1 alone with rows as
 * V1 allows (plain SQL: the generated classes know the latest schema only), and the half-made
 * schemas a release before SafeMigration left when it was killed while migrating.
 */
final class V1Database {
    private V1Database() {}

    static final int AGREEMENT_ITEMS = 17;

    /** Migrates to V1 only and, with responses > 0, stores that many, each with 17 answers. */
    static void make(DatabaseUrl url, int responses) throws SQLException {
        try (Connection c = connect(url)) {
            Migrations.upTo(c, "1");
            if (responses > 0) populate(c, responses);
        }
    }

    private static void populate(Connection c, int responses) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO questionnaire (id, name) VALUES (1, 'rpg-outcomes')");
            st.execute("INSERT INTO questionnaire_version (id, questionnaire_id, version_no, title, information_sheet, "
                    + "consent_text, open_answer_limit, content_sha256, source_file, loaded_at) VALUES (1, 1, 1, 'T', 'I', "
                    + "'C', 1000, '" + "0".repeat(64) + "', 't', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO block (id, version_id, code, position, title) VALUES (1, 1, 'b', 1, 'B')");
            for (int i = 1; i <= AGREEMENT_ITEMS; i++) {
                st.execute("INSERT INTO item (id, version_id, block_id, code, position, kind, wording) VALUES ("
                        + i + ", 1, 1, 'i" + i + "', " + i + ", 'agreement', 'Statement " + i + "')");
            }
            st.execute("INSERT INTO wave (id, code, label, questionnaire_id, is_open, invited, opened_on) "
                    + "VALUES (1, 'y1', 'Year 1', 1, TRUE, 5000, DATE '2026-01-05')");
        }
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement r = c.prepareStatement("INSERT INTO response (id, wave_id, version_id, role_code, status, "
                + "submitted_on) VALUES (?, 1, 1, 'social_worker', ?, ?)")) {
            for (int n = 0; n < responses; n++) {
                UUID id = new UUID(1, n);
                ids.add(id);
                boolean submitted = n % 3 != 0;
                r.setObject(1, id);
                r.setString(2, submitted ? "submitted" : "in_progress");
                r.setObject(3, submitted ? java.time.LocalDate.of(2026, 2, 3) : null);
                r.addBatch();
            }
            r.executeBatch();
        }
        try (PreparedStatement a = c.prepareStatement("INSERT INTO answer (response_id, item_id, points) VALUES (?, ?, ?)")) {
            for (UUID id : ids) {
                for (int i = 1; i <= AGREEMENT_ITEMS; i++) {
                    a.setObject(1, id);
                    a.setInt(2, i);
                    a.setInt(3, 1 + (int) ((id.getLeastSignificantBits() + i) % 4));
                    a.addBatch();
                }
            }
            a.executeBatch();
        }
    }

    /** What the rows say, comparable across versions: responses, submitted, answers, the sum of points. */
    static List<Long> fingerprint(DatabaseUrl url) throws SQLException {
        try (Connection c = connect(url); Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM response), "
                        + "(SELECT COUNT(*) FROM response WHERE status = 'submitted'), "
                        + "(SELECT COUNT(*) FROM answer), (SELECT COALESCE(SUM(points), 0) FROM answer)")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    /** As a kill inside V2 left it: its first statement done, no history row for it. */
    static void halfWayThroughV2(DatabaseUrl url) throws SQLException {
        try (Connection c = connect(url); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE answer ADD COLUMN wave_id INTEGER");
        }
    }

    /** As a kill after V1's tables but before its history row left a first start. */
    static void v1WithoutItsHistoryRow(DatabaseUrl url) throws SQLException {
        make(url, 0);
        try (Connection c = connect(url); Statement st = c.createStatement()) {
            st.execute("DELETE FROM \"flyway_schema_history\"");
        }
    }

    static Connection connect(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(url.url(), url.user(), url.password());
    }
}
