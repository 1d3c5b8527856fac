package org.rpgkiosk.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void aLibrarysMessageKeepsItsWordsAndLosesWhatItQuotes() {
        assertEquals("Value too long for column \"…\": \"…\"; SQL statement:\ninsert into m values (…) [22001-240]",
                LogText.redact("Value too long for column \"NAME CHARACTER VARYING(5)\": \"U&'Si\\00e2n ap Rhys' (12)\"; "
                        + "SQL statement:\ninsert into m values ('Siân ap Rhys', 'social_worker') [22001-240]"));
        assertEquals("duplicate key value violates unique constraint \"…\" Detail: Key (name)=(…) already exists.",
                LogText.redact("duplicate key value violates unique constraint \"member_name\" Detail: "
                        + "Key (name)=(Siân ap Rhys) already exists."));
        assertEquals("Failing row contains (…).", LogText.redact("Failing row contains (7, Siân ap Rhys, t)."));
        assertEquals("the label ‘…’ was refused", LogText.redact("the label ‘Grace’s pilot’ was refused"));
        assertEquals("member '…' of '…' isn't new", LogText.redact("member 'O'Neill' of 'Team Siân' isn't new"));
        assertEquals("opened jdbc:h2:file:/srv/kiosk/data/kiosk", LogText.redact("opened jdbc:h2:file:/srv/kiosk/data/kiosk"));
        assertEquals("Migrating schema \"…\" to version \"…\"", LogText.redact("Migrating schema \"PUBLIC\" to version \"3 - roster\""));
    }

    @Test
    void aTraceHasTypesStatesAndFramesButNoMessage() {
        SQLException cause = new SQLException("Value too long: 'Siân ap Rhys, social_worker, part-time'", "22001", 22001);
        RuntimeException fault = new IllegalStateException("could not save Siân ap Rhys", cause);
        String trace = LogText.trace(fault);
        assertFalse(trace.contains("Si"), trace);
        assertFalse(trace.contains("social_worker"), trace);
        assertTrue(trace.startsWith("java.lang.IllegalStateException [message not logged]"), trace);
        assertTrue(trace.contains("Caused by: java.sql.SQLException (SQLState 22001, code 22001) [message not logged]"), trace);
        assertTrue(trace.contains("\tat org.rpgkiosk.scrub.LogTextTest.aTraceHasTypesStatesAndFramesButNoMessage"), trace);
    }

    @Test
    void aCauseThatLoopsIsWrittenOnce() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertEquals(2, LogText.trace(b).lines().filter(l -> l.contains("java.lang.Exception")).count());
    }
}
