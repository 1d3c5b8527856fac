package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.ReportFixture;

/** The evaluator's export and report screens, and the staff idle timeout, on the virtual terminal. */
class StaffScreensTest {
    @TempDir Path dir;
    KioskHarness kiosk;

    @BeforeEach
    void open() throws Exception {
        kiosk = KioskHarness.ready(dir);
        kiosk.responses(4, 3);
        kiosk.enterStaff(KioskHarness.EVALUATOR_PIN);
    }

    @AfterEach
    void close() throws Exception {
        kiosk.close();
    }

    @Test
    void theReportShowsTheOpenWavesReturnsAndScrolls() {
        kiosk.type("1");
        String top = kiosk.text();
        assertTrue(top.contains("Open wave y1 (+1 year): 3 submitted of 210 invited, response rate 1%"), top);
        assertTrue(top.contains("1 in progress now · 0 abandoned"), top);
        assertTrue(top.contains("RPG outcome report"), top);
        assertTrue(top.contains("lines 1-18 of"), top);
        assertTrue(top.lines().allMatch(l -> l.length() <= 80));
        kiosk.key(KeyType.PageDown);
        String next = kiosk.text();
        assertTrue(next.contains("lines 19-"), next);
        assertFalse(next.contains("RPG outcome report"), next);
        assertTrue(next.contains("Open wave y1"), "the returns stay at the top");
        kiosk.key(KeyType.End);
        kiosk.key(KeyType.Home);
        assertTrue(kiosk.text().contains("lines 1-18 of"), kiosk.text());
        kiosk.key(KeyType.Escape);
        assertTrue(kiosk.text().contains("Staff menu"), kiosk.text());
    }

    @Test
    void theReportScreenNamesNobodyOnEveryPage() {
        ReportFixture f = new ReportFixture(kiosk.store);
        var dsl = kiosk.store.dsl();
        dsl.update(WAVE).set(WAVE.LABEL, "+1 year (Grace Okafor-Smith pilot)").execute();   // stored before refusals
        int grace = f.member("Grace Okafor-Smith", "social_worker");
        int team = f.group("Team Okafor-Smith", "internal");
        int session = f.session(team, LocalDate.of(2024, 3, 5), "internal");
        f.attendance(session, grace, "present", null);
        for (int i = 0; i < 6; i++) f.attendance(session, f.member("Worker " + i, "social_worker"), "present", null);
        kiosk.type("1");
        StringBuilder seen = new StringBuilder(kiosk.text());
        for (int page = 0; page < 40 && !kiosk.text().matches("(?s).*lines \\d+-(\\d+) of \\1\\b.*"); page++) {
            kiosk.key(KeyType.PageDown);
            seen.append(kiosk.text());
        }
        String all = seen.toString();
        assertTrue(all.contains("Open wave y1 (+1 year ([name] pilot))"), all);
        assertTrue(all.contains("Team [name] (g_"), "the group is in the report, renamed: " + all);
        assertFalse(all.contains("Okafor") || all.contains("Smith") || all.contains("Grace"), all);
    }

    @Test
    void anExportIsWrittenAndARefusalIsShownWithoutLeavingTheScreen() throws Exception {
        Path out = dir.resolve("out");
        kiosk.type("6");
        assertTrue(kiosk.text().contains("Output folder:         " + dir.resolve("exports").resolve("export-")), kiosk.text());
        java.util.List<String> frames = new java.util.ArrayList<>();
        kiosk.terminal.addVirtualTerminalListener(new com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener() {
            @Override public void onFlush() {
                frames.add(KioskHarness.text(kiosk.terminal));
            }
            @Override public void onBell() {}
            @Override public void onClose() {}
            @Override public void onResized(com.googlecode.lanterna.terminal.Terminal t, com.googlecode.lanterna.TerminalSize s) {}
        });
        exportTo(out);
        // The seconds an export takes are spent under a frame that says so, not on the frozen form.
        int working = frames.size() - 2;
        assertTrue(working >= 0 && frames.get(working).contains("Exporting to " + out + "..."), String.join("\n----\n", frames));
        String done = kiosk.text();
        assertTrue(done.contains("Exported to " + out), done);
        assertTrue(done.contains("answers.csv"), done);
        // Issue 32: 3 submitted in the open wave, under k = 5: the empty answers.csv says why.
        assertTrue(done.replaceAll("\\s+", " ").contains("No answers in it: no wave has yet released 5 or more submitted"
                + " responses"), done);
        assertFalse(done.contains("..."), "nothing cut: " + done);
        assertTrue(Files.exists(out.resolve("manifest.txt")));
        assertTrue(Files.exists(out.resolve("export.xlsx")), "the workbook by default at the kiosk");
        assertTrue(done.contains("export.xlsx"), done);
        kiosk.type("x");
        kiosk.type("6");
        exportTo(out);
        assertTrue(kiosk.text().contains("^ this folder is not empty; export into a new or empty folder"), kiosk.text());
        assertTrue(kiosk.text().contains("Export anonymised data"), kiosk.text());
        kiosk.key(KeyType.Escape);
        assertTrue(kiosk.text().contains("Staff menu"), kiosk.text());
        assertEquals(1, kiosk.store.audit().count("export"));
    }

