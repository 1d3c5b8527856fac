package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/**
 * The real ./run.sh under tmux, typed at as a person would, then the database read back.
 * Needs tmux (Debian: apt-get install tmux; .ci/run installs it).
 */
class KioskEndToEndIT {
    static final Path RUN_SH = Path.of("run.sh").toAbsolutePath();
    @TempDir Path data;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed: apt-get install tmux to run the end-to-end tests");
        run("questionnaire", "load", "db/questionnaires/rpg-outcomes.txt");
        run("wave", "open", "--accept-placeholders", "y1", "--label", "+1 year", "--invited", "210");
        ProcessBuilder pin = command("pin", "set", "evaluator");
        Process p = pin.start();
        p.getOutputStream().write("2468\n".getBytes());
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
    }

    private ProcessBuilder command(String... args) {
        var all = new java.util.ArrayList<String>(java.util.List.of(RUN_SH.toString(), "--data-dir", data.toString()));
        all.addAll(java.util.List.of(args));
        return new ProcessBuilder(all).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    private void run(String... args) throws Exception {
        Process p = command(args).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", args));
    }

    /** Started as people start it, plain ./run.sh: the starting frame is drawn before the command line is parsed. */
    private Tmux kiosk(String name) throws Exception {
        return kiosk(name, plainStart());
    }

    /** The data directory from the environment, as run.sh passes it, and no argument: the early path. */
    private String plainStart() {
        return "KIOSK_DATA_DIR=" + data + " " + RUN_SH;
    }

    /** With an option, so picocli parses first and the kiosk command creates the terminal. */
    private String withOptions() {
        return RUN_SH + " --data-dir " + data;
    }

    private Tmux kiosk(String name, String command) throws Exception {
        // The pane outlives the program, so what it leaves on the terminal can be read.
        return new Tmux(name + "-" + ProcessHandle.current().pid(),
                command + "; echo KIOSK-EXITED $?" + SHOW_MODES + "; sleep 600");
    }

    /** After the kiosk: the terminal modes it turns off, as the shell has them now. */
    private static final String SHOW_MODES = "; stty -a | grep -ow -- '-\\?isig\\|-\\?icanon\\|-\\?echo'";

    /** Off the private screen, and Ctrl-C, line editing and echo back on for whoever uses the terminal next. */
    private static void assertTerminalRestored(Tmux t, String exited) throws Exception {
        String screen = t.waitFor(exited);
        assertFalse(t.onPrivateScreen(), screen);
        String modes = t.waitFor("echo");
        assertEquals("isig icanon echo", modes.substring(modes.indexOf(exited) + exited.length()).strip()
                .replaceAll("\\s+", " "), "the terminal's modes:\n" + modes);
    }

    private Map<String, Short> storedPoints(Store store) {
        return store.dsl().select(ITEM.CODE, ANSWER.POINTS).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                .where(ITEM.KIND.eq("agreement")).fetchMap(ITEM.CODE, ANSWER.POINTS);
    }

    @Test
    void aPersonCompletesTheSurveyAndTheNextSeesNothingOfIt() throws Exception {
        try (Tmux t = kiosk("complete")) {
            t.waitFor("Press Enter to begin.");
            t.keys("Enter");
            t.waitFor("Information and consent");
            t.keys("y");
            t.waitFor("Which best describes your job role?");
            t.keys("3");
            t.waitFor("Statement 1 of 8");
            t.keys("4");
            t.waitFor("Statement 2 of 8");
            t.keys("s");                                  // skip
            t.waitFor("Statement 3 of 8");
            t.keys("Left");                               // back to the skipped one
            t.waitFor("Statement 2 of 8");
            t.keys("2");
            for (char c : "331233441234443".toCharArray()) {
                t.keys(String.valueOf(c));
            }
            t.waitFor("Question 1 of 3");
            t.text("Time to think, diolch ŵ");
            t.keys("Tab");
            t.waitFor("Question 2 of 3");
            t.keys("Tab", "Tab");
            t.waitFor("Check your answers");
            t.keys("PageDown", "PageDown", "PageDown");
            t.waitFor("> [ Submit my answers ]");
            t.keys("Enter");
            t.waitFor("Thank you. Your answers have been saved.");
            String welcome = t.waitFor("Press Enter to begin.");
            assertFalse(welcome.contains("Time to think"));
            closeKiosk(t);
            String history = t.history();
            assertFalse(history.contains("Time to think"), "no answer text in the scroll-back:\n" + history);
            assertFalse(history.contains("Check your answers"), history);
        }
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            var response = store.dsl().selectFrom(RESPONSE).fetchSingle();
            assertEquals("submitted", response.getStatus());
            assertEquals("lead_practitioner", response.getRoleCode());
            Map<String, Short> points = storedPoints(store);
            assertEquals(17, points.size());
            assertEquals((short) 4, points.get("skills_reflect"));
            assertEquals((short) 2, points.get("skills_perspectives"), "changed after going back");
            assertEquals((short) 3, points.get("rel_system"));
            String text = store.dsl().select(ANSWER.ANSWER_TEXT).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                    .where(ITEM.CODE.eq("open_helpful")).fetchOne(ANSWER.ANSWER_TEXT);
            assertEquals("Time to think, diolch ŵ", text);
        }
    }

    @Test
    void killedHalfWayEveryGivenAnswerIsKeptAndTheDatabaseOpens() throws Exception {
        try (Tmux t = kiosk("killed")) {
            t.waitFor("Press Enter to begin.");
            t.keys("Enter");
            t.waitFor("Information and consent");
            t.keys("y");
            t.waitFor("Which best describes your job role?");
            t.keys("5");
            t.waitFor("Statement 1 of 8");
            for (char c : "43214".toCharArray()) {
                t.keys(String.valueOf(c));
            }
            t.waitFor("Statement 6 of 8");
            ProcessHandle java = ProcessHandle.of(Long.parseLong(t.panePid())).orElseThrow();
            ProcessHandle target = java.info().command().orElse("").endsWith("java") ? java
                    : java.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().orElseThrow();
            Runtime.getRuntime().exec(new String[] {"kill", "-9", String.valueOf(target.pid())}).waitFor();
            assertTrue(target.onExit().get(30, TimeUnit.SECONDS) != null);
        }
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            assertEquals("in_progress", store.dsl().fetchValue(RESPONSE.STATUS));
            assertEquals("social_worker", store.dsl().fetchValue(RESPONSE.ROLE_CODE));
            assertEquals(Map.of("skills_reflect", (short) 4, "skills_perspectives", (short) 3,
                    "skills_emotional_impact", (short) 2, "skills_identity", (short) 1,
                    "skills_interventions", (short) 4), storedPoints(store));
        }
    }

    @Test
    void anEvaluatorRecordsASessionsAttendance() throws Exception {
        Path roster = data.resolve("roster.csv");
        java.nio.file.Files.writeString(roster, "group,name,role,part_time,level,facilitator_kind\n"
                + "Pod A,Alex Demo,social_worker,no,social workers,internal\n"
                + "Pod A,Bo Demo,senior_social_worker,yes,social workers,internal\n");
        run("roster", "import", roster.toString());
        try (Tmux t = kiosk("register", withOptions())) {
            t.waitFor("Press Enter to begin.");
            t.keys("F12");
            t.waitFor("Staff entrance");
            t.text("2468");
            t.keys("Enter");
            t.waitFor("5  Record attendance");
            t.keys("5");
            t.waitFor("Record attendance: choose the group");
            t.keys("1");
            t.waitFor("Date (YYYY-MM-DD)");
            t.keys("Enter", "Enter");
            t.text("Pat Facil");
            t.keys("Enter", "Enter");
            t.waitFor("0 present, 0 apologies, 0 absent, 2 to mark");
            t.keys("Down", "x");
            t.waitFor("Reason for absent: Bo Demo");
            t.keys("Enter");                              // issue 32: nothing is chosen for the facilitator
            t.waitFor("none is chosen for you");
            t.keys("1");
            t.keys("r", "s");
            t.waitFor("Saved: 1 present, 0 apologies, 1 absent.");
            t.keys("Escape", "Escape");
            t.waitFor("Press Enter to begin.");
            closeKiosk(t);
        }
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            assertEquals(java.util.List.of("absent", "present"),
                    store.dsl().select(ATTENDANCE.STATUS).from(ATTENDANCE).orderBy(ATTENDANCE.STATUS).fetch(ATTENDANCE.STATUS));
        }
    }

    /**
     * Issue 32, defect 1, as reported: a wave closed from the staff menu under a participant part
     * way through ends their screen when the menu is left; what they type after is taken by
     * nothing, and no screen thanks them for saved answers.
     */
    @Test
    void aWaveClosedUnderAParticipantEndsTheirScreenAndTakesNothingMore() throws Exception {
        try (Tmux t = kiosk("closed", withOptions())) {
            t.waitFor("Press Enter to begin.");
            t.keys("Enter");
            t.waitFor("Information and consent");
            t.keys("y");
            t.waitFor("Which best describes your job role?");
            t.keys("5");
            t.waitFor("Statement 1 of 8");
            t.keys("3");
            t.waitFor("Statement 2 of 8");
            t.keys("4");
            t.waitFor("Statement 3 of 8");
            t.keys("F12");
            t.waitFor("Staff entrance");
            t.text("2468");
            t.keys("Enter");
            t.waitFor("2  Close wave");
            t.keys("2");
            t.waitFor("1 response is in progress");
            t.keys("y");
            t.waitFor("Wave y1 is closed.");
            t.keys("Escape");
            String ended = t.waitFor("This survey has been closed, so no more answers can be taken.");
            assertFalse(ended.contains("saved") || ended.contains("Statement"), ended);
            t.keys("4", "4", "3", "Enter");
            String still = t.screen();
            assertTrue(still.contains("This survey has been closed") || still.contains("No survey is open"), still);
            assertFalse(still.contains("Thank you. Your answers have been saved."), still);
            t.waitFor("No survey is open at the moment.");   // the welcome, after the notice's 20 s
            closeKiosk(t);
        }
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            assertEquals("abandoned", store.dsl().fetchValue(RESPONSE.STATUS));
            assertEquals(Map.of("skills_reflect", (short) 3, "skills_perspectives", (short) 4), storedPoints(store),
                    "the two given before the close, nothing after");
            assertEquals(1, store.audit().count("response.ended"));
        }
    }

    @Test
    void aDatabaseInUseEndsWithTheTerminalRestoredAndOneLineSayingSo() throws Exception {
        Path err = data.resolve("stderr.txt");
        // The starting frame is up before the database is tried; the fault must still take it away.
        for (String start : java.util.List.of(plainStart(), withOptions())) {
            try (Store held = Store.open(DatabaseUrl.defaultFor(data));
                 Tmux t = kiosk("inuse", start + " 2>" + err)) {
                assertTerminalRestored(t, "KIOSK-EXITED 2");
                assertFalse(t.screen().contains("getting the kiosk ready"), start + "\n" + t.screen());
                String said = java.nio.file.Files.readString(err);
                assertTrue(said.startsWith("error: the database ") && said.endsWith(
                        " is in use by another program (is a kiosk or another command already running on it?)\n"),
                        start + "\n" + said);
                assertEquals(1, said.lines().count(), said);
            }
        }
    }

    /**
     * Issue 18, as a new user met it: keys typed while the window is too small act on nothing, and a
     * staff screen left alone warns before it closes, after which a staff member's keys still coming
     * begin no response.
     */
    @Test
    void aTooSmallWindowIgnoresKeysAndAStaffScreenWarnsBeforeItTimesOut() throws Exception {
        try (Tmux t = kiosk("small", withOptions() + " kiosk --idle-seconds 5 --countdown-seconds 3")) {
            t.waitFor("Press Enter to begin.");
            Tmux.tmux("resize-window", "-t", t.session, "-x", "60", "-y", "16");
            t.waitFor("Please enlarge this window");
            t.keys("Enter");
            t.keys("y");
            Tmux.tmux("resize-window", "-t", t.session, "-x", "80", "-y", "24");
            String back = t.waitFor("Press Enter to begin.");
            assertFalse(back.contains("Information and consent"), "the Enter behind the notice began nothing:\n" + back);

            t.keys("F12");
            t.waitFor("Staff entrance");
            t.text("2468");
            t.keys("Enter");
            t.waitFor("9  Close the kiosk");
            t.waitFor("Still there? These staff screens close in");
            t.waitFor("Press Enter to begin.");
            t.keys("Enter", "Enter", "Enter");          // the staff member, typing on
            Thread.sleep(700);                            // the keys' moment: within the 1.5 s they are dropped
            String welcome = t.waitFor("Press Enter to begin.");
            assertFalse(welcome.contains("Information and consent") || welcome.contains("Statement 1"), welcome);
            // F12 again until it is heard (once the 1.5 s drop is over), bounded, then close as usual.
            for (long until = System.currentTimeMillis() + 10_000; !t.screen().contains("Staff entrance")
                    && System.currentTimeMillis() < until; Thread.sleep(200)) {
                t.keys("F12");
            }
            closeKiosk(t);
        }
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            assertEquals(0, store.dsl().fetchCount(RESPONSE), "no response was begun by keys nobody saw land");
        }
    }

    /** The preview (issue 18): the participant's walk, PREVIEW on each screen, nothing in the database after. */
    @Test
    void aPreviewWalksTheQuestionnaireAndStoresNothing() throws Exception {
        try (Tmux t = kiosk("preview", withOptions() + " kiosk --preview")) {
            assertTrue(t.waitFor("Press Enter to begin.").contains("PREVIEW: nothing is stored"));
            t.keys("Enter");
            t.waitFor("Information and consent");
            t.keys("y");
            t.waitFor("Which best describes your job role?");
            t.keys("2");
            assertTrue(t.waitFor("Statement 1 of 8").contains("PREVIEW: nothing is stored"));
            t.keys("4");
            t.waitFor("Statement 2 of 8");
            t.keys("F12");
            assertTerminalRestored(t, "KIOSK-EXITED 0");
        }
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            assertEquals(0, store.dsl().fetchCount(RESPONSE), "a preview stores no response");
            assertEquals(0, store.dsl().fetchCount(ANSWER), "nor any answer");
        }
    }

    /** As an evaluator would, so the database is closed before the test reads it. */
    private static void closeKiosk(Tmux t) throws Exception {
        t.keys("F12");
        t.waitFor("Staff entrance");
        t.text("2468");
        t.keys("Enter");
        t.waitFor("9  Close the kiosk");
        t.keys("9");
        t.waitFor("Close the kiosk program?");
        t.keys("y");
        assertTerminalRestored(t, "KIOSK-EXITED 0");
    }
}
