package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rpgkiosk.report.AttendanceReport.Line;
import org.rpgkiosk.report.AttendanceReport.Tally;
import org.rpgkiosk.report.Report.ComparisonRow;
import org.rpgkiosk.report.Report.StatementRow;
import org.rpgkiosk.report.ReportData.Statement;
import org.rpgkiosk.report.ReportData.WaveReturns;

/**
 * The report as one self-contained page: inline CSS and SVG, no script and nothing fetched,
 * so it opens on an offline office PC and prints (each chart and table kept on one page where
 * it fits). Written as well-formed XML (XHTML syntax) so tests can parse it.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body { font: 14px/1.4 system-ui, sans-serif; color: #222; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; }
            h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; }
            h3 { font-size: 1rem; margin-bottom: .3rem; }
            table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: 12px; }
            th, td { border: 1px solid #bbb; padding: 2px 6px; vertical-align: top; } td { white-space: nowrap; }
            th { background: #eee; text-align: left; } th.statement { background: #f7f7f7; font-weight: 600; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 0 0 1.5rem; } figcaption { font-weight: bold; margin-bottom: .3rem; }
            svg { font: 11px system-ui, sans-serif; max-width: 100%; height: auto; }
            .note { color: #444; font-size: 12px; }
            @media print { body { margin: 0; max-width: none; } figure, table { break-inside: avoid; } h2 { break-after: avoid; } }
            """;

    private HtmlReport() {}

    public static String render(Report report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>RPG outcome report</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>RPG outcome report</h1>\n");
        h.append("<p class=\"note\">Agreement is coded 4 = agree strongly, 3 = agree, 2 = disagree, 1 = strongly disagree;"
                + " '&gt; 2.5' marks a mean above the scale's midpoint, which is not the same as more agreeing than"
                + " disagreeing: '% agree' says how many agreed.</p>\n");
        responseRates(report, h);
        report.disclosureNotes().forEach(note -> h.append("<p class=\"note\">").append(escape(note)).append("</p>\n"));
        List<String> findings = Findings.of(report);
        if (!findings.isEmpty()) {
            h.append("<h2>Findings (all respondents)</h2>\n<ul>\n");
            findings.forEach(f -> h.append("<li>").append(escape(f)).append("</li>\n"));
            h.append("</ul>\n");
        }
        Map<String, String> charts = SvgChart.render(report);
        if (!charts.isEmpty()) {
            h.append("<h2>Mean agreement per statement</h2>\n");
            if (report.pair().isPresent()) {
                h.append("<p class=\"note\">* = the change from ").append(escape(report.pair().get().b())).append(" to ")
                        .append(escape(report.pair().get().a())).append(" is significant (Mann-Whitney p &lt; 0.05 after"
                                + " Holm's adjustment over the statements compared).</p>\n");
            }
            charts.forEach((title, svg) -> h.append("<figure>\n<figcaption>").append(escape(title))
                    .append("</figcaption>\n").append(svg).append("\n</figure>\n"));
            Map<String, String> spread = SvgDistribution.render(report);
            if (!spread.isEmpty()) {
                h.append("<h2>Answers per statement</h2>\n<p class=\"note\">The share of those who answered at each"
                        + " level, all respondents: disagreement left of the line, agreement right; a mean can hide"
                        + " how divided the answers are. Rows whose figures are withheld are not drawn.</p>\n");
                spread.forEach((title, svg) -> h.append("<figure>\n<figcaption>").append(escape(title))
                        .append("</figcaption>\n").append(svg).append("\n</figure>\n"));
            }
            statements(report, h);
        }
        if (!report.comparisonRows().isEmpty()) comparisons(report, h);
        HtmlScales.render(report, h);
        attendance(report, h);
        return h.append("</body>\n</html>\n").toString();
    }

    private static void responseRates(Report report, StringBuilder h) {
        h.append("<h2>Response rates</h2>\n");
        table(h, List.of("Wave", "Label", "Invited", "Submitted", "Response rate", "In progress", "Abandoned"),
                report.waves().stream().map((WaveReturns w) -> List.of(w.code(), w.label(), "" + w.invited(),
                        "" + w.submitted(), w.responseRate().map(Figures::percent).orElse(Figures.UNDEFINED),
                        "" + w.inProgress(), "" + w.abandoned())).toList());
    }

    private static void statements(Report report, StringBuilder h) {
        h.append("<h2>Statements</h2>\n<p class=\"note\">95 % confidence interval of the mean from Student's t.");
        h.append("</p>\n");
        byBlock(h, report.statementRows(), StatementRow::statement,
                List.of("Wave", "Role", "n", "Mean", "SD", "95 % CI", "% agree", "> 2.5"), r -> {
                    Summary s = r.summary();
                    return List.of(r.wave(), report.roleLabel(r.role()), "" + s.n(), Figures.fixed(s.mean(), 2),
                            Figures.fixed(s.sd(), 2), Figures.interval(s.ciLow(), s.ciHigh()),
                            Figures.fixed(s.pctAgree(), 0), s.aboveNeutral() ? "yes" : "");
                });
    }

    private static void comparisons(Report report, StringBuilder h) {
        Report.WavePair p = report.pair().orElseThrow();
        h.append("<h2>Change between waves: ").append(escape(p.a())).append(" minus ").append(escape(p.b())).append("</h2>\n")
                .append("<p class=\"note\">Difference = mean of ").append(escape(p.a())).append(" minus mean of ")
                .append(escape(p.b())).append(". Mann-Whitney U (of ").append(escape(p.a()))
                .append("): normal approximation with tie and continuity corrections, two-sided. Welch: t-test for"
                        + " unequal variances, two-sided. Where a wave has fewer than " + Permutation.SMALL_WAVE
                        + " answers, or one level holds " + Math.round(100 * Permutation.HEAVY_TIES) + " % or more, the"
                        + " normal approximation is poor and the exact permutation p (twice the smaller tail) is used"
                        + " instead. Effect sizes: the rank-biserial r of Mann-Whitney (2U / (n_a n_b) - 1, -1 to 1;"
                        + " its interval from Hanley and McNeil's standard error, which ignores ties) and Hedges' g"
                        + " (the difference over the pooled SD, corrected for small samples), each with a 95 % interval;"
                        + " the difference's interval is Welch's. <em>Holm</em> and <em>BH</em> adjust that p over the"
                        + " " + report.statementsCompared() + " statements compared for the same role group"
                        + " (Holm keeps the chance of any false mark at most 5 %; Benjamini-Hochberg the expected share"
                        + " of false marks among the marked); the CSV gives them per block too. <em>Significant</em> is"
                        + " Holm's p &lt; 0.05, the raw p beside it; a dash means the test is undefined (no answers,"
                        + " one answer, or no variation).</p>\n");
        byBlock(h, report.comparisonRows(), ComparisonRow::statement, List.of("Role", "n " + p.a(), "n " + p.b(),
                "Difference", "Mann-Whitney U", "p (MW)", "p (exact)", "p (Holm)", "q (BH)", "Significant", "p (Welch)",
                "Welch p < 0.05"), r -> {
                    Comparison c = r.comparison();
                    return List.of(report.roleLabel(r.role()), "" + c.nA(), "" + c.nB(), Figures.signed(c.meanDiff(), 2),
                            Figures.fixed(c.mannWhitney().u(), 1), Figures.p(c.mannWhitney().p()),
                            c.markIsExact() ? Figures.p(c.exactP()) : "", Figures.p(r.adjusted().holm()),
                            Figures.p(r.adjusted().bh()),
                            Double.isNaN(c.mannWhitney().p()) ? Figures.UNDEFINED : r.significant() ? "yes" : "no",
                            Figures.p(c.welch().p()),
                            Double.isNaN(c.welch().p()) ? Figures.UNDEFINED : c.welchSignificant() ? "yes" : "no");
                });
        h.append("<h2>Effect sizes of the change</h2>\n<p class=\"note\">Each with its 95 % interval; Welch's t, the per-block"
                + " adjustments and every figure unrounded are in the CSV tables.</p>\n");
        byBlock(h, report.comparisonRows(), ComparisonRow::statement, List.of("Role", "Difference (95 % CI)",
                "Rank-biserial r (95 % CI)", "Hedges' g (95 % CI)"), r -> {
                    EffectSizes e = r.comparison().effects();
                    return List.of(report.roleLabel(r.role()), effect(r.comparison().meanDiff(), e.diffLow(), e.diffHigh()),
                            effect(e.rankBiserial(), e.rLow(), e.rHigh()), effect(e.hedgesG(), e.gLow(), e.gHigh()));
                });
    }

    /** An effect size and its interval, "+0.21 (0.05 to 0.37)". */
    static String effect(double value, double low, double high) {
        return Double.isNaN(value) ? Figures.UNDEFINED : Figures.signed(value, 2) + " (" + Figures.interval(low, high) + ")";
    }

    /** One table per block, each statement's rows under a heading row with its wording. */
    private static <R> void byBlock(StringBuilder h, List<R> rows, Function<R, Statement> statement,
                                    List<String> header, Function<R, List<String>> cells) {
        Map<String, List<List<String>>> blocks = new LinkedHashMap<>();
        Statement current = null;
        for (R row : rows) {
            Statement s = statement.apply(row);
            List<List<String>> block = blocks.computeIfAbsent(s.blockTitle(), b -> new ArrayList<>());
            if (!s.equals(current)) block.add(List.of(s.itemCode() + ": " + s.wording()));
            current = s;
            block.add(cells.apply(row));
        }
        blocks.forEach((title, body) -> {
            h.append("<h3>").append(escape(title)).append("</h3>\n");
            table(h, header, body);
        });
    }

    private static void attendance(Report report, StringBuilder h) {
        AttendanceReport a = report.attendance();
        h.append("<h2>Attendance</h2>\n<p class=\"note\">Rate = present / on the register (present, apologies"
                + " or absent).</p>\n");
        if (a.isEmpty()) {
            h.append("<p>No sessions recorded yet.</p>\n");
            return;
        }
        a.notes().forEach(note -> h.append("<p class=\"note\">").append(escape(note)).append("</p>\n"));
        if (a.byGroupMonth().isEmpty()) return;
        List<String> counts = List.of("Present", "Apologies", "Absent", "Rate");
        h.append("<h3>Per group and month</h3>\n");
        table(h, concat(List.of("Group", "Month", "Sessions"), counts), a.byGroupMonth().stream()
                .map(g -> concat(List.of(g.group(), g.month() == null ? "all" : g.month().toString(), "" + g.sessions()),
                        tally(g.tally()))).toList());
        h.append("<h3>Per role</h3>\n");
        table(h, concat(List.of("Role"), counts), a.byRole().stream()
                .map(l -> concat(List.of(report.roleLabel(l.key())), tally(l.tally()))).toList());
        h.append("<h3>Per facilitator kind</h3>\n");
        table(h, concat(List.of("Facilitator"), counts),
                a.byFacilitatorKind().stream().map((Line l) -> concat(List.of(l.key()), tally(l.tally()))).toList());
        if (a.reasons().isEmpty()) return;
        h.append("<h3>Reasons for absence</h3>\n");
        table(h, List.of("Reason", "Apologies", "Absent"), a.reasons().stream().map(r -> List.of(r.label(),
                r.apologies() == null ? "-" : "" + r.apologies(), r.absent() == null ? "-" : "" + r.absent())).toList());
    }

    private static List<String> tally(Tally t) {
        return List.of("" + t.present(), "" + t.apologies(), "" + t.absent(), Figures.percent(t.rate()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Every cell escaped; numbers right-aligned; a row of one cell is a heading across the table. */
    static void table(StringBuilder h, List<String> header, List<List<String>> rows) {
        h.append("<table>\n<thead><tr>");
        header.forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            if (row.size() == 1) {
                h.append("<th class=\"statement\" colspan=\"").append(header.size()).append("\">")
                        .append(escape(row.get(0))).append("</th></tr>\n");
                continue;
            }
            for (String cell : row) {
                boolean number = cell.matches("[-+<]?[0-9][0-9.]*%?|-");
                h.append(number ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
