package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.report.AttendanceAudit;
import org.rpgkiosk.report.Report;
import org.rpgkiosk.report.ReportData;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.ReportFixture;
import org.rpgkiosk.store.Store;

/**
 * Issue 33's property test: random small organisations (roles of 1 to 3 people beside larger
 * ones, groups of 2 to 8 with newcomers and leavers, answers sent over weeks that straddle
 * months), every output made two ways, and the intruder's joins and subtractions run on them:
 * <ul>
 *   <li>the research and public exports joined by each response's answers: no cell of research
 *       role and period by public role and period holds 1 to 4 people;</li>
 *   <li>a second export asking for other dates is refused, and one leaving them out gives the
 *       first one's periods;</li>
 *   <li>a report before and after one more submission to an open wave is the same, table by table;</li>
 *   <li>the report's attendance tables, less the groups the export shows, give no 1 to 4 people
 *       ({@link AttendanceAudit});</li>
 *   <li>a register session held today changes no output made this month.</li>
 * </ul>
 */
class ReleasePropertyTest {
    private static final int ORGANISATIONS = 6;
    private static final String[] SMALL_ROLES = {"senior_manager", "lead_practitioner", "senior_social_worker"};
    @TempDir Path dir;

    @Test
    void noTwoOutputsOfARandomSmallOrganisationJoinOrSubtractToFewerThanK() throws Exception {
        int joinedPairs = 0;
        int attendanceRows = 0;
        for (int seed = 1; seed <= ORGANISATIONS; seed++) {
            Path data = dir.resolve("org" + seed);
            Organisation organisation = build(data, new Random(seed));
            joinedPairs += researchBesidePublic(data, seed, organisation);
            secondExportWithOtherDates(data, seed);
            oneMoreSubmission(data, seed, organisation);
            attendanceRows += attendance(data, seed);
        }
        assertTrue(joinedPairs > 100, "responses the intruder matched across the two exports: " + joinedPairs);
        assertTrue(attendanceRows > 0, "the report showed attendance to audit");
    }

    private record Organisation(List<String> statements, int openWave) {}