    private void exportTo(Path out) {
        for (int i = 0; i < 300; i++) kiosk.key(KeyType.Backspace);
        kiosk.type(out.toString());
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);   // the research profile
        kiosk.key(KeyType.Enter);   // and the workbook, yes
    }

    @Test
    void aStaffScreenLeftIdleWarnsThenReturnsToTheWelcome() {
        kiosk.type("1");
        kiosk.after(89_000);
        assertTrue(kiosk.text().contains("Returns and report"), kiosk.text());
        kiosk.key(KeyType.PageDown);
        kiosk.after(89_000);
        assertTrue(kiosk.text().contains("Returns and report"), "a key restarts the wait");
        assertFalse(kiosk.text().contains("Still there?"));
        kiosk.after(1_000);
        assertTrue(kiosk.text().contains("Still there? These staff screens close in 30 seconds. Press any key to stay."),
                kiosk.text());
        assertTrue(kiosk.text().contains("Returns and report"), "still on the staff screen");
        kiosk.after(29_000);
        assertTrue(kiosk.text().contains("close in 1 second."), kiosk.text());
        kiosk.after(1_000);
        assertTrue(kiosk.text().contains("Press Enter to begin."), kiosk.text());
        assertEquals(1, kiosk.store.audit().count("staff.idle"));
        kiosk.after(KioskApp.AFTER_WIPE_MILLIS);
        kiosk.key(KeyType.F12);
        assertTrue(kiosk.text().contains("Staff entrance"), "the PIN is asked again");
    }

    @Test
    void aKeyAtTheStaffWarningOnlyAnswersIt() {
        kiosk.after(90_000);
        assertTrue(kiosk.text().contains("Still there?"), kiosk.text());
        kiosk.type("9");                     // would ask to close the kiosk
        assertFalse(kiosk.text().contains("Still there?"), kiosk.text());
        assertFalse(kiosk.text().contains("Close the kiosk program?"), "the key answered the warning, nothing else");
        assertTrue(kiosk.text().contains("Staff menu"), kiosk.text());
        kiosk.after(89_000);
        assertTrue(kiosk.text().contains("Staff menu"), "the wait began again");
    }

    @Test
    void keysStraightAfterAStaffTimeOutBeginNothing() {
        int responses = kiosk.store.dsl().fetchCount(RESPONSE);
        kiosk.after(90_000);
        kiosk.after(30_000);
        assertTrue(kiosk.text().contains("Press Enter to begin."), kiosk.text());
        // The staff member comes back typing: three Enters used to begin, consent and choose a role.
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Press Enter to begin."), kiosk.text());
        assertEquals(responses, kiosk.store.dsl().fetchCount(RESPONSE), "no spurious response");
        kiosk.after(KioskApp.AFTER_WIPE_MILLIS);
        kiosk.key(KeyType.Enter);
        assertTrue(kiosk.text().contains("Information and consent"), "a moment later the welcome answers again");
    }

    @Test
    void aBackupAsksForItsPassphraseTwiceAndIsSealedWithIt() throws Exception {
        kiosk.type("4");
        assertTrue(kiosk.text().contains("Back up the database"), kiosk.text());
        kiosk.line("too short");
        kiosk.line("too short");
        assertTrue(kiosk.text().contains("Not backed up: a backup passphrase has at least 10 characters"), kiosk.text());
        kiosk.line("Snowdon at dawn");
        kiosk.line("Snowdon at dusk");
        assertTrue(kiosk.text().contains("the two passphrases differ"), kiosk.text());
        assertFalse(kiosk.text().contains("Snowdon"), "the passphrase is never shown");
        kiosk.line("Snowdon at dawn");
        kiosk.line("Snowdon at dawn");
        String menu = kiosk.text();
        assertTrue(menu.contains("Staff menu") && menu.contains("Backed up to"), menu);
        Path backups = dir.resolve("backups");
        Path file;
        try (var files = Files.list(backups)) {
            file = files.filter(f -> f.getFileName().toString().endsWith(".kbak")).findFirst().orElseThrow();
        }
        assertTrue(org.rpgkiosk.backup.Sealed.isSealed(Files.readAllBytes(file)));
        assertTrue(org.rpgkiosk.backup.Sealed.open(Files.readAllBytes(file), "Snowdon at dawn".toCharArray()).length > 0);
        // Issue 32: the message with its path is wrapped under the menu, whole, not cut with "...".
        String joined = menu.lines().map(String::strip).collect(java.util.stream.Collectors.joining(" "));
        assertTrue(joined.contains("Keep the passphrase apart from the file: without it, it cannot be read."), menu);
        assertTrue(joined.replace(" ", "").contains(file.getFileName().toString()), "the file's whole name: " + menu);
        assertFalse(menu.contains("…") || menu.contains("..."), menu);
    }

    @Test
    void closingAWaveCompactsTheDatabaseAndTheKioskGoesOn() {
        kiosk.type("2");
        assertTrue(kiosk.text().contains("Close wave y1?"), kiosk.text());
        kiosk.type("y");
        assertTrue(kiosk.text().contains("Wave y1 is closed.") && kiosk.text().contains("Open a wave"), kiosk.text());
        kiosk.type("1");
        assertTrue(kiosk.text().contains("RPG outcome report"), "the store answers after compacting: " + kiosk.text());
    }
}
