package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.survey.SurveyState;

/**
 * Issue 32, defect 1: a response whose wave is closed under the screen (from the staff menu, the
 * command line or another terminal) ends at once and says so; nothing more is taken from it, and
 * no screen says "saved" for answers the store refused.
 */
class EndedUnderTheScreenTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) kiosk.close();
    }

    private void atThirdStatement() throws Exception {
        kiosk = KioskHarness.atFirstStatement(dir);
        kiosk.type("3");
        kiosk.type("4");
        assertTrue(kiosk.text().contains("Statement 3 of 8"), kiosk.text());
        assertEquals(2, kiosk.store.dsl().fetchCount(ANSWER));
    }

    private void assertEndedOnScreen() {
        String shown = kiosk.text();
        assertTrue(shown.contains("This survey has been closed, so no more answers can be taken."), shown);
        assertFalse(shown.contains("saved"), shown);
        assertFalse(shown.contains("Statement"), "the answers are off the screen: " + shown);
    }

    @Test
    void aWaveClosedAndReopenedFromTheStaffMenuEndsTheResponseOnScreenAsTheMenuIsLeft() throws Exception {
        atThirdStatement();
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
        kiosk.type("2");
        assertTrue(kiosk.text().contains("1 response is in progress"), kiosk.text());
        kiosk.type("y");                     // y1 closed
        kiosk.type("2");                     // and opened again, as in the report
        kiosk.line("y1");
        kiosk.line("+1 year");
        kiosk.line("210");
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Wave y1 is open again"), kiosk.text());
        kiosk.key(KeyType.Escape);
        kiosk.key(KeyType.Escape);
        assertEndedOnScreen();
        for (String k : "44443".split("")) kiosk.type(k);     // typed on: taken by nothing
        kiosk.key(KeyType.Enter);
        assertEquals(2, kiosk.store.dsl().fetchCount(ANSWER), "nothing more is taken");
        assertEquals("abandoned", kiosk.store.dsl().fetchValue(RESPONSE.STATUS));
        assertEquals(1, kiosk.store.audit().count("response.ended"), "logged, without the response's id");
        kiosk.after(SurveyState.ENDED_MILLIS);
        assertTrue(kiosk.text().contains("Press Enter to begin"), "then the next person's welcome: " + kiosk.text());
    }

    @Test
    void anAnswerRefusedAfterTheWaveClosedElsewhereEndsTheScreenInsteadOfGoingOn() throws Exception {
        atThirdStatement();
        kiosk.store.waves().close("y1", LocalDate.now());     // the command line, or another terminal
        kiosk.type("4");
        assertEndedOnScreen();
        assertEquals(2, kiosk.store.dsl().fetchCount(ANSWER), "the refused answer was not stored");
        assertEquals(1, kiosk.store.audit().count("response.ended"));
    }

    @Test
    void aPersonOnlyReadingIsToldWithinTheStatusCheck() throws Exception {
        atThirdStatement();
        kiosk.store.waves().close("y1", LocalDate.now());
        kiosk.after(KioskApp.STATUS_CHECK_MILLIS);
        assertEndedOnScreen();
    }

    @Test
    void aSubmitTheStoreRefusedIsNeverThankedAsSaved() throws Exception {
        atThirdStatement();
        kiosk.throughStatements("s");
        kiosk.toReview();
        kiosk.key(KeyType.End);
        kiosk.store.waves().close("y1", LocalDate.now());
        kiosk.key(KeyType.Enter);
        assertEndedOnScreen();
        assertEquals("abandoned", kiosk.store.dsl().fetchValue(RESPONSE.STATUS));
    }

    @Test
    void keysInTheFirstSecondsDoNotDismissTheNotice() throws Exception {
        atThirdStatement();
        kiosk.store.waves().close("y1", LocalDate.now());
        kiosk.type("4");
        kiosk.key(KeyType.Enter);
        assertEndedOnScreen();
        kiosk.after(SurveyState.ENDED_QUIET_MILLIS);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("No survey is open"), "after them, any key finishes: " + kiosk.text());
    }
}
