package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.ReportFixture;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;
import org.rpgkiosk.questionnaire.QuestionnaireReader;

/**
 * Issue 11's attacks, made with the README's own commands on a planted population: one senior
 * manager in y1 (five in y3), two who gave no role, a late submission, a wave of two. Each attack
 * must recover nothing. The responses go in through the kiosk's own repository, as at a terminal.
 */
class IntruderTest {
    private static final int K = 5;
    private static final String LONE_SM_TEXT = "As the only senior manager here I felt exposed";

    @TempDir Path dir;
    private final Random random = new Random(11);
    private StoredQuestionnaire q;
    private int day;

    private Run run(String... args) {
        return Run.in(dir, args);
    }

    /** y1 (closed): 20 social workers, 6 team managers, the one senior manager, 2 with no role; y3 (closed): 25, 7, 5. */
    private void plant(Store store) {
        store.questionnaires().load(QuestionnaireReader.read(ReportFixture.QUESTIONNAIRE), "rpg-outcomes.txt");
        int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
        q = store.questionnaires().latest(qid).orElseThrow();
        int y1 = store.waves().open("y1", "+1 year", 210, qid, LocalDate.of(2024, 3, 1)).id();
        respond(store, y1, "social_worker", 20, 3);
        respond(store, y1, "team_manager", 6, 3);
        respondAs(store, y1, "senior_manager", LONE_SM_TEXT, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        respond(store, y1, null, 2, 2);
        store.waves().close("y1", LocalDate.of(2024, 3, 31));
        int y3 = store.waves().open("y3", "+3 years", 235, qid, LocalDate.of(2026, 3, 1)).id();
        respond(store, y3, "social_worker", 25, 3);
        respond(store, y3, "team_manager", 7, 3);
        respond(store, y3, "senior_manager", 5, 4);
        store.waves().close("y3", LocalDate.of(2026, 3, 31));
    }

    private void respond(Store store, int wave, String role, int n, int lean) {
        for (int i = 0; i < n; i++) {
            int[] points = new int[17];
            for (int s = 0; s < points.length; s++) points[s] = Math.max(1, Math.min(4, lean + random.nextInt(3) - 1));
            respondAs(store, wave, role, null, points);
        }
    }

    private UUID respondAs(Store store, int wave, String role, String open, int... points) {
        UUID id = UUID.randomUUID();
        store.responses().start(id, wave, q.versionId());
        if (role != null) store.responses().saveRole(id, role);
        var items = q.questionnaire().agreementItems();
        for (int s = 0; s < points.length; s++) store.responses().saveAnswer(id, q.itemId(items.get(s).code()), points[s], null);
        if (open != null) store.responses().saveAnswer(id, q.itemId(q.questionnaire().openItems().get(0).code()), null, open);
        store.responses().submit(id, LocalDate.of(2024, 3, 1).plusDays(day++ % 28));
        return id;
    }

    private List<CSVRecord> csv(Path file) throws Exception {
        return ReportCommandTest.csv(Files.readString(file));
    }

    @Test
    void noTwoTablesOfTheReportNorTheExportBesideItGiveTheLoneSeniorManagerBack() throws Exception {
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            plant(store);
        }
        assertEquals(0, run("report", "--format", "csv", "--by", "role", "--out", dir.resolve("t").toString()).code());
        List<CSVRecord> statements = csv(dir.resolve("t/statements.csv"));
        List<CSVRecord> comparisons = csv(dir.resolve("t/comparisons.csv"));

        // 1. Every (statement, wave, role) is one population wherever it is printed: same n, same mean.
        Map<String, CSVRecord> byCell = new HashMap<>();
        for (CSVRecord r : statements) byCell.put(r.get("item_code") + "/" + r.get("wave") + "/" + r.get("role"), r);
        for (CSVRecord c : comparisons) {
            CSVRecord a = byCell.get(c.get("item_code") + "/" + c.get("wave_a") + "/" + c.get("role"));
            CSVRecord b = byCell.get(c.get("item_code") + "/" + c.get("wave_b") + "/" + c.get("role"));
            assertTrue(a != null && b != null, "a comparison row of a population the statement table does not show: " + c);
            assertEquals(a.get("n"), c.get("n_a"), c.toString());
            assertEquals(b.get("n"), c.get("n_b"), c.toString());
            if (!c.get("mean_diff").isEmpty()) {
                assertEquals(Double.parseDouble(a.get("mean")) - Double.parseDouble(b.get("mean")),
                        Double.parseDouble(c.get("mean_diff")), 1e-12, c.toString());
            }
        }
        // 2. The whole sample less the role rows shown with figures rests on no one or at least k.
        Map<String, List<CSVRecord>> tables = new HashMap<>();
        for (CSVRecord r : statements) tables.computeIfAbsent(r.get("item_code") + "/" + r.get("wave"), t -> new ArrayList<>()).add(r);
        for (List<CSVRecord> table : tables.values()) {
            CSVRecord all = table.stream().filter(r -> r.get("role").equals("all")).findFirst().orElseThrow();
            long parts = table.stream().filter(r -> !r.get("role").equals("all")).mapToLong(r -> Long.parseLong(r.get("n"))).sum();
            assertEquals(Long.parseLong(all.get("n")), parts, "roles partition the whole: " + table);
            long shown = table.stream().filter(r -> !r.get("role").equals("all") && !r.get("mean").isEmpty())
                    .mapToLong(r -> Long.parseLong(r.get("n"))).sum();
            long rest = Long.parseLong(all.get("n")) - shown;
            assertTrue(rest == 0 || rest >= K, "all minus the rows shown leaves " + rest + " answers: " + table);
            for (CSVRecord r : table) {
                long n = Long.parseLong(r.get("n"));
                assertTrue(r.get("mean").isEmpty() || n >= K, "a mean of " + n + " answers: " + r);
            }
        }
        assertTrue(statements.stream().noneMatch(r -> r.get("role").equals("senior_manager")),
                "one in y1: senior managers are pooled in every wave, y3's five too");

        // 3. The text and HTML reports print the same grouping.
        Run text = run("report", "--by", "role");
        assertFalse(text.out().contains("senior_manag"), text.out());
        assertEquals(0, run("report", "--by", "role", "--format", "html", "--out", dir.resolve("r.html").toString()).code());
        assertFalse(Files.readString(dir.resolve("r.html")).contains("<td>Senior manager</td>"));

        // 4. The export beside the report: the same groups, and each group's figures the report's.
        assertEquals(0, run("export", "--out", dir.resolve("x").toString()).code());
        List<CSVRecord> responses = csv(dir.resolve("x/responses.csv"));
        Map<String, long[]> fromExport = new HashMap<>();
        for (CSVRecord r : responses) {
            for (String item : List.of("skills_reflect", "rel_system")) {
                if (r.get(item).isEmpty()) continue;
                for (String group : List.of(r.get("role"), "all")) {
                    long[] sum = fromExport.computeIfAbsent(item + "/" + r.get("wave") + "/" + group, g -> new long[2]);
                    sum[0]++;
                    sum[1] += Long.parseLong(r.get(item));
                }
            }
        }
        Set<String> reportCells = new HashSet<>();
        for (CSVRecord r : statements) {
            if (!List.of("skills_reflect", "rel_system").contains(r.get("item_code"))) continue;
            String cell = r.get("item_code") + "/" + r.get("wave") + "/" + r.get("role");
            reportCells.add(cell);
            long[] e = fromExport.getOrDefault(cell, new long[2]);
            assertEquals(Long.parseLong(r.get("n")), e[0], cell);
            if (!r.get("mean").isEmpty()) assertEquals(Double.parseDouble(r.get("mean")), (double) e[1] / e[0], 1e-12, cell);
        }
        assertEquals(fromExport.keySet(), reportCells, "the export's groups are the report's");
        List<CSVRecord> open = csv(dir.resolve("x/open_text.csv"));
        CSVRecord lone = open.stream().filter(r -> r.get("text").equals(LONE_SM_TEXT)).findFirst().orElseThrow();
        assertEquals("other", lone.get("role"));
        assertTrue(responses.stream().filter(r -> r.get("wave").equals("y1") && r.get("role").equals("other")).count() >= K);
    }

