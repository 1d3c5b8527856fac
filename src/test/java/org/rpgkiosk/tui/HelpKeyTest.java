package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 32, defect 7: F1 (and ? where nothing is typed) lists a screen's keys, named in its
 * footer; the page covers the screen, so the key that closes it answers nothing behind it.
 */
class HelpKeyTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) kiosk.close();
    }

    @Test
    void f1OnAStatementListsItsKeysAndTheKeyThatClosesItAnswersNothing() throws Exception {
        kiosk = KioskHarness.atFirstStatement(dir);
        assertTrue(kiosk.text().contains("F1 help"), "named in the footer: " + kiosk.text());
        kiosk.key(KeyType.F1);
        String page = kiosk.text();
        assertTrue(page.contains("Keys on this screen"), page);
        assertTrue(page.contains("S skip"), page);
        assertTrue(page.contains("Shift-Tab, Left, Backspace or Esc goes back"), page);
        assertFalse(page.contains("Statement 1 of 8"), "the page covers the statement: " + page);
        kiosk.type("4");
        assertEquals(0, kiosk.store.dsl().fetchCount(ANSWER), "the key only closed the page");
        assertTrue(kiosk.text().contains("Statement 1 of 8"), kiosk.text());
        kiosk.type("4");
        assertEquals(1, kiosk.store.dsl().fetchCount(ANSWER));
    }

    @Test
    void aQuestionMarkOpensHelpOnAStatementButIsTypedInAnOpenAnswer() throws Exception {
        kiosk = KioskHarness.atFirstStatement(dir);
        kiosk.type("?");
        assertTrue(kiosk.text().contains("Keys on this screen"), kiosk.text());
        kiosk.key(KeyType.Escape);
        kiosk.throughStatements("s");
        assertTrue(kiosk.text().contains("Question 1 of"), kiosk.text());
        kiosk.type("why?");
        assertTrue(kiosk.text().contains("why?"), kiosk.text());
        assertFalse(kiosk.text().contains("Keys on this screen"), kiosk.text());
        kiosk.key(KeyType.F1);
        assertTrue(kiosk.text().contains("Keys on this screen"), "F1 still opens it there: " + kiosk.text());
    }

    @Test
    void staffMenuAndRegisterOfferHelpAndAnyKeyScreensDoNot() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
        assertTrue(kiosk.text().contains("F1 help"), kiosk.text());
        kiosk.key(KeyType.F1);
        assertTrue(kiosk.text().contains("Keys on this screen"), kiosk.text());
        assertTrue(kiosk.text().contains("Number choose"), kiosk.text());
        kiosk.key(KeyType.Enter);
        assertFalse(kiosk.text().contains("Keys on this screen"), kiosk.text());
        kiosk.key(KeyType.Escape);
        kiosk.key(KeyType.Enter);
        kiosk.type("y");
        kiosk.type("5");
        kiosk.type("4");
        kiosk.throughStatements("s");
        kiosk.toReview();
        kiosk.key(KeyType.End);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Thank you"), kiosk.text());
        assertFalse(kiosk.text().contains("F1 help"), "any key ends the thank-you: " + kiosk.text());
    }
}
