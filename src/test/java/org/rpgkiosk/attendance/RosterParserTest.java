package org.rpgkiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.attendance.Roster.RosterGroup;
import org.rpgkiosk.attendance.Roster.RosterMember;

class RosterParserTest {
    static final Set<String> ROLES = Set.of("senior_manager", "lead_practitioner", "social_worker", "other");
    static final String HEADER = "group,name,role,part_time,level,facilitator_kind\n";

    private static Roster parse(String text) {
        return RosterParser.parse("r.csv", text, ROLES);
    }

    private static Set<String> names(Roster r) {
        return r.groups().stream().flatMap(g -> g.members().stream()).map(RosterMember::name).collect(Collectors.toSet());
    }

    private static List<String> problemsOf(String text) {
        return assertThrows(UserError.class, () -> parse(text)).getMessage().lines().toList();
    }

    @Test
    void rowsBecomeGroupsWithTheirMembersInFileOrder() {
        Roster r = parse(HEADER
                + "Pod A,Alex Demo,social_worker,no,social workers,internal\n"
                + "Leads,Sam Demo,lead_practitioner,yes,lead practitioners,external\n"
                + "Pod A,  Kim   Demo ,other,NO,social workers,Internal\n");
        assertEquals(List.of(
                new RosterGroup("Pod A", "social workers", FacilitatorKind.INTERNAL, 75, List.of(
                        new RosterMember("Alex Demo", "social_worker", false), new RosterMember("Kim Demo", "other", false))),
                new RosterGroup("Leads", "lead practitioners", FacilitatorKind.EXTERNAL, 120, List.of(
                        new RosterMember("Sam Demo", "lead_practitioner", true)))), r.groups());
        assertEquals(3, names(r).size());
    }

    @Test
    void aSpreadsheetsCsvIsReadAsItIs() throws Exception {
        String text = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "\"Pod B, north\",\"Smith, Jo\",social_worker,yes,social workers,internal\r\n"
                + "\r\n"
                + ",,,,,\r\n"
                + "\" Pod B, north \",\"Lee \"\"Dee\"\" Demo\",social_worker,no,social workers,internal\r\n";
        Roster r = parse(text);
        assertEquals(1, r.groups().size(), r.toString());
        assertEquals("Pod B, north", r.groups().get(0).name());
        assertEquals(List.of(new RosterMember("Smith, Jo", "social_worker", true),
                new RosterMember("Lee \"Dee\" Demo", "social_worker", false)), r.groups().get(0).members());
    }

    @Test
    void theLengthIsAnOptionalColumnWithTheLevelsDefaultWhenEmpty() {
        Roster r = parse("group,name,role,part_time,level,facilitator_kind,usual_minutes\n"
                + "Pod A,Alex,social_worker,no,social workers,internal,90\n"
                + "Leads,Sam,lead_practitioner,no,Lead practitioners,external,\n");
        assertEquals(90, r.groups().get(0).usualMinutes());
        assertEquals(120, r.groups().get(1).usualMinutes());
        assertEquals(List.of("r.csv:2: usual_minutes must be a number of minutes from 1 to 480 or empty, not '0'"),
                problemsOf("group,name,role,part_time,level,facilitator_kind,usual_minutes\n"
                        + "Pod A,Alex,social_worker,no,social workers,internal,0\n"));
    }

    @Test
    void everyBadRowIsNamedByItsLineInOrder() {
        List<String> problems = problemsOf(HEADER
                + "Pod A,Alex,social_worker,no,social workers,internal\n"
                + "Pod A,Bo,janitor,no,social workers,internal\n"
                + "\n"
                + "Pod A,,social_worker,maybe,social workers,inside\n"
                + "Pod A,Cy,social_worker,no\n");
        assertEquals(List.of(
                "r.csv:3: role 'janitor' is not one of the questionnaire's roles: "
                        + String.join(", ", new java.util.TreeSet<>(ROLES)) + " (a code or its label)",
                "r.csv:5: name is empty",
                "r.csv:5: part_time must be yes or no, not 'maybe'",
                "r.csv:5: facilitator_kind must be external or internal, not 'inside'",
                "r.csv:6: expected 6 fields, found 4 (a name with a comma in it must be in double quotes)"), problems);
    }

