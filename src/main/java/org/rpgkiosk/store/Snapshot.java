package org.rpgkiosk.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.store.generated.DefaultSchema;

/**
 * The live rows of every table, as a zip: a manifest (format, schema version, row counts), then
 * one entry per table in the order its foreign keys need. A logical copy and not the database
 * file, which keeps what a participant deleted or rewrote and the store's own timestamps.
 * Each table entry is a length-prefixed stream (column names, then each row's values as text or
 * null), so an empty string and a null stay apart and any text survives exactly.
 * Flyway's history is left out: a restore migrates the new database to the same version first.
 */
final class Snapshot {
    static final int FORMAT = 1;
    static final String MANIFEST = "manifest.properties";
    private static final int BATCH = 500;
    /** Entries carry no time of their own: the zip says when nothing. */
    private static final LocalDateTime NO_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Snapshot() {}

    /** The tables, each after every table it refers to. */
    static List<Table<?>> tablesInOrder() {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) visit(t, ordered, new LinkedHashSet<>());
        return List.copyOf(ordered);
    }

    private static void visit(Table<?> t, Set<Table<?>> ordered, Set<Table<?>> path) {
        if (ordered.contains(t) || !path.add(t)) return;
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            Table<?> parent = fk.getKey().getTable();
            if (!parent.equals(t)) visit(parent, ordered, path);
        }
        ordered.add(t);
    }

    static String schemaVersion(DSLContext dsl) {
        Object v = dsl.fetchValue("select \"version\" from \"flyway_schema_history\" where \"success\" "
                + "and \"version\" is not null order by \"installed_rank\" desc limit 1");
        return String.valueOf(v);
    }

    /** Every table's rows; call inside one transaction for one consistent moment. */
    static byte[] write(DSLContext dsl) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        ByteArrayOutputStream tables = new ByteArrayOutputStream();
        List<byte[]> entries = new ArrayList<>();
        for (Table<?> t : tablesInOrder()) {
            tables.reset();
            counts.put(t.getName(), writeTable(dsl, t, new DataOutputStream(tables)));
            entries.add(tables.toByteArray());
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            put(out, MANIFEST, manifest(schemaVersion(dsl), counts));
            List<Table<?>> order = tablesInOrder();
            for (int i = 0; i < order.size(); i++) put(out, "tables/" + order.get(i).getName(), entries.get(i));
        }
        return zip.toByteArray();
    }

    private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(NO_TIME);
        out.putNextEntry(e);
        out.write(content);
        out.closeEntry();
    }

    private static byte[] manifest(String schema, Map<String, Long> counts) {
        StringBuilder b = new StringBuilder("# a kiosk backup: the live rows of each table\n");
        b.append("format=").append(FORMAT).append('\n').append("schema=").append(schema).append('\n');
        counts.forEach((t, n) -> b.append("rows.").append(t).append('=').append(n).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long writeTable(DSLContext dsl, Table<?> t, DataOutputStream out) throws IOException {
        Field<?>[] fields = t.fields();
        out.writeInt(fields.length);
        for (Field<?> f : fields) out.writeUTF(f.getName());
        long n = 0;
        var select = dsl.selectFrom(t);
        var ordered = t.getPrimaryKey() == null ? select : select.orderBy(t.getPrimaryKey().getFields());
        try (Cursor<? extends Record> rows = ordered.fetchLazy()) {
            for (Record r : rows) {
                out.writeBoolean(true);
                for (Field<?> f : fields) Values.write(out, r.get(f));
                n++;
            }
        }
        out.writeBoolean(false);
        return n;
    }

    /**
     * Puts every row of the zip into an empty, migrated database of the same schema version, ids
     * and all, then moves each identity past the highest id so that new rows do not collide.
     */
    static void load(DSLContext dsl, byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry first = in.getNextEntry();
            if (first == null || !first.getName().equals(MANIFEST)) throw new UserError("the backup holds no manifest");
            Properties manifest = new Properties();
            manifest.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            checkVersions(manifest, schemaVersion(dsl));
            List<Table<?>> order = tablesInOrder();
            List<Table<?>> children = new ArrayList<>(order);
            java.util.Collections.reverse(children);
            for (Table<?> t : children) dsl.deleteFrom(t).execute();   // the new database's own secret
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String entry = e.getName();
                Table<?> t = order.stream().filter(x -> entry.equals("tables/" + x.getName())).findFirst()
                        .orElseThrow(() -> new UserError("the backup holds an unknown table " + entry));
                long n = loadTable(dsl, t, new DataInputStream(in));
                String expected = manifest.getProperty("rows." + t.getName());
                if (expected == null || Long.parseLong(expected) != n) {
                    throw new UserError("the backup's " + t.getName() + " holds " + n + " rows, its manifest says " + expected);
                }
            }
            for (Table<?> t : order) restartIdentity(dsl, t);
        }
    }

    private static void checkVersions(Properties manifest, String schema) {
        if (!String.valueOf(FORMAT).equals(manifest.getProperty("format"))) {
            throw new UserError("the backup is of format " + manifest.getProperty("format") + ", this program reads " + FORMAT);
        }
        if (!schema.equals(manifest.getProperty("schema"))) {
            throw new UserError("the backup was written by a version of this program with database schema "
                    + manifest.getProperty("schema") + ", this one has " + schema + "; restore it with that version "
                    + "(a newer one then migrates it on opening)");
        }
    }

    private static long loadTable(DSLContext dsl, Table<?> t, DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Field<?>> fields = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            Field<?> f = t.field(name);
            if (f == null) throw new UserError("the backup's " + t.getName() + " has a column " + name + " this program does not know");
            fields.add(f);
        }
        long n = 0;
        InsertValuesStepN<?> insert = null;
        int pending = 0;
        while (in.readBoolean()) {
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) values[i] = Values.read(in, fields.get(i).getType());
            insert = (insert == null ? dsl.insertInto(t, fields) : insert).values(values);
            n++;
            if (++pending == BATCH) {
                insert.execute();
                insert = null;
                pending = 0;
            }
        }
        if (insert != null) insert.execute();
        return n;
    }

    private static void restartIdentity(DSLContext dsl, Table<?> t) {
        if (t.getIdentity() == null) return;
        Field<?> id = t.getIdentity().getField();
        Object max = dsl.select(org.jooq.impl.DSL.max(id)).from(t).fetchOne(0);
        long next = max == null ? 1 : ((Number) max).longValue() + 1;
        dsl.execute("ALTER TABLE " + t.getName() + " ALTER COLUMN " + id.getName() + " RESTART WITH " + next);
    }
}
