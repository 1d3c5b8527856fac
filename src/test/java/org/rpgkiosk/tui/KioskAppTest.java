package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.staff.StaffRole;

/** The real screens on a virtual terminal, keys in, screen text and stored rows out. */
class KioskAppTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) kiosk.close();
    }

    private void toFirstStatement() throws Exception {
        kiosk = KioskHarness.atFirstStatement(dir);
    }

    private Map<String, Short> storedPoints() {
        return kiosk.store.dsl().select(ITEM.CODE, ANSWER.POINTS).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                .where(ITEM.KIND.eq("agreement")).fetchMap(ITEM.CODE, ANSWER.POINTS);
    }

    @Test
    void anEvaluatorWhosePinAlsoOpensTheFacilitatorsIsToldToChangeIt() throws Exception {
        kiosk = KioskHarness.ready(dir);
        // Set equal before the two had to differ: the evaluator is let in, and told.
        kiosk.store.pins().save(StaffRole.FACILITATOR, KioskHarness.FAST_HASHER.hash(KioskHarness.EVALUATOR_PIN));
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
        assertTrue(kiosk.text().contains("The facilitator PIN is the same as yours"), kiosk.text());
        kiosk.key(KeyType.Escape);
        kiosk.store.pins().save(StaffRole.FACILITATOR, KioskHarness.FAST_HASHER.hash(KioskHarness.FACILITATOR_PIN));
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
        assertFalse(kiosk.text().contains("The facilitator PIN is the same"), kiosk.text());
    }

    @Test
    void anAnswerThatCannotBeSavedTakesTheScreenBackWithANotice() throws Exception {
        toFirstStatement();
        kiosk.store.dsl().execute("ALTER TABLE answer ADD CONSTRAINT test_refuses CHECK (points IS NULL)");
        kiosk.type("4");
        String refused = kiosk.text();
        assertTrue(refused.contains("Statement 1 of 8"), refused);
        assertTrue(refused.contains("Your last answer could not be saved"), refused);
        assertTrue(storedPoints().isEmpty());

        kiosk.store.dsl().execute("ALTER TABLE answer DROP CONSTRAINT test_refuses");
        kiosk.type("4");
        assertTrue(kiosk.text().contains("Statement 2 of 8"), kiosk.text());
        assertFalse(kiosk.text().contains("could not be saved"), kiosk.text());
        assertEquals(Map.of("skills_reflect", (short) 4), storedPoints());
    }

    @Test
    void aWholeResponseIsStoredAsTyped() throws Exception {
        toFirstStatement();
        assertTrue(kiosk.text().contains("The RPG has further developed my ability to reflect on my work"));
        assertTrue(kiosk.text().contains("Statement 1 of 8 · 19 left"), kiosk.text());
        String keys = "43s21" + "34432" + "1234";   // 14 of the 17 statements...
        kiosk.type(keys);
        kiosk.key(KeyType.ArrowDown);                  // ...one by arrows (lands on 4)...
        kiosk.key(KeyType.ArrowDown);                  // ...moved to 3
        kiosk.key(KeyType.Enter);
        kiosk.type("s");
        kiosk.type("2");
        assertTrue(kiosk.text().contains("Question 1 of 3"), kiosk.text());
        kiosk.line("Amser i feddwl, diolch ŵ é");
        kiosk.type("Ail linell.");
        kiosk.key(KeyType.Tab);
        kiosk.key(KeyType.Tab);                        // the second left empty: a skip
        kiosk.type("More time");
        kiosk.key(KeyType.Tab);
        String review = kiosk.text();
        assertTrue(review.contains("Check your answers"), review);
        assertTrue(review.contains("Job role: Social worker"), review);
        assertTrue(review.contains("Agree strongly     The RPG has further developed"), review);
        assertTrue(review.contains("(no answer)        The RPG has helped me to manage the emotional impact"), review);

        kiosk.key(KeyType.PageDown);
        kiosk.key(KeyType.PageDown);
        kiosk.key(KeyType.PageDown);
        assertTrue(kiosk.text().contains("> [ Submit my answers ]"), kiosk.text());
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Thank you. Your answers have been saved."));

        var response = kiosk.store.dsl().selectFrom(RESPONSE).fetchSingle();
        assertEquals("submitted", response.getStatus());
        assertEquals("social_worker", response.getRoleCode());
        assertEquals(LocalDate.now(), response.getSubmittedOn());
        Map<String, Short> points = storedPoints();
        assertEquals(17, points.size());
        assertEquals((short) 4, points.get("skills_reflect"));
        assertEquals((short) 3, points.get("skills_perspectives"));
        assertEquals(null, points.get("skills_emotional_impact"));
        assertEquals((short) 4, points.get("rel_managers"));
        assertEquals((short) 3, points.get("rel_peers"), "chosen with the arrows");
        assertEquals(null, points.get("rel_senior"));
        assertEquals((short) 2, points.get("rel_system"));
        Map<String, String> texts = kiosk.store.dsl().select(ITEM.CODE, ANSWER.ANSWER_TEXT).from(ANSWER).join(ITEM)
                .on(ITEM.ID.eq(ANSWER.ITEM_ID)).where(ITEM.KIND.eq("open")).fetchMap(ITEM.CODE, ANSWER.ANSWER_TEXT);
        assertEquals("Amser i feddwl, diolch ŵ é\nAil linell.", texts.get("open_helpful"));
        assertEquals(null, texts.get("open_barriers"));
        assertTrue(texts.containsKey("open_barriers"), "a skipped open question is recorded as reached");
        assertEquals("More time", texts.get("open_improve"));

        kiosk.after(5_000);
        String welcome = kiosk.text();
        assertTrue(welcome.contains("Press Enter to begin."), welcome);
        for (String trace : new String[] {"Amser", "More time", "Social worker", "Agree"}) {
            assertFalse(welcome.contains(trace), "the next person sees nothing of: " + trace);
        }
    }

    @Test
    void aPasteOfAHundredThousandKeysIsOneFrameCutAtTheLimitWithANotice() throws Exception {
        toFirstStatement();
        kiosk.type("43s21" + "34432" + "1234" + "3" + "s" + "2");
        assertTrue(kiosk.text().contains("Question 1 of 3"), kiosk.text());
        List<KeyStroke> paste = new ArrayList<>();
        StringBuilder typed = new StringBuilder();
        String words = "Time to think, and to hear how others work";
        for (int i = 0; paste.size() < 100_000; i++) {
            char c = words.charAt(i % words.length());
            paste.add(new KeyStroke(c, false, false));
            typed.append(c);
            if (i % 100 == 99) {
                paste.add(new KeyStroke(KeyType.Enter));                // a line break is a character too
                typed.append('\n');
                paste.add(new KeyStroke('\u200B', false, false));      // refused: drawn as nothing
                paste.add(new KeyStroke('\u0007', false, false));      // refused: a control character
                paste.add(new KeyStroke('x', false, true));             // refused: Alt-x
            }
        }
        String kept = typed.substring(0, 4_000);

        assertEquals(1, kiosk.paste(paste), "one frame for the whole paste");
        String screen = kiosk.text();
        assertTrue(screen.contains("4000 of 4000 characters"), screen);
        assertTrue(screen.contains("This answer is at its limit of 4000 characters; the rest was not added."), screen);
        String lastLine = kept.substring(kept.lastIndexOf('\n') + 1);
        assertTrue(screen.contains(lastLine + "█"), "the end of what was kept, at the cursor:\n" + screen);

        assertEquals(1, kiosk.paste(List.of(new KeyStroke(KeyType.Backspace))), "a backspace right after: the next frame");
        assertTrue(kiosk.text().contains("3999 of 4000 characters"), kiosk.text());
        assertFalse(kiosk.text().contains("at its limit"), kiosk.text());
        kiosk.type(kept.substring(3_999));
        kiosk.key(KeyType.Tab);
        String stored = kiosk.store.dsl().select(ANSWER.ANSWER_TEXT).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                .where(ITEM.CODE.eq("open_helpful")).fetchSingle(ANSWER.ANSWER_TEXT);
        assertEquals(kept, stored, "exactly the first 4000 characters typed, none of the refused ones");
    }

    @Test
    void keysWaitingTogetherOnOtherScreensStillMeanWhatTheyMeanOneByOne() throws Exception {
        kiosk = KioskHarness.ready(dir);
        List<KeyStroke> keys = new ArrayList<>(List.of(new KeyStroke(KeyType.Enter), new KeyStroke('y', false, false),
                new KeyStroke('5', false, false)));
        for (char c : ("43s21" + "34432" + "1234" + "3" + "s" + "2").toCharArray()) keys.add(new KeyStroke(c, false, false));
        for (char c : "Time".toCharArray()) keys.add(new KeyStroke(c, false, false));
        keys.add(new KeyStroke(KeyType.Tab));
        keys.add(new KeyStroke(KeyType.F12));                           // the staff key, amid the rest
        for (char c : KioskHarness.EVALUATOR_PIN.toCharArray()) keys.add(new KeyStroke(c, false, false));
        kiosk.paste(keys);
        assertEquals(17, storedPoints().size(), "every statement answered and stored");
        assertEquals("Time", kiosk.store.dsl().select(ANSWER.ANSWER_TEXT).from(ANSWER).join(ITEM)
                .on(ITEM.ID.eq(ANSWER.ITEM_ID)).where(ITEM.CODE.eq("open_helpful")).fetchSingle(ANSWER.ANSWER_TEXT));
        assertTrue(kiosk.text().contains("PIN"), kiosk.text());
        assertTrue(kiosk.app.running());
        kiosk.paste(List.of(new KeyStroke(KeyType.EOF), new KeyStroke(KeyType.Enter)));
        assertFalse(kiosk.app.running(), "the terminal gone: the kiosk stops, and reads no further");
    }

    @Test
    void everyAnswerIsInTheDatabaseBeforeTheNextScreen() throws Exception {
        toFirstStatement();
        kiosk.type("4");
        assertEquals(Map.of("skills_reflect", (short) 4), storedPoints());
        kiosk.key(KeyType.ArrowLeft);
        kiosk.type("1");
        assertEquals(Map.of("skills_reflect", (short) 1), storedPoints(), "a changed answer replaces the stored one");
        assertEquals("in_progress", kiosk.store.dsl().fetchValue(RESPONSE.STATUS));
    }

    @Test
    void theStatementScreenMatchesItsSnapshot() throws Exception {
        toFirstStatement();
        kiosk.type("4");
        kiosk.key(KeyType.ArrowDown);
        kiosk.assertSnapshot("statement");
    }

    @Test
    void idleWarnsThenAbandonsKeepingTheAnswersAndWipesTheScreen() throws Exception {
        toFirstStatement();
        kiosk.type("43");
        kiosk.after(89_000);
        assertTrue(kiosk.text().contains("Statement 3 of 8"));
        kiosk.after(1_000);
        String warning = kiosk.text();
        assertTrue(warning.contains("Are you still there? Press any key to carry on."), warning);
        assertTrue(warning.contains("cleared in 30 seconds"), warning);
        assertFalse(warning.contains("The RPG has"), "the warning hides the question and answers");
        kiosk.after(29_000);
        assertTrue(kiosk.text().contains("cleared in 1 second,"), kiosk.text());
        kiosk.after(1_000);
        assertTrue(kiosk.text().contains("Press Enter to begin."), kiosk.text());
        assertEquals("abandoned", kiosk.store.dsl().fetchValue(RESPONSE.STATUS));
        assertEquals(2, storedPoints().size());
    }

    @Test
    void anyKeyAtTheWarningCarriesOn() throws Exception {
        toFirstStatement();
        kiosk.after(90_000);
        kiosk.type("x");
        assertTrue(kiosk.text().contains("Statement 1 of 8"), kiosk.text());
        assertEquals("in_progress", kiosk.store.dsl().fetchValue(RESPONSE.STATUS));
    }

    @Test
    void declineStoresNothing() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.key(KeyType.Enter);
        kiosk.type("n");
        assertTrue(kiosk.text().contains("Press Enter to begin."));
        assertEquals(0, kiosk.store.dsl().fetchCount(RESPONSE));
    }

    @Test
    void aSmallTerminalIsAskedToBeEnlargedAndTheSurveyComesBack() throws Exception {
        toFirstStatement();
        kiosk.terminal.setTerminalSize(new TerminalSize(60, 20));
        kiosk.app.render();
        String small = kiosk.text();
        assertTrue(small.startsWith("Please enlarge this window to at least 80 x 24.\nIt is 60 x 20 now."), small);
        kiosk.terminal.setTerminalSize(new TerminalSize(100, 30));
        kiosk.app.render();
        assertTrue(kiosk.text().contains("The RPG has further developed my ability to reflect on my work"));
        assertTrue(kiosk.text().lines().anyMatch(l -> l.length() > 80), "re-laid out to the wider window");
    }

    @Test
    void ctrlCOpensTheStaffEntranceAndOnlyTheEvaluatorCanClose() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.ctrl('c');
        assertTrue(kiosk.text().contains("Staff entrance"), kiosk.text());
        kiosk.type(KioskHarness.FACILITATOR_PIN);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Facilitator"), kiosk.text());
        kiosk.type("9");
        kiosk.type("y");
        assertTrue(kiosk.app.running(), "a facilitator cannot close the kiosk");
        kiosk.key(KeyType.Escape);
        assertTrue(kiosk.text().contains("Press Enter to begin."));

        kiosk.key(KeyType.F12);
        kiosk.type(KioskHarness.EVALUATOR_PIN);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("9  Close the kiosk"), kiosk.text());
        kiosk.type("9");
        kiosk.type("y");
        assertFalse(kiosk.app.running());
    }

    @Test
    void wrongPinsAreCountedAuditedAndSlowed() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.key(KeyType.F12);
        for (int i = 0; i < 3; i++) {
            kiosk.line("9999");
        }
        assertTrue(kiosk.text().contains("That PIN is not right. Wait 2 seconds before the next try."), kiosk.text());
        assertEquals(3, kiosk.store.audit().count("pin.wrong"));
        kiosk.type(KioskHarness.EVALUATOR_PIN);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Too many wrong PINs: wait 2 seconds"), "even the right PIN waits");
        kiosk.now += 2_000;
        kiosk.type(KioskHarness.EVALUATOR_PIN);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Staff menu"), kiosk.text());
    }

    @Test
    void withNoWaveOpenOnlyTheStaffEntranceIsOffered() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.store.waves().close("y1", LocalDate.now());
        kiosk.app.start();
        assertTrue(kiosk.text().contains("No survey is open at the moment."), kiosk.text());
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("No survey is open at the moment."));
        assertEquals(0, kiosk.store.dsl().fetchCount(RESPONSE));
        kiosk.key(KeyType.F12);
        kiosk.type(KioskHarness.EVALUATOR_PIN);
        kiosk.key(KeyType.Enter);
        kiosk.type("2");
        kiosk.line("y3");
        kiosk.line("+3 years");
        kiosk.line("235");
        assertTrue(kiosk.text().contains("still has 4 placeholder statements"), kiosk.text());
        kiosk.key(KeyType.Enter);            // opened anyway
        assertTrue(kiosk.text().contains("Wave y3 is open"), kiosk.text());
        kiosk.key(KeyType.Escape);
        assertTrue(kiosk.text().contains("Press Enter to begin."), kiosk.text());
    }

    @Test
    void aNewInstallationAsksForTheEvaluatorPinAndAFirstWave() throws Exception {
        kiosk = new KioskHarness(dir);
        org.rpgkiosk.cli.KioskCommandAccess.loadDefaultQuestionnaireIfNone(kiosk.store);
        kiosk.app.start();
        assertTrue(kiosk.text().contains("Set-up 1 of 2: choose the evaluator PIN"), kiosk.text());
        kiosk.line("1234");
        kiosk.line("1234");
        assertTrue(kiosk.text().contains("Not set: a PIN of consecutive digits is too easy to guess."), kiosk.text());
        kiosk.line("8642");
        kiosk.line("8642");
        assertTrue(kiosk.text().contains("Set-up 2 of 2: open the first survey wave"), kiosk.text());
        kiosk.line("y1");
        kiosk.line("+1 year");
        kiosk.line("210");
        // The default questionnaire marks four statements as placeholders: named, and asked about first.
        String asked = kiosk.text().replaceAll("\\s+", " ");
        assertTrue(asked.contains("Questionnaire rpg-outcomes still has 4 placeholder statements (efficacy_decisions,"
                + " efficacy_workload, efficacy_calm, efficacy_demands). Enter opens the wave anyway"), kiosk.text());
        assertTrue(kiosk.store.waves().openWave().isEmpty(), "not opened before the answer");
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Press Enter to begin."), kiosk.text());
        assertTrue(kiosk.store.pins().hash(StaffRole.EVALUATOR).isPresent());
        assertEquals(210, kiosk.store.waves().openWave().orElseThrow().invited());
    }
}