    @Test
    void rowsOfOneGroupAndOnePersonMustAgree() {
        List<String> problems = problemsOf(HEADER
                + "Pod A,Alex,social_worker,no,social workers,internal\n"
                + "Pod A,Bo,social_worker,no,social workers,external\n"
                + "Pod A,Alex,social_worker,no,social workers,internal\n"
                + "Leads,Alex,lead_practitioner,no,lead practitioners,external\n");
        assertEquals(List.of(
                "r.csv:3: group 'Pod A' is 'social workers', external, 75 minutes here but 'social workers', internal,"
                        + " 75 minutes on 2 of its 3 rows (from line 2); every row of a group must say the same",
                "r.csv:4: 'Alex' is listed in group 'Pod A' twice (also line 2)",
                "r.csv:5: 'Alex' is lead_practitioner, full time here but social_worker, full time on line 2; one name"
                        + " is one person, so if these are two people write their names so they differ"), problems);
    }

    @Test
    void theSamePersonMayBeInTwoGroups() {
        Roster r = parse(HEADER
                + "Leads,Sam,lead_practitioner,no,lead practitioners,external\n"
                + "Pod A,Sam,lead_practitioner,no,social workers,internal\n");
        assertEquals(2, r.groups().size());
        assertEquals(Set.of("Sam"), names(r));
    }

    @Test
    void linesCountAsAnEditorShowsThemEvenWithNewlinesInsideQuotes() {
        List<String> problems = problemsOf(HEADER
                + "Pod A,\"Alex\nDemo\",social_worker,no,social workers,internal\n"
                + "Pod A,Bo,nobody,no,social workers,internal\n");
        assertEquals(1, problems.size());
        assertEquals("r.csv:4: role 'nobody'", problems.get(0).substring(0, "r.csv:4: role 'nobody'".length()));
    }

    @Test
    void aWrongHeaderAnEmptyFileAndUnpairedQuotesAreRefused() {
        assertEquals(List.of("r.csv:1: the first line must be the header group,name,role,part_time,level,facilitator_kind"
                        + " (optionally followed by ,usual_minutes); it is group,name,role"),
                problemsOf("group,name,role\nPod A,Alex,social_worker\n"));
        assertEquals(List.of("r.csv:1: the file is empty: it needs the header group,name,role,part_time,level,facilitator_kind"),
                problemsOf(""));
        assertEquals(List.of("r.csv:2: no rows below the header"), problemsOf(HEADER));
        assertEquals(List.of("r.csv:3: the quotes do not pair up from this line on: a field that starts with \" must end with \""),
                problemsOf(HEADER + "Pod A,Alex,social_worker,no,social workers,internal\n"
                        + "Pod A,\"Bo,social_worker,no,social workers,internal\n"
                        + "Pod A,Cy,social_worker,no,social workers,internal\n"));
    }

