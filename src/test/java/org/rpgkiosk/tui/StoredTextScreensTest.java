package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.BLOCK;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.JOB_ROLE;
import static org.rpgkiosk.store.generated.Tables.QUESTIONNAIRE_VERSION;
import static org.rpgkiosk.store.generated.Tables.SCALE_POINT;
import static org.rpgkiosk.store.generated.Tables.WAVE;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.attendance.FacilitatorKind;
import org.rpgkiosk.attendance.Roster;
import org.rpgkiosk.attendance.Roster.RosterGroup;
import org.rpgkiosk.attendance.Roster.RosterMember;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.staff.StaffRole;

/**
 * Text already in the database (stored before the checks at reading, or by another program on a
 * shared PostgreSQL) reaches every screen: each is drawn, nothing a terminal would obey or hide
 * reaches a cell, and no key loses an answer.
 */
class StoredTextScreensTest {
    /** Control (C0, DEL, C1), invisible, direction and stray combining characters, and a tab. */
    static final String NASTY = "\f\u001B[2J\u0007\u007F\u009B2J zero\u200Bwidth \u202Eright-to-left\u202C "
            + "\u2066isolate\u2069 bom\uFEFF x\u0301\u0302 tab\tend \uD83D\uDE00 \u3164";
    static final String WIDE = "反思实践小组帮助我更好地思考我的工作";   // 18 characters, 36 cells

