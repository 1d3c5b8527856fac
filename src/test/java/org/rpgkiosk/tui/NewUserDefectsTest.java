package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's defects, each found by a new user under tmux and each failing before its fix: keys
 * behind "Please enlarge this window", consent and role chosen for the person, set-up's Esc,
 * closing the kiosk or a wave with responses in progress, reopening a wave.
 */
class NewUserDefectsTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) kiosk.close();
    }

    private void toFirstStatement() throws Exception {
        kiosk = KioskHarness.atFirstStatement(dir);
        assertTrue(kiosk.text().contains("Statement 1 of 8"), kiosk.text());
    }

    private void resize(int columns, int rows) {
        kiosk.terminal.setTerminalSize(new TerminalSize(columns, rows));
        kiosk.app.render();
    }

    @Test
    void keysTypedBehindTheEnlargeScreenAnswerNothing() throws Exception {
        toFirstStatement();
        resize(40, 10);
        assertTrue(kiosk.text().contains("Please enlarge this window"), kiosk.text());
        assertTrue(kiosk.text().contains("Keys are ignored"), kiosk.text());
        kiosk.type("1");                     // once answered statement 1 "Strongly disagree"
        kiosk.key(KeyType.Enter);
        kiosk.type("s");
        assertEquals(0, kiosk.store.dsl().fetchCount(ANSWER), "nothing answered on a screen nobody could see");
        resize(80, 24);
        assertTrue(kiosk.text().contains("Statement 1 of 8"), kiosk.text());
        kiosk.type("4");
        assertEquals(1, kiosk.store.dsl().fetchCount(ANSWER), "once visible, keys answer again");
    }

    @Test
    void textTypedBehindTheEnlargeScreenDoesNotReachAnOpenAnswer() throws Exception {
        toFirstStatement();
        for (int i = 0; i < 17; i++) kiosk.type("s");
        assertTrue(kiosk.text().contains("Question 1 of"), kiosk.text());
        resize(40, 10);
        kiosk.paste(java.util.List.of(new com.googlecode.lanterna.input.KeyStroke('h', false, false),
                new com.googlecode.lanterna.input.KeyStroke('i', false, false)));
        resize(80, 24);
        kiosk.key(KeyType.Tab);
        assertEquals(0, kiosk.store.dsl().fetchCount(ANSWER.where(ANSWER.ANSWER_TEXT.isNotNull())),
                "typed while unseen: not stored");
    }

    @Test
    void anEmojiShowsAsOnePlaceholderThatSaysWhatItIsAndIsStoredAsTyped() throws Exception {
        toFirstStatement();
        for (int i = 0; i < 17; i++) kiosk.type("s");
        String grin = "\uD83D\uDE00";         // 😀, as a terminal sends it: two UTF-16 halves
        kiosk.type("ok " + grin);
        String open = kiosk.text();
        assertTrue(open.contains("ok \uFFFD"), open);
        assertFalse(open.contains("??"), "not two question marks: " + open);
        assertTrue(open.contains("4 of 4000 characters · \uFFFD = a character not shown here, kept as typed"), open);
        kiosk.key(KeyType.Tab);
        kiosk.key(KeyType.Tab);
        kiosk.key(KeyType.Tab);
        String review = kiosk.text();
        assertTrue(review.contains("Check your answers"), review);
        assertTrue(review.contains("\uFFFD = a character not shown here, kept as typed"), review);
        assertEquals("ok " + grin, kiosk.store.dsl().select(ANSWER.ANSWER_TEXT).from(ANSWER)
                .where(ANSWER.ANSWER_TEXT.isNotNull()).fetchOne(ANSWER.ANSWER_TEXT));
    }

    @Test
    void consentNeedsAnExplicitYesAndNoRoleIsChosenForThePerson() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Information and consent"), kiosk.text());
        kiosk.key(KeyType.Enter);            // once consented: Y was chosen in advance
        assertTrue(kiosk.text().contains("Press Y to take part, or N if you would rather not."), kiosk.text());
        assertEquals(0, kiosk.store.dsl().fetchCount(RESPONSE), "no consent, no response");
        kiosk.key(KeyType.Tab);              // Yes, chosen by the person, then Enter
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Which best describes your job role?"), kiosk.text());
        assertEquals(1, kiosk.store.dsl().fetchCount(RESPONSE));
        kiosk.key(KeyType.Enter);            // once chose "Senior manager", the first role
        assertTrue(kiosk.text().contains("Press the number of your job role"), kiosk.text());
        assertTrue(kiosk.text().contains("Which best describes your job role?"), kiosk.text());
        assertNull(kiosk.store.dsl().fetchValue(RESPONSE.ROLE_CODE), "no role chosen for them");
        kiosk.key(KeyType.ArrowDown);        // the first role, chosen
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Statement 1 of 8"), kiosk.text());
        assertEquals("senior_manager", kiosk.store.dsl().fetchValue(RESPONSE.ROLE_CODE));
    }

    @Test
    void setUpsFirstPinScreenDoesNotOfferEsc() throws Exception {
        kiosk = new KioskHarness(dir);
        kiosk.app.start();
        assertTrue(kiosk.text().contains("Set-up 1 of 2"), kiosk.text());
        assertFalse(kiosk.text().contains("Esc cancel"), "Esc does not cancel here, so it is not offered");
        kiosk.key(KeyType.Escape);
        assertTrue(kiosk.text().contains("Set-up 1 of 2"), kiosk.text());
    }

    @Test
    void setUpCallsTheKioskNewOnlyWhenItIs() throws Exception {
        kiosk = new KioskHarness(dir);
        kiosk.store.questionnaires().load(org.rpgkiosk.questionnaire.QuestionnaireReader.read(
                Path.of("db/questionnaires/rpg-outcomes.txt")), "t");
        int qid = kiosk.store.questionnaires().idOf("rpg-outcomes").orElseThrow();
        kiosk.store.waves().open("y1", "+1 year", 10, qid, java.time.LocalDate.now());   // made on the command line
        kiosk.app.start();
        String setup = kiosk.text().replaceAll("\\s+", " ");
        assertTrue(setup.contains("This database holds 1 wave but no evaluator PIN yet."), kiosk.text());
        assertFalse(setup.contains("This kiosk is new"), kiosk.text());
    }

    @Test
    void closingTheKioskWithAResponseInProgressSaysSoAndEndsItAbandoned() throws Exception {
        toFirstStatement();
        kiosk.type("3");
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
        kiosk.type("9");
        assertTrue(kiosk.text().contains("Someone is part way through the survey at this kiosk"), kiosk.text());
        kiosk.type("y");
        assertFalse(kiosk.app.running());
        assertEquals("abandoned", kiosk.store.dsl().fetchValue(RESPONSE.STATUS), "not in progress for ever");
        assertEquals(1, kiosk.store.dsl().fetchCount(ANSWER), "what they answered is kept");
    }

    @Test
    void closingAWaveSaysWhatBecomesOfResponsesInProgress() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.responses(3, 1);
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
        kiosk.type("2");
        assertTrue(kiosk.text().contains("Close wave y1?"), kiosk.text());
        assertTrue(kiosk.text().contains("2 responses are in progress: closing marks them abandoned"), kiosk.text());
    }

    @Test
    void reopeningAWaveSaysItsLabelAndCountWillBeReplacedFirst() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
        kiosk.type("2");
        kiosk.type("y");                     // y1 closed
        kiosk.type("2");                     // open a wave
        kiosk.line("y1");
        kiosk.line("+1 yr");
        kiosk.line("99");
        assertTrue(kiosk.text().contains("Wave y1 exists, closed"), kiosk.text());
        String asked = kiosk.text().replaceAll("\\s+", " ");
        assertTrue(asked.contains("its label '+1 year' and 210 invited replaced by what is typed here"), kiosk.text());
        var y1 = kiosk.store.dsl().selectFrom(WAVE).fetchSingle();
        assertEquals(false, y1.getIsOpen(), "not reopened yet");
        assertEquals("+1 year", y1.getLabel());
        kiosk.key(KeyType.Enter);            // yes: the same values again
        assertTrue(kiosk.text().contains("still has 4 placeholder statements"), "then the questionnaire's placeholders");
        kiosk.key(KeyType.Enter);
        y1 = kiosk.store.dsl().selectFrom(WAVE).fetchSingle();
        assertEquals(true, y1.getIsOpen());
        assertEquals("+1 yr", y1.getLabel());
        assertEquals(99, y1.getInvited());
        assertTrue(kiosk.text().contains("Wave y1 is open again"), kiosk.text());
    }
}
