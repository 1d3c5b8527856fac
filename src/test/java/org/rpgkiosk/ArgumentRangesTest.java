package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/**
 * Issue 35, finding 7: arguments out of any sensible range were taken. --idle-seconds
 * 9300000000000000 made a kiosk whose every key said "cleared in 0 seconds"; roster import
 * --from 0000-01-01 was accepted; --db-user on the embedded file was taken and silently not used.
 */
class ArgumentRangesTest {
    @TempDir Path data;

    private static void refused(Run r, String names) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: " + names), r.err());
    }

    @Test
    void kioskDurationsOutsideTheirRangeAreRefusedNamingTheOption() {
        refused(Run.in(data, "kiosk", "--idle-seconds", "9300000000000000"), "--idle-seconds takes 5 to 86400");
        refused(Run.in(data, "kiosk", "--idle-seconds", "4"), "--idle-seconds takes 5 to 86400");
        refused(Run.in(data, "kiosk", "--countdown-seconds", "0"), "--countdown-seconds takes 1 to 3600");
        refused(Run.in(data, "kiosk", "--countdown-seconds", "100000"), "--countdown-seconds takes 1 to 3600");
        assertTrue(Run.in(data, "kiosk", "--idle-seconds", "86400").err().contains("needs a terminal"),
                "in range, it goes on (to find no terminal here)");
    }

    @Test
    void aRosterFromTheYearZeroIsRefusedAndChangesNothing() throws Exception {
        assertEquals(0, Run.in(data, "questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Path file = Files.writeString(data.resolve("r.csv"), "group,name,role,part_time,level,facilitator_kind\n"
                + "Pod A,Alex Demo,social_worker,no,social workers,internal\n");
        refused(Run.in(data, "roster", "import", file.toString(), "--from", "0000-01-01"), "--from 0000-01-01 is before 2000-01-01");
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            assertEquals(0, store.dsl().fetchCount(org.rpgkiosk.store.generated.Tables.MEMBER), "nothing imported");
        }
        assertEquals(0, Run.in(data, "roster", "import", file.toString(), "--from", "2024-09-01").code());
    }

    @Test
    void aUserForTheEmbeddedFileIsSaidToBeUnused() {
        Store.open(DatabaseUrl.defaultFor(data)).close();
        Run r = Run.in(data, "--db-user", "bob", "wave", "list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("note: a database user or password"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