    @TempDir Path dir;
    KioskHarness kiosk;

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) kiosk.close();
    }

    /** The default questionnaire, both PINs and wave y1 open, after {@code tamper} rewrote rows in SQL. */
    private void kiosk(Consumer<DSLContext> tamper) throws Exception {
        kiosk = new KioskHarness(dir);
        var store = kiosk.store;
        store.questionnaires().load(QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt")), "test");
        store.pins().save(StaffRole.EVALUATOR, KioskHarness.FAST_HASHER.hash(KioskHarness.EVALUATOR_PIN));
        store.pins().save(StaffRole.FACILITATOR, KioskHarness.FAST_HASHER.hash(KioskHarness.FACILITATOR_PIN));
        int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
        store.waves().open("y1", "+1 year", 210, qid, LocalDate.now());
        tamper.accept(store.dsl());
        kiosk.app.start();
    }

    private static void everything(DSLContext dsl) {
        dsl.update(QUESTIONNAIRE_VERSION).set(QUESTIONNAIRE_VERSION.TITLE, "Survey " + NASTY)
                .set(QUESTIONNAIRE_VERSION.INFORMATION_SHEET, "Read " + NASTY + "\n\nand " + NASTY)
                .set(QUESTIONNAIRE_VERSION.CONSENT_TEXT, "I agree " + NASTY).execute();
        dsl.update(ITEM).set(ITEM.WORDING, ITEM.WORDING.concat(" " + NASTY)).execute();
        dsl.update(BLOCK).set(BLOCK.TITLE, BLOCK.TITLE.concat(" " + NASTY)).execute();
        dsl.update(SCALE_POINT).set(SCALE_POINT.LABEL, SCALE_POINT.LABEL.concat(" " + NASTY)).execute();
        dsl.update(JOB_ROLE).set(JOB_ROLE.LABEL, JOB_ROLE.LABEL.concat(" " + NASTY)).execute();
        dsl.update(WAVE).set(WAVE.LABEL, "+1 " + NASTY).execute();
    }

    /** Every cell of the screen holds one character a terminal draws as itself, in one or two columns. */
    private void assertEveryCellDrawable(String where) {
        TerminalSize size = kiosk.terminal.getTerminalSize();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                String cell = kiosk.terminal.getCharacter(col, row).getCharacterString();
                int type = Character.getType(cell.codePointAt(0));
                boolean drawable = cell.length() == 1 && !Character.isISOControl(cell.charAt(0))
                        && type != Character.FORMAT && type != Character.NON_SPACING_MARK
                        && type != Character.ENCLOSING_MARK && type != Character.SURROGATE && cell.charAt(0) != '\u3164';
                assertTrue(drawable, where + ": U+" + Integer.toHexString(cell.codePointAt(0)) + " at " + col + "," + row
                        + "\n" + kiosk.text());
            }
        }
    }

    private Map<String, Short> storedPoints() {
        return kiosk.store.dsl().select(ITEM.CODE, ANSWER.POINTS).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                .where(ITEM.KIND.eq("agreement")).fetchMap(ITEM.CODE, ANSWER.POINTS);
    }

    @Test
    void aParticipantGoesThroughEveryScreenAndEveryAnswerIsStored() throws Exception {
        kiosk(StoredTextScreensTest::everything);
        assertEveryCellDrawable("welcome");
        kiosk.key(KeyType.Enter);
        assertEveryCellDrawable("information");
        assertTrue(kiosk.text().contains("Read"), kiosk.text());
        kiosk.type("y");
        assertEveryCellDrawable("role");
        kiosk.type("5");
        for (int i = 0; i < 17; i++) {
            assertEveryCellDrawable("statement " + (i + 1));
            kiosk.type("4");
        }
        assertEquals(17, storedPoints().size());
        for (int i = 0; i < 3; i++) {
            assertEveryCellDrawable("open question " + (i + 1));
            kiosk.type("fine");
            kiosk.key(KeyType.Tab);
        }
        assertEveryCellDrawable("review");
        assertTrue(kiosk.text().contains("Check your answers"), kiosk.text());
        for (int i = 0; i < 3; i++) kiosk.key(KeyType.PageDown);
        assertTrue(kiosk.text().contains("> [ Submit my answers ]"), kiosk.text());
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Thank you"), kiosk.text());
        assertEveryCellDrawable("thanks");
    }

    @Test
    void aFormFeedInTheNextStatementLosesNoAnswer() throws Exception {
        kiosk(dsl -> dsl.update(ITEM).set(ITEM.WORDING, "Second\fstatement").where(ITEM.CODE.eq("skills_perspectives"))
                .execute());
        kiosk.key(KeyType.Enter);
        kiosk.type("y");
        kiosk.type("5");
        kiosk.type("4");
        assertEquals(Map.of("skills_reflect", (short) 4), storedPoints());
        assertTrue(kiosk.text().contains("Statement 2 of 8"), kiosk.text());
        assertTrue(kiosk.text().contains("Second\uFFFDstatement"), kiosk.text());
        kiosk.type("3");
        assertEquals(2, storedPoints().size());
    }

    @Test
    void theEvaluatorsReportShowsStoredLabels() throws Exception {
        kiosk(StoredTextScreensTest::everything);
        kiosk.responses(12, 12);
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
        assertEveryCellDrawable("menu");
        kiosk.type("1");
        assertTrue(kiosk.text().contains("Open wave y1"), kiosk.text());
        for (int page = 0; page < 30; page++) {
            assertEveryCellDrawable("report page " + page);
            kiosk.key(KeyType.PageDown);
        }
        kiosk.key(KeyType.Escape);
        kiosk.type("2");
        assertEveryCellDrawable("close wave");
    }

    private void roster(String group, String level, String... names) {
        var members = java.util.Arrays.stream(names).map(n -> new RosterMember(n, "social_worker", false)).toList();
        kiosk.store.roster().importRoster(new Roster(List.of(new RosterGroup(group, level, FacilitatorKind.INTERNAL, 75,
                members))), LocalDate.now());
    }

    @Test
    void theRegisterShowsStoredNames() throws Exception {
        kiosk(dsl -> { });
        roster("Pod " + NASTY, "level " + NASTY, "Alex " + NASTY, "Bo Demo");
        kiosk.enterStaff(KioskHarness.FACILITATOR_PIN);
        kiosk.type("1");
        assertEveryCellDrawable("groups");
        kiosk.type("1");
        assertEveryCellDrawable("date");
        kiosk.key(KeyType.Enter);
        assertEveryCellDrawable("details");
        kiosk.key(KeyType.Enter);
        kiosk.line("Pat " + NASTY.replaceAll("\\p{Cntrl}", ""));
        kiosk.key(KeyType.Enter);
        assertEveryCellDrawable("checklist");
        assertTrue(kiosk.text().contains("Bo Demo"), kiosk.text());
        kiosk.type("a");
        kiosk.key(KeyType.Enter);
        assertEveryCellDrawable("reason");
        kiosk.type("5");
        assertEveryCellDrawable("note");
    }

    /** The column where {@code text} starts on {@code row}, counting cells. */
    private int columnOf(int row, String text) {
        String line = KioskHarness.text(kiosk.terminal).lines().toList().get(row);
        return line.indexOf(text);
    }

    @Test
    void wideCharactersTakeTwoCellsAndWrapWithinTheWidth() throws Exception {
        kiosk(dsl -> dsl.update(ITEM).set(ITEM.WORDING, WIDE.repeat(4)).where(ITEM.CODE.eq("skills_reflect")).execute());
        roster(WIDE, "social workers", "Alex Demo");
        roster("Pod A", "social workers", "Bo Demo");
        kiosk.key(KeyType.Enter);
        kiosk.type("y");
        kiosk.type("5");
        String statement = kiosk.text();
        // The virtual terminal reports a wide character in both of its cells.
        long cells = statement.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        assertEquals(2 * 4 * WIDE.length(), cells, "the whole statement, wrapped: " + statement);
        assertTrue(statement.lines().allMatch(l -> l.length() <= 80), statement);
        assertEveryCellDrawable("wide statement");

        kiosk.enterStaff(KioskHarness.FACILITATOR_PIN);
        kiosk.type("1");
        assertFalse(kiosk.text().contains("No groups"), kiosk.text());
        assertEquals(columnOf(3, "social workers"), columnOf(4, "social workers"), kiosk.text());
    }

    @Test
    void aScreenThatCannotBeDrawnKeepsTheAnswerAndTheKioskRunning() throws Exception {
        kiosk(dsl -> { });
        kiosk.key(KeyType.Enter);
        kiosk.type("y");
        kiosk.type("5");
        kiosk.failDrawing("Statement 2 of 8", 2);   // the frame before the answer is written, and the one after
        kiosk.type("4");
        assertTrue(kiosk.app.running());
        assertEquals(Map.of("skills_reflect", (short) 4), storedPoints());
        assertTrue(kiosk.text().contains("could not be shown"), kiosk.text());
        kiosk.type("3");
        assertTrue(kiosk.text().contains("Statement 3 of 8"), kiosk.text());
        assertEquals(2, storedPoints().size());
    }
}
