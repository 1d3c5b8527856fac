package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.ReportFixture;
import org.rpgkiosk.store.Store;
import org.w3c.dom.Document;

/** {@code ./run.sh report} on a two-wave database: formats, files, options and refusals. */
class ReportCommandTest {
    @TempDir static Path dir;

    private Run run(String... args) {
        return Run.in(dir, args);
    }

    /** Written once: every test only reads it. */
    @BeforeAll
    static void twoWaves() {
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            store.dsl().transaction(tx -> new ReportFixture(store).twoWaves());
        }
    }

    @Test
    void theTextReportHasRatesChartsTablesAndAttendanceInEightyColumns() {
        Run r = run("report", "--by", "role");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("y1         +1 year"), r.out());
        assertTrue(r.out().contains("Professional skills and support: mean agreement"), r.out());
        assertTrue(r.out().contains("Change between waves: y3 (+3 years) minus y1 (+1 year)"), r.out());
        assertTrue(r.out().contains("REASON FOR ABSENCE"), r.out());
        r.out().lines().forEach(line -> assertTrue(line.length() <= 80, "wider than 80 columns: " + line));
        List<String> chart = r.out().lines().takeWhile(l -> !l.startsWith("Statements:")).toList();
        assertTrue(chart.stream().anyMatch(l -> l.matches("  y1 +#+\\|#* +\\d\\.\\d\\d")), String.join("\n", chart));
        assertTrue(chart.stream().anyMatch(l -> l.matches("  y3 +=+\\|=* +\\d\\.\\d\\d( \\*)?")), String.join("\n", chart));
    }

    @Test
    void csvGoesToStandardOutputOneTableAtATimeOrToADirectoryOneFileEach() throws Exception {
        Run statements = run("report", "--format", "csv");
        assertEquals("block,item_code,wave,role,n,mean,sd,ci_low,ci_high,pct_agree", statements.out().lines().findFirst().orElseThrow());
        assertEquals(1 + 17 * 2, statements.out().lines().count());
        Run comparisons = run("report", "--format", "csv", "--table", "comparisons", "--by", "role");
        assertEquals("block,item_code,wave_a,wave_b,role,n_a,n_b,mean_diff,mw_u,mw_p,mw_p_exact,mark_p,mw_p_holm,mw_q_bh,mw_p_holm_block,mw_q_bh_block,"
                + "welch_t,welch_p,mean_diff_ci_low,mean_diff_ci_high,rank_biserial,rank_biserial_ci_low,rank_biserial_ci_high,"
                + "hedges_g,hedges_g_ci_low,hedges_g_ci_high,significant",
                comparisons.out().lines().findFirst().orElseThrow());

        Path out = dir.resolve("tables");
        assertEquals(0, run("report", "--format", "csv", "--by", "role", "--out", out.toString()).code());
        try (var files = Files.list(out)) {
            assertEquals(List.of("absence_reasons.csv", "attendance_by_facilitator_kind.csv", "attendance_by_group_month.csv",
                    "attendance_by_role.csv", "comparisons.csv", "distributions.csv", "respondents_by_role.csv", "response_rates.csv",
                    "scale_changes.csv", "scales.csv", "statements.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<CSVRecord> rates = csv(Files.readString(out.resolve("response_rates.csv")));
        assertEquals("20.0", rates.get(0).get("response_rate_pct"), "a percentage, as pct_agree is");
    }

    @Test
    void byRoleMergesSmallRolesIntoOtherOnceForEveryWaveAndMinCellMovesTheLine() {
        Map<String, List<String>> rolesPerWave = rolesPerWave(run("report", "--format", "csv", "--by", "role").out());
        // y1: senior managers (3), senior social workers (4) and other (1 + 2 without a role) merge, and so
        // they do in y3 too, where they are 5 or more: a grouping per wave let y3's other be subtracted
        // from the comparison's (issue 11).
        List<String> grouped = List.of("all", "team_manager", "lead_practitioner", "social_worker", "other");
        assertEquals(grouped, rolesPerWave.get("y1"));
        assertEquals(grouped, rolesPerWave.get("y3"));
        Map<String, List<String>> strict = rolesPerWave(run("report", "--format", "csv", "--by", "role", "--min-cell", "10").out());
        assertEquals(List.of("all", "social_worker", "other"), strict.get("y1"));
    }

    @Test
    void theHtmlPageIsOneWellFormedOfflineDocumentWithCharts() throws Exception {
        Path page = dir.resolve("report.html");
        Run r = run("report", "--format", "html", "--by", "role", "--out", page.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(page);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(page.toFile());
        assertEquals(2 * 3 + 1, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(),
                "per block: the means, and the answers' diverging bars; then the block scores");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing fetched from elsewhere");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void waveAndCompareChooseTheWavesAndMistakesExit2() {
        Run one = run("report", "--format", "csv", "--wave", "y1");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().lines().skip(1).allMatch(l -> l.split(",")[2].equals("y1")), one.out());
        Run reversed = run("report", "--format", "csv", "--table", "comparisons", "--wave", "y1", "--compare", "y3");
        assertTrue(reversed.out().lines().skip(1).allMatch(l -> l.contains(",y1,y3,")), reversed.out());

        assertEquals("error: there is no wave 'y2' (waves: y1, y3)\n", run("report", "--wave", "y2").err());
        assertEquals(2, run("report", "--compare", "y3").code());
        assertEquals(2, run("report", "--by", "team").code());
        assertEquals(2, run("report", "--min-cell", "0").code());
        assertEquals("error: --min-cell 2 is too small: the report needs at least 3\n", run("report", "--min-cell", "2").err());
        assertEquals(2, run("report", "--format", "pdf").code());
        Run badOut = run("report", "--out", dir.resolve("no/such/dir/report.txt").toString());
        assertEquals(2, badOut.code());
        assertTrue(badOut.err().startsWith("error: cannot write"), badOut.err());
        assertEquals(2, run("report", "--format", "html", "--out", dir.toString()).code());
    }

    static List<CSVRecord> csv(String text) throws java.io.IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static Map<String, List<String>> rolesPerWave(String statementsCsv) {
        try {
            return csv(statementsCsv).stream().filter(r -> r.get("item_code").equals("skills_reflect"))
                    .collect(Collectors.groupingBy(r -> r.get("wave"), Collectors.mapping(r -> r.get("role"), Collectors.toList())));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