    @Test
    void manyProblemsAreCutShort() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 25; i++) text.append("Pod A,P").append(i).append(",x,no,social workers,internal\n");
        List<String> problems = problemsOf(text.toString());
        assertEquals(21, problems.size());
        assertEquals("r.csv: ... and 5 more problems", problems.get(20));
    }

    @Test
    void aFileInAnotherEncodingOrMissingIsRefused(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "Pod A,Zo\u00eb,social_worker,no,social workers,internal\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        String message = assertThrows(RuntimeException.class, () -> RosterParser.read(latin1, ROLES)).getMessage();
        assertEquals(latin1 + ":2: this is not UTF-8 text; save the file as UTF-8 in your editor", message);
        assertEquals(dir.resolve("none.csv") + ": no such file",
                assertThrows(UserError.class, () -> RosterParser.read(dir.resolve("none.csv"), ROLES)).getMessage());
    }

    @Test
    void controlInvisibleAndDirectionCharactersAreRefusedWithLineColumnAndField() {
        assertEquals(List.of("r.csv:2: name: U+001B ESCAPE at column 5 is a control character: remove it"),
                problemsOf(HEADER + "Pod A,Alex\u001B[2J,social_worker,no,social workers,internal\n"));
        for (String nasty : List.of("\f", "\u000B", "\u0007", "\u007F", "\u009B", "\u200B", "\u202E", "\u2068", "\uFEFF",
                "\u0301\u0301")) {
            List<String> problems = problemsOf(HEADER + "Pod A,Alex Demo,social_worker,no,social workers,internal\n"
                    + "Pod" + nasty + " B,Bo,social_worker,no,social " + nasty + "workers,internal\n");
            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("r.csv:3: group: U+"), problems.get(0));
            assertTrue(problems.get(1).startsWith("r.csv:3: level: U+"), problems.get(1));
        }
    }

    @Test
    void namesAreStoredComposedAndWhitespaceInsideQuotesIsASpace() {
        Roster r = parse(HEADER + "\"Pod\tA\",\"Sio\u0302n\r\nap Rhys\",social_worker,no,social workers,internal\n");
        assertEquals("Pod A", r.groups().get(0).name());
        assertEquals(Set.of("Si\u00F4n ap Rhys"), names(r));
    }

    /** Issue 32, defect 6: a role as an HR spreadsheet spells it, by its label, in any case or spacing. */
    @Test
    void aRoleIsTakenByItsCodeOrItsLabelInAnyCaseAndSpacing() {
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        roles.put("senior_social_worker", "Senior social worker");
        roles.put("social_worker", "Social worker");
        Roster r = RosterParser.parse("r.csv", HEADER
                + "Pod A,Ann,Senior social worker,no,social workers,internal\n"
                + "Pod A,Bea,SENIOR SOCIAL WORKER,no,social workers,internal\n"
                + "Pod A,Cal,social worker,no,social workers,internal\n"
                + "Pod A,Dee, senior_social_worker ,no,social workers,internal\n"
                + "Pod A,Eve,Senior  Social-Worker,no,social workers,internal\n", roles);
        assertEquals(List.of("senior_social_worker", "senior_social_worker", "social_worker", "senior_social_worker",
                "senior_social_worker"), r.groups().get(0).members().stream().map(m -> m.roleCode()).toList());
    }

    /** Issue 32, defect 6: a group's first row with the wrong level once had all 24 right rows blamed. */
    @Test
    void theRowThatDisagreesWithMostOfItsGroupIsTheOneNamed() {
        StringBuilder text = new StringBuilder(HEADER + "Pod A,P0,social_worker,no,managers,internal\n");
        for (int i = 1; i <= 24; i++) text.append("Pod A,P").append(i).append(",social_worker,no,social workers,internal\n");
        assertEquals(List.of("r.csv:2: group 'Pod A' is 'managers', internal, 75 minutes here but 'social workers', internal,"
                + " 75 minutes on 24 of its 25 rows (from line 3); every row of a group must say the same"),
                problemsOf(text.toString()));
    }

    /** Issue 32, defect 6: every problem is kept (line 9001 was hidden behind a cap of 20). */
    @Test
    void everyProblemIsKeptThoughTheMessageShowsTwenty() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 9000; i++) text.append("Pod A,P").append(i).append(",social_worker,no,social workers,internal\n");
        text.append("Pod A,Late,nobody,no,social workers,internal\n");
        RosterParser.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(RosterParser.Refused.class,
                () -> RosterParser.parse("r.csv", text.toString().replace("P5,social_worker,no", "P5,social_worker,perhaps"), ROLES));
        assertEquals(2, refused.all().size(), refused.all().toString());
        assertTrue(refused.all().get(1).startsWith("r.csv:9002: role 'nobody'"), refused.all().get(1));
    }
}
