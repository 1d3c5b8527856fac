package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets the schema hold any kind of item and any answer value (issue 36): drops the checks V1
 * wrote into the columns, {@code item.kind IN ('agreement', 'open')} with the rule that only an
 * agreement statement sits in a block, {@code answer.points BETWEEN 1 AND 4} and
 * {@code scale_point.points BETWEEN 1 AND 4}. V9 adds the named checks and columns that replace them.
 *
 * <p>In Java because V1 left those checks unnamed, and each database names them its own way
 * (H2 "CONSTRAINT_2273", PostgreSQL "item_kind_check"): they are found by what they check. The
 * jOOQ classes are generated from the SQL migrations alone, which this changes nothing for (it
 * adds no column or table).
 */
public class V8__any_item_kind extends BaseJavaMigration {
    /** The table and the word its check speaks of: each check on that column goes. */
    private static final String[][] CHECKS = {{"item", "kind"}, {"answer", "points"}, {"scale_point", "points"}};

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        for (String[] check : CHECKS) {
            for (String name : checksOn(c, postgres, check[0], check[1])) {
                try (Statement st = c.createStatement()) {
                    st.execute("ALTER TABLE " + check[0] + " DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        }
    }

    /** The names of the checks on {@code table} whose clause names {@code column}. */
    private static List<String> checksOn(Connection c, boolean postgres, String table, String column) throws SQLException {
        String sql = postgres
                ? "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = to_regclass(?) AND contype = 'c'"
                : "SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc "
                        + "JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
                        + "AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
                        + "WHERE tc.TABLE_SCHEMA = SCHEMA() AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK'";
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, postgres ? table : table.toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2).toLowerCase(Locale.ROOT).contains(column)) names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
