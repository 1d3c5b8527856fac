package org.rpgkiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.report.Report.Options;
import org.rpgkiosk.report.ReportData.AnswerCount;
import org.rpgkiosk.report.ReportData.Respondents;
import org.rpgkiosk.report.ReportData.Statement;
import org.rpgkiosk.report.ReportData.WaveReturns;

/** The report built from hand-made data, and drawn: no database, no terminal. */
class ReportTest {
    static final Statement REFLECT = new Statement("skills", "Professional skills & support", "skills_reflect",
            "The RPG has further developed my ability to reflect on my work");
    static final Statement PEERS = new Statement("rel", "Relationships", "rel_peers", "The RPG has improved <peer> relationships");

    /** Three waves; y2 was opened but nobody answered; y3 has one social worker and six team managers. */
    static ReportData data() {
        List<WaveReturns> waves = List.of(new WaveReturns("y1", "+1 year", 10, 3, 0, 1),
                new WaveReturns("y2", "+2 years", 10, 0, 0, 0), new WaveReturns("y3", "+3 years", 0, 7, 1, 0));
        List<Role> roles = List.of(new Role("team_manager", "Team or pod manager"), new Role("social_worker", "Social worker"),
                new Role("other", "Other role"));
        List<AnswerCount> answers = List.of(
                new AnswerCount("skills_reflect", "y1", "social_worker", 2, 2), new AnswerCount("skills_reflect", "y1", null, 3, 1),
                new AnswerCount("skills_reflect", "y3", "social_worker", 4, 1),
                new AnswerCount("skills_reflect", "y3", "team_manager", 4, 4), new AnswerCount("skills_reflect", "y3", "team_manager", 3, 2),
                new AnswerCount("rel_peers", "y3", "team_manager", 3, 6));
        List<Respondents> respondents = List.of(new Respondents("y1", "social_worker", 2), new Respondents("y1", null, 1),
                new Respondents("y3", "social_worker", 1), new Respondents("y3", "team_manager", 6));
        return new ReportData(waves, roles, List.of(REFLECT, PEERS), answers, respondents, List.of());
    }

    @Test
    void byDefaultEveryWaveIsShownAndTheLatestIsComparedWithTheOneBefore() {
        Report report = Report.build(data(), Options.defaults());
        assertEquals(List.of("y1", "y2", "y3"), report.shownWaves());
        assertEquals(Optional.of(new Report.WavePair("y3", "y2")), report.pair());
        assertEquals(2 * 3, report.statementRows().size());
        Summary empty = report.statementRows().get(1).summary();
        assertEquals("y2", report.statementRows().get(1).wave());
        assertEquals(0, empty.n());
        assertTrue(Double.isNaN(empty.mean()));
        Comparison withNothing = report.comparisonRows().get(0).comparison();
        assertTrue(Double.isNaN(withNothing.mannWhitney().p()) && Double.isNaN(withNothing.welch().p()));
        assertFalse(withNothing.significant());
    }

    @Test
    void waveAndCompareNameTheTwoWavesAndTheTableShowsThemOnly() {
        // k = 3 (the floor): y1's three answers may show figures.
        Report report = Report.build(data(), new Options(Optional.of("y3"), Optional.of("y1"), false, 3));
        assertEquals(List.of("y1", "y3"), report.shownWaves());
        Comparison c = report.comparisonRows().get(0).comparison();
        assertEquals(7, c.nA());
        assertEquals(3, c.nB());
        assertEquals((4 * 5 + 3 * 2) / 7.0 - (2 * 2 + 3) / 3.0, c.meanDiff(), 1e-12);
        assertEquals(20.0, c.mannWhitney().u(), 0, "21 pairs, the two 3-against-3 ties counting half");

        Report alone = Report.build(data(), new Options(Optional.of("y1"), Optional.empty(), false, 5));
        assertEquals(List.of("y1"), alone.shownWaves());
        assertEquals(Optional.empty(), alone.pair(), "nothing before y1 to compare with");
    }

    @Test
    void unknownWavesAndSelfComparisonsAreRefused() {
        assertEquals("there is no wave 'y9' (waves: y1, y2, y3)", assertThrows(UserError.class,
                () -> Report.build(data(), new Options(Optional.of("y9"), Optional.empty(), false, 5))).getMessage());
        assertThrows(UserError.class, () -> Report.build(data(), new Options(Optional.empty(), Optional.of("y3"), false, 5)));
        assertThrows(UserError.class, () -> Report.build(data(), new Options(Optional.empty(), Optional.empty(), false, 0)));
        assertEquals(Optional.empty(), Report.build(new ReportData(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()), Options.defaults()).pair());
    }