    @Test
    void twoReportsOrExportsAroundOneSubmissionAreTheSameAndAWaveUnderKShowsCountsOnly() throws Exception {
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            plant(store);
            int y5 = store.waves().open("y5", "+5 years", 200, store.questionnaires().idOf("rpg-outcomes").orElseThrow(),
                    LocalDate.of(2028, 3, 1)).id();
            respond(store, y5, "social_worker", 9, 3);
        }
        String before = run("report", "--format", "csv").out();
        // Every table of issue 17's report too (distributions, respondents per role, the comparisons
        // with their effect sizes and exact p, the block scales and their change), by role: none may
        // move for one unreleased person.
        Map<String, String> tablesBefore = new java.util.TreeMap<>();
        for (String table : List.of("comparisons", "distributions", "respondents_by_role", "scales", "scale_changes")) {
            tablesBefore.put(table, run("report", "--format", "csv", "--by", "role", "--table", table).out());
        }
        assertEquals(0, run("export", "--out", dir.resolve("before").toString(), "--wave", "y5").code());
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            respondAs(store, store.waves().find("y5").orElseThrow().id(), "social_worker", "late and alone",
                    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        }
        assertEquals(before, run("report", "--format", "csv").out(), "one more submission changes no figure");
        tablesBefore.forEach((table, text) -> assertEquals(text,
                run("report", "--format", "csv", "--by", "role", "--table", table).out(), table + " moved"));
        assertTrue(tablesBefore.get("respondents_by_role").contains("y5,"), "y5's 9 released are in it");
        assertTrue(tablesBefore.get("scales").contains(",y5,all,"), "y5's scores are in it");
        String rates = run("report", "--format", "csv", "--table", "response_rates").out();
        assertTrue(rates.contains("y5,+5 years,200,10,0,0,5.0,9\r\n"), "10 submitted, the figures cover 9\n" + rates);
        assertEquals(0, run("export", "--out", dir.resolve("after").toString(), "--wave", "y5").code());
        assertEquals(Files.readString(dir.resolve("before/responses.csv")), Files.readString(dir.resolve("after/responses.csv")));
        assertFalse(Files.readString(dir.resolve("after/open_text.csv")).contains("late and alone"));

