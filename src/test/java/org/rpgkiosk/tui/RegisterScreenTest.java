package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.MEMBER;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.attendance.RosterParser;
import org.rpgkiosk.store.AttendanceRepository;

/** The facilitator's register on the virtual terminal: keys in, screen text and stored marks out. */
class RegisterScreenTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @BeforeEach
    void open() throws Exception {
        kiosk = KioskHarness.ready(dir);
        String csv = String.join(",", RosterParser.HEADER) + "\n"
                + "Pod A,Alex Demo,social_worker,no,social workers,internal\n"
                + "Pod A,Bo Demo,senior_social_worker,yes,social workers,internal\n"
                + "Pod A,Cy Demo,social_worker,no,social workers,internal\n"
                + "Leads,Sam Demo,lead_practitioner,no,lead practitioners,external\n";
        kiosk.store.roster().importRoster(RosterParser.parse("r.csv", csv,
                Set.of("social_worker", "senior_social_worker", "lead_practitioner", "other")), LocalDate.of(2026, 1, 1));
    }

    @AfterEach
    void close() throws Exception {
        kiosk.close();
    }

    private void toChecklist(String pin, String menuKey) {
        kiosk.enterStaff(pin);
        kiosk.type(menuKey);
        assertTrue(kiosk.text().contains("Record attendance: choose the group"), kiosk.text());
        kiosk.type("2");                     // Pod A (Leads comes first by name)
        assertTrue(kiosk.text().contains("Date (YYYY-MM-DD):     " + LocalDate.now()), kiosk.text());
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Facilitator (ext/int): internal"), kiosk.text());
        kiosk.key(KeyType.Enter);
        kiosk.type("Pat Facil");
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);            // the group's usual length
    }

    private Map<String, String> stored() {
        return kiosk.store.dsl().select(MEMBER.NAME, ATTENDANCE.STATUS, ATTENDANCE.REASON).from(ATTENDANCE).join(MEMBER)
                .on(MEMBER.ID.eq(ATTENDANCE.MEMBER_ID)).fetchMap(r -> r.value1(),
                        r -> r.value2() + (r.value3() == null ? "" : "/" + r.value3()));
    }

    @Test
    void marksLeftUnsavedWhenTheScreenTimesOutComeBackForTheSameGroupAndDate() {
        toChecklist(KioskHarness.FACILITATOR_PIN, "1");
        kiosk.type("p");
        kiosk.key(KeyType.ArrowDown);
        kiosk.type("p");
        assertTrue(kiosk.text().contains("2 present, 0 apologies, 0 absent, 1 to mark"), kiosk.text());
        kiosk.after(90_000);
        assertTrue(kiosk.text().contains("Still there? These staff screens close in 30 seconds"), kiosk.text());
        kiosk.after(30_000);
        assertTrue(kiosk.text().contains("Press Enter to begin."), kiosk.text());
        assertFalse(kiosk.text().contains("Alex Demo"), "no name left on the participants' screen");
        assertEquals(Map.of(), stored());

        kiosk.after(KioskApp.AFTER_WIPE_MILLIS);   // keys straight after the wipe are dropped
        kiosk.enterStaff(KioskHarness.FACILITATOR_PIN);
        kiosk.type("1");
        kiosk.type("2");                     // Pod A again, today again
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("were kept, not yet saved"), kiosk.text());
        assertTrue(kiosk.text().contains("Facilitator's name:    Pat Facil"), kiosk.text());
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("2 present, 0 apologies, 0 absent, 1 to mark"), kiosk.text());
        kiosk.key(KeyType.ArrowDown);
        kiosk.key(KeyType.ArrowDown);
        kiosk.type("p");
        kiosk.type("s");
        assertEquals(Map.of("Alex Demo", "present", "Bo Demo", "present", "Cy Demo", "present"), stored());
    }

    @Test
    void aDraftIsOnlyForItsOwnGroup() {
        toChecklist(KioskHarness.FACILITATOR_PIN, "1");
        kiosk.type("p");
        kiosk.after(90_000);
        kiosk.after(30_000);
        kiosk.after(KioskApp.AFTER_WIPE_MILLIS);
        kiosk.enterStaff(KioskHarness.FACILITATOR_PIN);
        kiosk.type("1");
        kiosk.type("1");                     // Leads, not Pod A
        kiosk.key(KeyType.Enter);
        assertFalse(kiosk.text().contains("were kept"), kiosk.text());
    }

    @Test
    void aRegisterBeforeTheRosterBeganSaysWhyItIsEmptyAndNamesAnExistingMemberAdded() {
        kiosk.enterStaff(KioskHarness.FACILITATOR_PIN);
        kiosk.type("1");
        kiosk.type("2");                     // Pod A, whose roster was imported on 2026-01-01
        kiosk.line("01/12/2025");            // a session before it, written the UK way
        kiosk.key(KeyType.Enter);
        kiosk.type("Pat Facil");
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Register of Pod A, 2025-12-01"), kiosk.text());
        assertTrue(kiosk.text().contains("Nobody listed: Pod A's roster begins 2026-01-01; add who came with N or V."),
                kiosk.text());
        kiosk.type("s");
        assertTrue(kiosk.text().contains("Please add the people who came (N or V): the register has nobody on it."),
                kiosk.text());
        kiosk.type("n");                     // Alex, already a member, from 2026-01-01
        kiosk.line("Alex Demo");
        kiosk.line("5");
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Alex Demo is a member from 2026-01-01; saving makes it from 2025-12-01."),
                kiosk.text());
    }

    /** Issue 32, defect 5 (the register's forms) and the friction of a date that does not exist. */
    @Test
    void theDetailsFormMarksEveryWrongFieldAndADateThatDoesNotExistIsSaidToBeSo() {
        kiosk.enterStaff(KioskHarness.FACILITATOR_PIN);
        kiosk.type("1");
        kiosk.type("2");
        for (int i = 0; i < 12; i++) kiosk.key(KeyType.Backspace);
        kiosk.line("31/02/2026");
        assertTrue(kiosk.text().contains("31/02/2026 is not a day that exists"), kiosk.text());
        kiosk.line(LocalDate.now().toString());   // typing replaces the wrong date
        assertTrue(kiosk.text().contains("Facilitator (ext/int):"), kiosk.text());
        for (int i = 0; i < 10; i++) kiosk.key(KeyType.Backspace);
        kiosk.line("x");
        kiosk.key(KeyType.Enter);            // no name
        for (int i = 0; i < 5; i++) kiosk.key(KeyType.Backspace);
        kiosk.line("0");
        String shown = kiosk.text();
        assertTrue(shown.contains("Please correct the 3 fields marked below."), shown);
        assertTrue(shown.contains("^ ext or int"), shown);
        assertTrue(shown.contains("^ write the facilitator's name"), shown);
        assertTrue(shown.contains("^ a session lasts 1 to"), shown);
        assertTrue(shown.contains("> Facilitator (ext/int):"), shown);
        kiosk.line("int");
        kiosk.line("Pat Facil");
        kiosk.line("90");
        assertTrue(kiosk.text().contains("Alex Demo"), "on to the checklist: " + kiosk.text());
    }

    /** Issue 32, defect 3: A then Enter once recorded "Workload", a reason nobody chose. */
    @Test
    void theReasonListChoosesNothingForTheFacilitator() {
        toChecklist(KioskHarness.FACILITATOR_PIN, "1");
        kiosk.type("a");
        assertTrue(kiosk.text().contains("Reason for apologies: Alex Demo"), kiosk.text());
        assertFalse(kiosk.text().contains("> 1  Workload"), "nothing highlighted: " + kiosk.text());
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Reason for apologies: Alex Demo"), "still asking: " + kiosk.text());
        assertTrue(kiosk.text().contains("none is chosen for you"), kiosk.text());
        kiosk.key(KeyType.ArrowUp);          // from nothing, Up takes the last
        kiosk.key(KeyType.ArrowUp);
        kiosk.key(KeyType.Enter);
        kiosk.type("r");
        kiosk.type("s");
        assertEquals("apologies/training", stored().get("Alex Demo"));
    }

    @Test
    void escInTheReasonListLeavesTheEntryAsItWasOldReasonAndAll() {
        toChecklist(KioskHarness.FACILITATOR_PIN, "1");
        kiosk.type("a");
        kiosk.type("1");                     // apologies: workload
        assertTrue(kiosk.text().contains("0 present, 1 apologies, 0 absent"), kiosk.text());
        kiosk.type("x");                     // changed to absent: the reason list opens
        assertTrue(kiosk.text().contains("Reason for absent: Alex Demo"), kiosk.text());
        kiosk.key(KeyType.Escape);           // changed their mind
        assertTrue(kiosk.text().contains("0 present, 1 apologies, 0 absent"), "the mark is as before: " + kiosk.text());
        assertTrue(kiosk.text().contains("Not changed: Alex Demo keeps the mark and reason they had."), kiosk.text());
        kiosk.type("r");                     // the rest present
        kiosk.type("s");
        assertEquals("apologies/workload", stored().get("Alex Demo"), "the old reason kept, not lost");

    }

    @Test
    void aFacilitatorMarksEveryoneAddsAVisitorAndSaves() {
        toChecklist(KioskHarness.FACILITATOR_PIN, "1");
        String list = kiosk.text();
        assertTrue(list.contains("Alex Demo"), list);
        assertTrue(list.contains("0 present, 0 apologies, 0 absent, 3 to mark"), list);
        assertTrue(list.lines().allMatch(l -> l.length() <= 80));
        kiosk.type("p");
        kiosk.key(KeyType.ArrowDown);
        kiosk.type("a");
        assertTrue(kiosk.text().contains("Reason for apologies: Bo Demo"), kiosk.text());
        kiosk.type("2");                     // emotional load
        kiosk.key(KeyType.ArrowDown);
        kiosk.type("x");
        kiosk.type("5");                     // other: a few words
        kiosk.type("car broke down");
        kiosk.key(KeyType.Enter);
        kiosk.type("v");
        kiosk.type("Vi Visitor");
        kiosk.key(KeyType.Enter);
        kiosk.type("5");                     // social worker
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        kiosk.type("s");
        assertTrue(kiosk.text().contains("Please mark Vi Visitor"), kiosk.text());
        kiosk.type("r");
        kiosk.type("s");
        assertTrue(kiosk.text().contains("Saved: 2 present, 1 apologies, 1 absent."), kiosk.text());
        assertEquals(Map.of("Alex Demo", "present", "Bo Demo", "apologies/emotional_load", "Cy Demo", "absent/other",
                "Vi Visitor", "present"), stored());
        assertEquals("car broke down", kiosk.store.dsl().fetchValue(ATTENDANCE.REASON_NOTE, ATTENDANCE.REASON.eq("other")));
        assertEquals("Pat Facil", kiosk.store.dsl().fetchValue(GROUP_SESSION.FACILITATOR_NAME));
        kiosk.type("x");
        assertTrue(kiosk.text().contains("1  Record attendance"), kiosk.text());
    }

    @Test
    void theSameGroupAndDateOpensTheSessionForCorrection() {
        toChecklist(KioskHarness.EVALUATOR_PIN, "5");
        kiosk.type("r");
        kiosk.type("s");
        kiosk.type("x");
        kiosk.type("5");
        kiosk.type("2");
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("(correcting)"), kiosk.text());
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Pat Facil"), "the recorded facilitator comes back");
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.End);
        kiosk.type("x");
        kiosk.type("3");                     // leave or sickness
        kiosk.type("s");
        assertTrue(kiosk.text().contains("Corrected: 2 present, 0 apologies, 1 absent."), kiosk.text());
        assertEquals(1, kiosk.store.dsl().fetchCount(GROUP_SESSION), "never a second session");
        assertEquals("absent/leave_sickness", stored().get("Cy Demo"));
        assertEquals(1, kiosk.store.audit().count(AttendanceRepository.CORRECTION));
    }

    @Test
    void escAsksBeforeDroppingUnsavedMarksAndAFutureDateIsRefused() {
        kiosk.enterStaff(KioskHarness.FACILITATOR_PIN);
        kiosk.type("1");
        kiosk.type("2");
        for (int i = 0; i < 10; i++) kiosk.key(KeyType.Backspace);
        kiosk.type(LocalDate.now().plusDays(3).toString());
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("is still to come"), kiosk.text());
        for (int i = 0; i < 10; i++) kiosk.key(KeyType.Backspace);
        kiosk.type(LocalDate.now().toString());
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        kiosk.type("Pat");
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        kiosk.type("p");
        kiosk.key(KeyType.Escape);
        assertTrue(kiosk.text().contains("Esc again leaves without saving"), kiosk.text());
        kiosk.key(KeyType.Escape);
        assertTrue(kiosk.text().contains("Staff menu"), kiosk.text());
        assertEquals(0, kiosk.store.dsl().fetchCount(GROUP_SESSION));
        assertFalse(kiosk.text().contains("Alex Demo"));
    }

    @Test
    void theChecklistMatchesItsSnapshot() throws Exception {
        kiosk.enterStaff(KioskHarness.FACILITATOR_PIN);
        kiosk.type("1");
        kiosk.key(KeyType.ArrowDown);
        kiosk.key(KeyType.Enter);
        for (int i = 0; i < 10; i++) kiosk.key(KeyType.Backspace);
        kiosk.type("2026-02-03");
        kiosk.key(KeyType.Enter);
        for (int i = 0; i < 8; i++) kiosk.key(KeyType.Backspace);
        kiosk.type("e");                     // external this time, not the group's usual
        kiosk.key(KeyType.Enter);
        kiosk.type("Pat Facil");
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Backspace);
        kiosk.key(KeyType.Backspace);
        kiosk.type("60");
        kiosk.key(KeyType.Enter);
        kiosk.type("p");
        kiosk.key(KeyType.ArrowDown);
        kiosk.type("a");
        kiosk.key(KeyType.ArrowDown);        // the first reason highlighted: none was before
        kiosk.key(KeyType.ArrowDown);
        kiosk.key(KeyType.ArrowDown);
        kiosk.key(KeyType.Enter);            // the third reason, by arrows
        kiosk.assertSnapshot("register");
    }
}