    @Test
    void byRoleALoneSocialWorkerTakesTheTeamManagersIntoOtherAndAWaveUnderKShowsCountsOnly() {
        Report report = Report.build(data(), new Options(Optional.of("y3"), Optional.of("y1"), true, 5));
        List<String> y3Roles = report.statementRows().stream()
                .filter(r -> r.wave().equals("y3") && r.statement().equals(REFLECT)).map(Report.StatementRow::role).toList();
        assertEquals(List.of("all", "other"), y3Roles, "all minus team managers would be the one social worker");
        List<Report.StatementRow> y1 = report.statementRows().stream()
                .filter(r -> r.wave().equals("y1") && r.statement().equals(REFLECT)).toList();
        assertEquals(List.of("all"), y1.stream().map(Report.StatementRow::role).toList(), "3 respondents: no breakdown");
        assertEquals(3, y1.get(0).summary().n());
        assertFalse(y1.get(0).summary().hasFigures(), "3 respondents under k = 5: the count only");
        List<Report.ComparisonRow> compared = report.comparisonRows().stream().filter(r -> r.statement().equals(REFLECT)).toList();
        assertEquals(List.of("all", "other"), compared.stream().map(Report.ComparisonRow::role).toList());
        compared.forEach(c -> assertTrue(Double.isNaN(c.comparison().meanDiff()) && Double.isNaN(c.comparison().mannWhitney().p()),
                "a difference beside y3's mean would give y1's mean away"));
    }

    @Test
    void theTextChartFitsEightyColumnsAndMarksTheNeutralLine() {
        Report report = Report.build(data(), Options.defaults());
        String text = TextReport.render(report);
        text.lines().forEach(l -> assertTrue(l.length() <= 80, l));
        assertEquals("     1               2      2.5      3               4", "     " + TextChart.axis().stripTrailing());
        assertEquals("########################|####################### ", TextChart.bar(4, '#'));
        assertEquals("                        |                        ", TextChart.bar(Double.NaN, '#'));
        assertTrue(text.contains("\n  y2 " + TextChart.bar(Double.NaN, '=') + " -\n"), text);
        assertTrue(text.contains("Professional skills & support: mean agreement"), text);
    }

    @Test
    void theHtmlPageParsesAsXmlEscapesTextAndDrawsOneSvgPerBlock() throws Exception {
        String html = HtmlReport.render(Report.build(data(), new Options(Optional.empty(), Optional.empty(), true, 5)));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2 * 2, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(),
                "per block: the means, and the answers' diverging bars");
        assertTrue(html.contains("<h2>Answers per statement</h2>"), html);
        for (String colour : SvgDistribution.COLOURS) assertTrue(html.contains("fill=\"" + colour + "\""), colour);
        assertTrue(html.contains("Professional skills &amp; support"));
        assertTrue(html.contains("&lt;peer&gt;"));
        assertTrue(html.contains("no answers"), "the empty wave says so in the chart");
    }

    @Test
    void csvTablesCarryTheColumnsAskedForAndLeaveUndefinedFiguresEmpty() {
        Report report = Report.build(data(), Options.defaults());
        List<CsvReport.Table> tables = CsvReport.tables(report);
        assertEquals(CsvReport.NAMES, tables.stream().map(CsvReport.Table::name).toList());
        String statements = CsvReport.table(report, CsvReport.STATEMENTS).toCsv();
        assertTrue(statements.contains("skills,skills_reflect,y2,all,0,,,,,\r\n"), statements);
        assertTrue(statements.contains("skills,skills_reflect,y1,all,3,,,,,\r\n"), "under k: the count only\n" + statements);
        assertTrue(statements.contains("skills,skills_reflect,y3,all,7,3.7142857142857144,"), statements);
        String comparisons = CsvReport.table(report, CsvReport.COMPARISONS).toCsv();
        assertTrue(comparisons.contains("skills,skills_reflect,y3,y2,all,7,0,,,,,,,,,,,,,,,,,,,,\r\n"), comparisons);
    }

    @Test
    void wordingWrapsIntoTwoLinesAtMost() {
        assertEquals(List.of("short"), SvgChart.wrap("short"));
        List<String> lines = SvgChart.wrap("The RPG has increased my knowledge about different types of interventions to make "
                + "with families and many more words than fit on two lines of the chart");
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("\u2026"));
    }
}
