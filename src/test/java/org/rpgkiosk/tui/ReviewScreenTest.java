package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 32's friction: each open answer on the review under its own question, not three "Your words:". */
class ReviewScreenTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) kiosk.close();
    }

    @Test
    void eachOpenAnswerIsShownUnderItsQuestionAndEndReachesSubmit() throws Exception {
        kiosk = KioskHarness.atFirstStatement(dir);
        kiosk.throughStatements("3");
        kiosk.type("Time to think");
        kiosk.key(KeyType.Tab);
        kiosk.key(KeyType.Tab);
        kiosk.type("Cover for visits");
        kiosk.key(KeyType.Tab);
        assertTrue(kiosk.text().contains("Check your answers"), kiosk.text());
        kiosk.key(KeyType.End);
        String shown = kiosk.text();
        assertFalse(shown.contains("Your words:"), shown);
        assertTrue(shown.contains("What, if anything, has been most helpful"), shown);
        String[] rows = shown.split("\n");
        int question = -1;
        for (int i = 0; i < rows.length; i++) if (rows[i].contains("most helpful")) question = i;
        assertTrue(question >= 0 && rows[question + 1].contains("\"Time to think\""), "under its question:\n" + shown);
        assertTrue(shown.contains("(no answer)"), "the skipped one says so: " + shown);
        assertTrue(shown.contains("> [ Submit my answers ]"), "End goes to Submit: " + shown);
        kiosk.key(KeyType.Home);
        assertTrue(kiosk.text().contains("> Job role: Social worker"), kiosk.text());
    }
}
