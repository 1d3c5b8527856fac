package org.rpgkiosk.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.rpgkiosk.fault.UserError;

/**
 * Reads a database whole, every row of every table and, on H2, every entry of every index, so
 * that damage is found before it spreads: before a backup copies it, after a restore, before the
 * kiosk takes answers into it. A query only reads the pages it needs: in the corruption tests a
 * damaged index page let every table scan (and so a backup) pass while the export's join failed.
 * A value is never kept, only counted.
 */
final class WholeRead {
    private final DSLContext dsl;
    private final SQLDialect dialect;

    WholeRead(DSLContext dsl, SQLDialect dialect) {
        this.dsl = dsl;
        this.dialect = dialect;
    }

    /** The number of rows read; throws {@link UserError} (damage named) when anything does not read. */
    long check(DatabaseUrl url) {
        try {
            long rows = 0;
            List<String> tables = tables();
            for (String table : tables) {
                rows += count("SELECT * FROM " + quoted(table));
            }
            if (dialect == SQLDialect.H2) {
                for (Map.Entry<String, String[]> index : h2Indexes().entrySet()) {
                    String[] tableAndColumns = index.getValue();
                    String columns = tableAndColumns[1];
                    count("SELECT " + columns + " FROM " + quoted(tableAndColumns[0])
                            + " USE INDEX (" + quoted(index.getKey()) + ") ORDER BY " + columns);
                }
            }
            return rows;
        } catch (RuntimeException e) {
            Damage.Kind kind = Damage.of(e);
            throw new UserError(Damage.message(kind == null ? Damage.Kind.DAMAGED : kind, url.redacted()), e);
        }
    }

    /** Plain JDBC: the rows are only counted, so no jOOQ Record is made for each. */
    private long count(String sql) {
        return dsl.connectionResult(c -> {
            long n = 0;
            try (var st = c.createStatement(); var rows = st.executeQuery(sql)) {
                st.setFetchSize(1000);
                while (rows.next()) n++;
            }
            return n;
        });
    }

    private List<String> tables() {
        String schema = dialect == SQLDialect.H2 ? "PUBLIC" : "public";
        return new ArrayList<>(dsl.fetchValues(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1",
                schema).stream().map(String::valueOf).toList());
    }

    /** Index name -> {table, quoted column list in index order}. */
    private Map<String, String[]> h2Indexes() {
        Map<String, String[]> indexes = new LinkedHashMap<>();
        for (Record r : dsl.fetch("SELECT INDEX_NAME, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY INDEX_NAME, ORDINAL_POSITION")) {
            String column = quoted(r.get(2, String.class));
            indexes.merge(r.get(0, String.class), new String[] {r.get(1, String.class), column},
                    (a, b) -> new String[] {a[0], a[1] + ", " + b[1]});
        }
        return indexes;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