        // A closed wave of two: counts only in the report, no rows in the export.
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            store.waves().close("y5", LocalDate.of(2028, 3, 30));
            int y7 = store.waves().open("y7", "+7 years", 200, store.questionnaires().idOf("rpg-outcomes").orElseThrow(),
                    LocalDate.of(2030, 3, 1)).id();
            respond(store, y7, "social_worker", 2, 1);
            store.waves().close("y7", LocalDate.of(2030, 3, 30));
        }
        List<CSVRecord> statements = ReportCommandTest.csv(run("report", "--format", "csv").out());
        statements.stream().filter(r -> r.get("wave").equals("y7")).forEach(r -> {
            assertEquals("2", r.get("n"));
            assertEquals("", r.get("mean") + r.get("sd") + r.get("ci_low") + r.get("pct_agree"), r.toString());
        });
        List<CSVRecord> compared = ReportCommandTest.csv(run("report", "--format", "csv", "--table", "comparisons").out());
        assertTrue(compared.stream().allMatch(r -> r.get("wave_a").equals("y7") && r.get("mean_diff").isEmpty()
                && r.get("mw_p").isEmpty() && r.get("welch_t").isEmpty()), "y5's means beside a difference would give y7's");
        assertTrue(run("report").out().contains("y7 "), "the text report still lists y7's returns");
        assertEquals(0, run("export", "--out", dir.resolve("y7").toString()).code());
        assertTrue(csv(dir.resolve("y7/responses.csv")).stream().noneMatch(r -> r.get("wave").equals("y7")));
        assertTrue(Files.readString(dir.resolve("y7/manifest.txt")).contains("released in waves under k (left out): 2\n"));
    }

    @Test
    void anAbandonedSeniorManagerNeverBecomesARowAndTheFloorsAreRefused() throws Exception {
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            plant(store);
            int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
            int y5 = store.waves().open("y5", "+5 years", 200, qid, LocalDate.of(2028, 3, 1)).id();
            respond(store, y5, "social_worker", 12, 3);
            UUID walkedAway = UUID.randomUUID();
            store.responses().start(walkedAway, y5, q.versionId());
            store.responses().saveRole(walkedAway, "senior_manager");
            store.responses().saveAnswer(walkedAway, q.itemId("skills_reflect"), 1, null);
            store.responses().abandon(walkedAway);
            store.waves().close("y5", LocalDate.of(2028, 3, 30));
        }
        for (String[] args : List.of(new String[] {"export", "--out", dir.resolve("a").toString()},
                new String[] {"export", "--out", dir.resolve("b").toString(), "--include-incomplete"})) {
            assertEquals(0, run(args).code());
            Path out = Path.of(args[2]);
            assertTrue(csv(out.resolve("responses.csv")).stream().noneMatch(r -> r.get("status").equals("abandoned")));
            assertEquals(17 * csv(out.resolve("responses.csv")).size(), csv(out.resolve("answers.csv")).size(),
                    "no answer of the abandoned response either");
            assertTrue(Files.readString(out.resolve("manifest.txt")).contains("unfinished responses: 0 included, 1 left out"));
        }
        assertEquals(2, run("report", "--min-cell", "1").code());
        assertEquals(2, run("export", "--out", dir.resolve("c").toString(), "--min-cell", "2").code());
        assertEquals(2, run("export", "--out", dir.resolve("d").toString(), "--profile", "public", "--min-cell", "9").code());
        assertFalse(Files.exists(dir.resolve("c")) || Files.exists(dir.resolve("d")));
    }

    @Test
    void everyDateVersionAndRoleCellOfTheExportHoldsKOrMoreAsAskedOrCoarser() throws Exception {
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            plant(store);
        }
        for (String dates : List.of("day", "week", "month")) {
            Path out = dir.resolve("x-" + dates);
            // Each level on a database not yet released: a second level of one wave is refused (issue 33).
            try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
                store.dsl().deleteFrom(org.rpgkiosk.store.generated.Tables.WAVE_RELEASE).execute();
            }
            assertEquals(0, run("export", "--out", out.toString(), "--dates", dates).code());
            Map<String, Long> cells = new HashMap<>();
            for (CSVRecord r : csv(out.resolve("responses.csv"))) {
                cells.merge(r.get("wave") + "/" + r.get("submitted_period") + "/" + r.get("questionnaire_version") + "/"
                        + r.get("role"), 1L, Long::sum);
            }
            cells.forEach((cell, n) -> assertTrue(n >= K, dates + ": " + cell + " holds " + n));
        }
        assertEquals(2, run("export", "--out", dir.resolve("bad").toString(), "--dates", "hour").code());
    }
}
