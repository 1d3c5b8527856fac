package org.rpgkiosk.store;

import java.sql.Connection;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * A run of reads that must agree with each other (the export's files, the report's responses and
 * their answers): one repeatable-read transaction, so a response released between two reads is in
 * both or neither. On H2 the queries also run lazily, so a million answers stream instead of
 * being collected into a temporary result first; on PostgreSQL a fetch size streams only inside a
 * transaction, which this is.
 */
final class ConsistentRead {
    private ConsistentRead() {}

    static <T> T of(DSLContext dsl, Function<DSLContext, T> work) {
        boolean h2 = dsl.dialect() == SQLDialect.H2;
        int[] isolation = new int[1];
        dsl.connection(c -> {
            isolation[0] = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        });
        if (h2) dsl.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            return dsl.transactionResult(tx -> work.apply(tx.dsl()));
        } finally {
            if (h2) dsl.execute("SET LAZY_QUERY_EXECUTION FALSE");
            dsl.connection(c -> c.setTransactionIsolation(isolation[0]));
        }
    }
}