    private static Organisation build(Path data, Random random) {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            ReportFixture[] f = new ReportFixture[1];
            int[] open = new int[1];
            store.dsl().transaction(tx -> {
                f[0] = new ReportFixture(store);
                for (int w = 0; w < 2; w++) {
                    LocalDate opened = LocalDate.of(2023 + w, 1 + random.nextInt(11), 20);
                    int wave = f[0].wave("y" + (1 + 2 * w), "+" + (1 + 2 * w) + " years", 120, opened);
                    f[0].submitted(wave, "social_worker", 10 + random.nextInt(15), 2.5 + random.nextDouble(), random);
                    f[0].submitted(wave, "team_manager", 3 + random.nextInt(6), 2.8, random);
                    for (String role : SMALL_ROLES) {
                        if (random.nextBoolean()) f[0].submitted(wave, role, 1 + random.nextInt(3), 3.0, random);
                    }
                    if (random.nextBoolean()) f[0].submitted(wave, null, 1 + random.nextInt(2), 2.6, random);
                    // Sent over six weeks from the opening: ISO weeks that straddle a month's end.
                    for (UUID id : store.dsl().select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.WAVE_ID.eq(wave)).fetch(RESPONSE.ID)) {
                        store.dsl().update(RESPONSE).set(RESPONSE.SUBMITTED_ON, opened.plusDays(random.nextInt(42)))
                                .where(RESPONSE.ID.eq(id)).execute();
                    }
                }
                // An open wave whose submissions wait to be released in steps of k.
                open[0] = f[0].wave("y5", "+5 years", 120, LocalDate.of(2025, 3, 1));
                store.dsl().update(WAVE).set(WAVE.IS_OPEN, true).setNull(WAVE.CLOSED_ON).where(WAVE.ID.eq(open[0])).execute();
                f[0].submitted(open[0], "social_worker", 7, 3.0, random);
                store.dsl().update(RESPONSE).set(RESPONSE.RELEASED, false).where(RESPONSE.WAVE_ID.eq(open[0])).execute();
                store.dsl().update(ANSWER).set(ANSWER.RELEASED, false).where(ANSWER.WAVE_ID.eq(open[0])).execute();
                register(f[0], random);
            });
            List<String> statements = f[0].questionnaire().questionnaire().agreementItems().stream().map(i -> i.code()).toList();
            return new Organisation(statements, open[0]);
        }
    }

    /** Groups of 2 to 8 over up to four months of 2024; some join late, some leave early. */
    private static void register(ReportFixture f, Random random) {
        String[] roles = {"social_worker", "team_manager", "senior_manager", "lead_practitioner", "other"};
        int groups = 3 + random.nextInt(4);
        for (int g = 0; g < groups; g++) {
            String kind = random.nextBoolean() ? "internal" : "external";
            int group = f.group("Group " + g, kind);
            int size = 2 + random.nextInt(7);
            String main = roles[random.nextInt(2)];
            List<Integer> members = new ArrayList<>();
            List<Integer> joins = new ArrayList<>();
            List<Integer> leaves = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                members.add(f.member("Person " + g + "-" + m, random.nextInt(4) == 0 ? roles[random.nextInt(roles.length)] : main));
                joins.add(random.nextInt(5) == 0 ? 2 : 1);
                leaves.add(random.nextInt(5) == 0 ? 3 : 4);
            }
            for (int month = 1; month <= 4; month++) {
                int session = f.session(group, LocalDate.of(2024, month, 12), kind);
                for (int m = 0; m < size; m++) {
                    if (month < joins.get(m) || month > leaves.get(m)) continue;
                    int draw = random.nextInt(6);
                    String status = draw < 4 ? "present" : draw == 4 ? "apologies" : "absent";
                    f.attendance(session, members.get(m), status, status.equals("present") ? null
                            : new String[] {"workload", "emotional_load", "training"}[random.nextInt(3)]);
                }
            }
        }
    }

    /** The intruder matches rows whose answers are the same and unique in both exports. */
    private int researchBesidePublic(Path data, int seed, Organisation org) throws Exception {
        Path research = dir.resolve("research" + seed);
        Path pub = dir.resolve("public" + seed);
        assertEquals(0, Run.export(data, "--out", research.toString(), "--dates", "week").code());
        assertEquals(0, Run.export(data, "--out", pub.toString(), "--profile", "public").code());
        Map<String, List<String>> r = byAnswers(ExportedFiles.read(research).get("responses.csv"), org);
        Map<String, List<String>> p = byAnswers(ExportedFiles.read(pub).get("responses.csv"), org);
        // Joined, a row is in a research cell and a public cell at once. The research cells hold k
        // or more; the join gives nothing finer only if each research cell's rows all fall in one
        // public cell (the public grouping and dates nested in the research ones).
        Map<String, String> publicCellOf = new HashMap<>();
        int pairs = 0;
        for (Map.Entry<String, List<String>> e : p.entrySet()) {
            List<String> match = r.get(e.getKey());
            if (match == null || match.size() != 1 || e.getValue().size() != 1) continue;
            String before = publicCellOf.putIfAbsent(match.get(0), e.getValue().get(0));
            assertTrue(before == null || before.equals(e.getValue().get(0)), "seed " + seed + ": research cell "
                    + match.get(0) + " joins public cells " + before + " and " + e.getValue().get(0));
            pairs++;
        }
        return pairs;
    }

    /** Answer vector (wave and every statement) to the (role, period) of each row holding it. */
    private static Map<String, List<String>> byAnswers(ExportedFiles.Table responses, Organisation org) {
        Map<String, List<String>> out = new HashMap<>();
        for (List<String> row : responses.rows()) {
            StringBuilder key = new StringBuilder(responses.cell(row, "wave"));
            for (String s : org.statements()) key.append(',').append(responses.cell(row, s));
            out.computeIfAbsent(key.toString(), k -> new ArrayList<>())
                    .add(responses.cell(row, "role") + "@" + responses.cell(row, "submitted_period"));
        }
        return out;
    }

    private void secondExportWithOtherDates(Path data, int seed) throws Exception {
        Path first = dir.resolve("research" + seed);
        Run month = Run.export(data, "--out", dir.resolve("month" + seed).toString(), "--dates", "month");
        Path again = dir.resolve("again" + seed);
        assertEquals(0, Run.export(data, "--out", again.toString()).code());
        assertEquals(ExportedFiles.read(first).get("responses.csv").column("submitted_period"),
                ExportedFiles.read(again).get("responses.csv").column("submitted_period"),
                "seed " + seed + ": an export leaving --dates out gives the release's periods");
        if (month.code() == 0) {
            // Allowed only where the release already is by month (the weeks were too small).
            assertTrue(ExportedFiles.read(first).get("responses.csv").column("submitted_period").stream()
                    .allMatch(x -> x.isEmpty() || x.matches("\\d{4}-\\d{2}")), "seed " + seed + ": " + month.err());
        } else {
            assertEquals(2, month.code(), month.err());
            assertTrue(month.err().matches("error: wave y\\d was released with (no dates|dates by week) \\(k=5\\): --dates month .*\n"), month.err());
        }
    }

    /** One more submission to the open wave: every table of the report as it was. */
    private void oneMoreSubmission(Path data, int seed, Organisation organisation) throws Exception {
        Path before = dir.resolve("report-before" + seed);
        Path after = dir.resolve("report-after" + seed);
        assertEquals(0, org.rpgkiosk.Run.in(data, "report", "--by", "role", "--format", "csv", "--out", before.toString()).code());
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            int[] points = new int[organisation.statements().size()];
            java.util.Arrays.fill(points, 4);
            new ReportFixture(store).response(organisation.openWave(), "senior_manager", "submitted", points);
            store.dsl().update(RESPONSE).set(RESPONSE.RELEASED, false).where(RESPONSE.WAVE_ID.eq(organisation.openWave())
                    .and(RESPONSE.ROLE_CODE.eq("senior_manager"))).execute();
            store.dsl().update(ANSWER).set(ANSWER.RELEASED, false).where(ANSWER.WAVE_ID.eq(organisation.openWave())
                    .and(ANSWER.ROLE_CODE.eq("senior_manager"))).execute();
        }
        assertEquals(0, org.rpgkiosk.Run.in(data, "report", "--by", "role", "--format", "csv", "--out", after.toString()).code());
        try (var files = Files.list(before)) {
            int tables = 0;
            for (Path table : files.toList()) {
                // The counts of submissions are shown as they are (not secret); every figure waits.
                if (table.getFileName().toString().equals("response_rates.csv")) continue;
                assertEquals(Files.readString(table), Files.readString(after.resolve(table.getFileName())),
                        "seed " + seed + ": " + table.getFileName() + " changed with one submission");
                tables++;
            }
            assertTrue(tables >= 10, "tables compared: " + tables);
        }
        assertNotEquals(Files.readString(before.resolve("response_rates.csv")), Files.readString(after.resolve("response_rates.csv")),
                "the submission is counted as submitted, not yet released");
    }

    /** The report's attendance beside the export, and a session held today. */
    private int attendance(Path data, int seed) throws Exception {
        ReportData read;
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            read = store.reports().read();
        }
        Report report = Report.build(read, new Report.Options(java.util.Optional.empty(), java.util.Optional.empty(), true, 5));
        assertEquals(List.of(), AttendanceAudit.leaks(read.attendance(), report.attendance(), 5, read.groupPseudonyms()),
                "seed " + seed);
        Path before = dir.resolve("attendance-before" + seed);
        assertEquals(0, Run.export(data, "--out", before.toString()).code());
        String reportBefore = org.rpgkiosk.Run.in(data, "report", "--format", "csv", "--table", "attendance_by_group_month").out();
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            ReportFixture f = new ReportFixture(store);
            int group = f.group("Today's group", "internal");
            int session = f.session(group, LocalDate.now(), "internal");
            for (int m = 0; m < 6; m++) {
                int member = f.member("Newcomer " + m, "social_worker");
                f.attendance(session, member, m == 0 ? "apologies" : "present", m == 0 ? "emotional_load" : null);
            }
        }
        Path after = dir.resolve("attendance-after" + seed);
        assertEquals(0, Run.export(data, "--out", after.toString()).code());
        for (String file : List.of("attendance.csv", "absence_reasons.csv")) {
            assertEquals(Files.readString(before.resolve(file)), Files.readString(after.resolve(file)), "seed " + seed + ": " + file);
        }
        assertEquals(reportBefore, org.rpgkiosk.Run.in(data, "report", "--format", "csv", "--table",
                "attendance_by_group_month").out(), "seed " + seed);
        return report.attendance().byGroupMonth().size();
    }
}
