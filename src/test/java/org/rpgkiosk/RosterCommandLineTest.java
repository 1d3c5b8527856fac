package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roster import / roster list / group list as staff run them. */
class RosterCommandLineTest {
    static final String HEADER = "group,name,role,part_time,level,facilitator_kind\n";

    @TempDir Path dir;

    private Run run(String... args) {
        return Run.in(dir, args);
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aRosterNeedsAQuestionnaireForItsRoles() throws Exception {
        Run r = run("roster", "import", csv("r.csv", HEADER + "Pod A,Alex,social_worker,no,social workers,internal\n").toString());
        assertEquals(2, r.code());
        assertEquals("error: the roster's job roles come from the questionnaire, and none is loaded yet: "
                + "./run.sh questionnaire load db/questionnaires/rpg-outcomes.txt\n", r.err());
    }

    @Test
    void importListAndReimport() throws Exception {
        assertEquals(0, run("questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Path file = csv("roster.csv", HEADER
                + "Pod A,Alex Demo,social_worker,no,social workers,internal\n"
                + "Pod A,Bo Demo,senior_social_worker,yes,social workers,internal\n"
                + "Leads,Sam Demo,lead_practitioner,no,lead practitioners,external\n");
        Run first = run("roster", "import", file.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("Imported roster.csv: 2 groups (2 new, 0 changed), 3 members (3 new, 0 changed); "
                + "3 joined a group, 0 left one.\n", first.out());
        assertEquals("Unchanged: the 2 groups and 3 members of roster.csv are already held.\n",
                run("roster", "import", file.toString()).out());

        String today = LocalDate.now().toString();
        assertEquals(String.join("\n",
                "GROUP  NAME       ROLE                  PART TIME  SINCE",
                "Pod A  Alex Demo  social_worker         no         " + today,
                "Pod A  Bo Demo    senior_social_worker  yes        " + today, ""),
                run("roster", "list", "--group", "Pod A").out());
        Run groups = run("group", "list");
        assertEquals(0, groups.code());
        assertEquals(String.join("\n",
                "GROUP  LEVEL               FACILITATOR  MINUTES  MEMBERS  SESSIONS  LAST SESSION",
                "Leads  lead practitioners  external     120      1        0         -",
                "Pod A  social workers      internal     75       2        0         -", ""), groups.out());

        Run left = run("roster", "import", csv("pod.csv", HEADER
                + "Pod A,Alex Demo,social_worker,no,social workers,internal\n").toString());
        assertEquals("Imported pod.csv: 1 groups (0 new, 0 changed), 1 members (0 new, 0 changed); 0 joined a group, 1 left one.\n"
                + "Not in this file, so left as they are: Leads.\n", left.out());
        assertTrue(run("roster", "list", "--all").out().lines()
                .anyMatch(l -> l.matches("Pod A +Bo Demo +senior_social_worker +yes +" + today + " +" + today + " +member")));
        assertEquals(2, run("roster", "list", "--group", "Nope").code());
    }

    /** Issue 34: group list printed "Pod Hazel (Seddon's old team)" on a shared screen. */
    @Test
    void aGroupNamedAfterAMemberIsListedScrubbedUnlessAskedAsTyped() throws Exception {
        assertEquals(0, run("questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Path file = csv("roster.csv", HEADER
                + "Pod Hazel (Seddon's old team),Ann Seddon,social_worker,no,social workers,internal\n"
                + "Pod Hazel (Seddon's old team),Hazel Quinn,team_manager,no,social workers,internal\n");
        assertEquals(0, run("roster", "import", file.toString()).code());
        String listed = run("group", "list").out();
        assertFalse(listed.contains("Seddon") || listed.contains("Hazel"), listed);
        assertTrue(listed.matches("(?s).*Pod \\[name] \\(\\[name]'s old team\\) \\(g_[0-9a-f]+\\).*"), listed);
        String typed = run("group", "list", "--as-typed").out();
        assertTrue(typed.contains("Pod Hazel (Seddon's old team)"), typed);
        assertEquals(0, run("roster", "list", "--group", "Pod Hazel (Seddon's old team)").code());
    }

    @Test
    void fromGivesTheDayTheMembersBelongFromSoEarlierRegistersListThem() throws Exception {
        assertEquals(0, run("questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Path file = csv("roster.csv", HEADER + "Pod A,Alex Demo,social_worker,no,social workers,internal\n");
        assertEquals(0, run("roster", "import", file.toString()).code());   // today, as a first import was
        String since = LocalDate.now().minusDays(10).toString();
        Run back = run("roster", "import", file.toString(), "--from", LocalDate.now().minusDays(10)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains("1 membership(s) held since later now begin then"), back.out());
        String listed = run("roster", "list", "--group", "Pod A").out();
        assertTrue(listed.lines().anyMatch(l -> l.matches("Pod A +Alex Demo +social_worker +no +" + since)), listed);

        Run bad = run("roster", "import", file.toString(), "--from", "31/02/2026");
        assertEquals(2, bad.code());
        assertEquals("error: --from: 31/02/2026 is not a day that exists: check the day and the month\n", bad.err(),
                "said to be no day, not answered with the formats it was written in");
        Run words = run("roster", "import", file.toString(), "--from", "yesterday");
        assertEquals("error: --from: write the date as YYYY-MM-DD or DD/MM/YYYY, e.g. " + LocalDate.now() + "\n", words.err());
        Run future = run("roster", "import", file.toString(), "--from", LocalDate.now().plusDays(1).toString());
        assertEquals(2, future.code());
        assertTrue(future.err().contains("is still to come"), future.err());
    }

    @Test
    void aBadFileIsRefusedByLineAndNothingIsImported() throws Exception {
        run("questionnaire", "load", "db/questionnaires/rpg-outcomes.txt");
        Path bad = csv("bad.csv", HEADER
                + "Pod A,Alex Demo,social_worker,no,social workers,internal\n"
                + "Pod A,Bo Demo,janitor,no,social workers,internal\n");
        Run r = run("roster", "import", bad.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + bad + ":3: role 'janitor' is not one of the questionnaire's roles: senior_manager, "
                + "team_manager, lead_practitioner, senior_social_worker, social_worker, other (a code or its label)\n", r.err());
        assertEquals("No groups yet. Import a roster with:  ./run.sh roster import FILE.csv\n", run("group", "list").out());
        assertEquals("No members yet. Import a roster with:  ./run.sh roster import FILE.csv\n", run("roster", "list").out());
        assertEquals(2, run("roster", "import", dir.resolve("missing.csv").toString()).code());
        assertEquals(2, run("roster", "import").code());
    }

    /** Issue 32, defect 6: past the 20 shown, every problem is written to a file the message names. */
    @Test
    void everyProblemOfALongFileIsInAFileTheMessageNames() throws Exception {
        run("questionnaire", "load", "db/questionnaires/rpg-outcomes.txt");
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) text.append("Pod A,P").append(i).append(",janitor,no,social workers,internal\n");
        Path bad = csv("long.csv", text.toString());
        Run r = run("roster", "import", bad.toString());
        assertEquals(2, r.code());
        java.util.List<String> lines = r.err().lines().toList();
        assertEquals(22, lines.size(), r.err());
        String last = lines.get(21);
        assertTrue(last.startsWith("Every problem (30) is listed in "), last);
        Path listed = Path.of(last.replaceFirst("^Every problem \\(30\\) is listed in ", "").replaceFirst("\\.$", ""));
        java.util.List<String> all = java.nio.file.Files.readAllLines(listed);
        assertEquals(30, all.size());
        assertTrue(all.get(29).startsWith(bad + ":31: role 'janitor'"), all.get(29));
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                java.nio.file.Files.getPosixFilePermissions(listed), "it quotes names: owner-only");
        assertEquals("No groups yet. Import a roster with:  ./run.sh roster import FILE.csv\n", run("group", "list").out());
    }
}
