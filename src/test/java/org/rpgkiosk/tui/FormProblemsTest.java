package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.WAVE;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 32, defect 5: a refused form lists every problem beside its field at once and leaves
 * the cursor on the first wrong field, so the correction lands there (an export folder once
 * became "export-2026-12research" when the cursor went back to the first field).
 */
class FormProblemsTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @BeforeEach
    void open() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
    }

    @AfterEach
    void close() throws Exception {
        kiosk.close();
    }

    private void clearField() {
        for (int i = 0; i < 300; i++) kiosk.key(KeyType.Backspace);
    }

    @Test
    void theExportFormMarksEachWrongFieldAndACorrectionLandsInIt() throws Exception {
        Path full = dir.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("x.txt"), "x");
        kiosk.type("6");
        clearField();
        kiosk.line(full.toString());
        clearField();
        kiosk.line("reserch");
        clearField();
        kiosk.line("perhaps");
        String shown = kiosk.text();
        assertTrue(shown.contains("Please correct the 3 fields marked below."), shown);
        assertTrue(shown.contains("^ this folder is not empty"), shown);
        assertTrue(shown.contains("^ research or public"), shown);
        assertTrue(shown.contains("^ yes or no"), shown);
        assertTrue(shown.contains("> Output folder:"), "the cursor on the first wrong field: " + shown);

        Path out = dir.resolve("out");
        kiosk.line(out.toString());          // typing replaces the wrong value, it is not added to it
        assertFalse(kiosk.text().contains("^ this folder"), "its problem goes as it is corrected: " + kiosk.text());
        kiosk.line("research");
        kiosk.line("no");
        assertTrue(kiosk.text().contains("Exported to " + out), kiosk.text());
        assertTrue(Files.exists(out.resolve("manifest.txt")));
    }

    @Test
    void onlyTheWrongFieldIsRevisitedAndTheRightOnesKeepTheirValues() throws Exception {
        kiosk.type("6");
        String folder = dir.resolve("exports").toString();
        kiosk.key(KeyType.Enter);            // the suggested folder, fine
        clearField();
        kiosk.line("reserch");               // a typo in the profile
        kiosk.key(KeyType.Enter);            // workbook: yes
        assertTrue(kiosk.text().contains("> Research or public:    reserch_"), "the cursor on the profile: " + kiosk.text());
        kiosk.line("research");
        kiosk.key(KeyType.Enter);
        String done = kiosk.text();
        assertTrue(done.contains("Exported to " + folder + "/export-"), "the folder as it was, not export-...research: " + done);
        assertFalse(done.contains("research/") || done.contains("-research"), done);
    }

    @Test
    void theOpenWaveFormListsEveryProblemAtOnce() {
        toOpenWaveForm();
        kiosk.line("y 3");
        kiosk.line("");
        kiosk.line("lots");
        String shown = kiosk.text();
        assertTrue(shown.contains("Please correct the 3 fields marked below."), shown);
        assertTrue(shown.contains("^ letters, digits, _ . or - (e.g. y1)"), shown);
        assertTrue(shown.contains("^ give it a label, e.g. +1 year"), shown);
        assertTrue(shown.contains("^ a whole number, e.g. 210"), shown);
        assertTrue(shown.contains("> Code (e.g. y1):"), shown);
        kiosk.line("y3");
        kiosk.line("+3 years");
        kiosk.line("180");
        kiosk.key(KeyType.Enter);            // the placeholders, named: open anyway
        assertTrue(kiosk.text().contains("Wave y3 is open"), kiosk.text());
        assertEquals(180, kiosk.store.dsl().select(WAVE.INVITED).from(WAVE).where(WAVE.CODE.eq("y3")).fetchOne(WAVE.INVITED));
    }

    /**
     * Issue 36: which questionnaire a new wave uses has one answer, the command line's. With two
     * loaded, the form once took the first silently; it now says so and opens nothing.
     */
    @Test
    void withTwoQuestionnairesLoadedTheFormOpensNothingAndSaysWhere() throws Exception {
        java.nio.file.Path second = java.nio.file.Files.writeString(dir.resolve("second.txt"), java.nio.file.Files
                .readString(java.nio.file.Path.of("db/questionnaires/rpg-outcomes.txt")).replace("name: rpg-outcomes", "name: rpg-second"));
        kiosk.store.questionnaires().load(org.rpgkiosk.questionnaire.QuestionnaireReader.read(second), "test");
        toOpenWaveForm();
        kiosk.line("y3");
        kiosk.line("+3 years");
        kiosk.line("180");
        String shown = kiosk.text();
        assertTrue(shown.contains("Several questionnaires are loaded (rpg-outcomes, rpg-second): open this wave")
                && shown.contains("from the command line, naming one (wave open CODE --questionnaire NAME)"), shown);
        assertEquals(0, kiosk.store.dsl().fetchCount(WAVE, WAVE.CODE.eq("y3")), "nothing opened");
    }

    /** From the evaluator menu: close y1 (menu 2, then y), then the open-wave form (menu 2). */
    private void toOpenWaveForm() {
        kiosk.type("2");
        kiosk.type("y");
        kiosk.type("2");
    }

    /** Issue 32's friction: a letter in a PIN showed as a dot and was refused only at Enter. */
    @Test
    void aLetterInAPinIsRefusedAsItIsTyped() {
        kiosk.key(KeyType.Escape);           // back to the participants' welcome
        kiosk.key(KeyType.F12);
        kiosk.type("24a");
        assertTrue(kiosk.text().contains("PIN takes digits only: that key was not typed."), kiosk.text());
        assertTrue(kiosk.text().contains("PIN:                   ••_"), "two dots, not three: " + kiosk.text());
        kiosk.type("6");
        assertFalse(kiosk.text().contains("digits only"), "gone with the next right key: " + kiosk.text());
        kiosk.type("8");
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Staff menu"), "2468 let in: " + kiosk.text());
    }
}
