package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.rpgkiosk.report.AttendanceReport.Line;
import org.rpgkiosk.report.AttendanceReport.Tally;
import org.rpgkiosk.report.Report.ComparisonRow;
import org.rpgkiosk.report.Report.StatementRow;
import org.rpgkiosk.report.ReportData.Statement;
import org.rpgkiosk.report.ReportData.WaveReturns;
import org.rpgkiosk.text.Cells;

/**
 * The report for a terminal or a plain-text e-mail: response rates, the charts, the statement
 * tables grouped by statement (so each line fits 80 columns), the comparison and its effect
 * sizes, the block scales ({@link TextScales}), and attendance.
 * Stored text (labels, statements, names) is shown as a screen shows it ({@link Cells}) and its
 * columns are measured in terminal columns, for the kiosk's report screen and a terminal alike.
 */
public final class TextReport {
    private TextReport() {}

    public static String render(Report report) {
        List<String> out = new ArrayList<>();
        out.add("RPG outcome report");
        out.add("");
        responseRates(report, out);
        List<String> findings = Findings.of(report);
        if (!findings.isEmpty()) {
            out.add("Findings (all respondents)");
            findings.forEach(f -> out.addAll(wrap("- " + f)));
            out.add("");
        }
        if (!report.statementRows().isEmpty()) {
            out.addAll(TextChart.render(report));
            out.addAll(TextDistribution.render(report));
            statements(report, out);
        }
        if (!report.comparisonRows().isEmpty()) {
            comparisons(report, out);
            out.addAll(TextScales.effects(report));
        }
        out.addAll(TextScales.scales(report));
        attendance(report, out);
        return String.join("\n", out.stream().map(Cells::line).toList()).stripTrailing() + "\n";
    }

    private static void responseRates(Report report, List<String> out) {
        out.add("Response rates: submitted / invited (the figures count released responses only)");
        if (report.waves().isEmpty()) {
            out.add("  no waves yet");
        }
        out.add(row("  %-10s %-16s %7s %9s %5s %11s %9s", "WAVE", "LABEL", "INVITED", "SUBMITTED", "RATE",
                "IN PROGRESS", "ABANDONED"));
        for (WaveReturns w : report.waves()) {
            out.add(row("  %s %s %7d %9d %5s %11d %9d", TextChart.pad(w.code(), 10), TextChart.pad(w.label(), 16), w.invited(),
                    w.submitted(), w.responseRate().map(Figures::percent).orElse(Figures.UNDEFINED),
                    w.inProgress(), w.abandoned()));
        }
        out.add("");
        report.disclosureNotes().forEach(note -> out.addAll(wrap(note)));
        out.add("");
    }

    private static void statements(Report report, List<String> out) {
        out.add("Statements: n answers, mean (1..4), SD, 95% CI of the mean (Student's t),");
        out.add("  % agreeing (3 or 4), and '>2.5' where the mean is above the midpoint: not the");
        out.add("  same as more agreeing than disagreeing, which AGREE says.");
        String columns = "  %s %s %5s %5s %5s %13s %6s %5s";
        byStatement(out, report.statementRows(), StatementRow::statement,
                row(columns, TextChart.pad("WAVE", 10), TextChart.pad("ROLE", 20), "N", "MEAN", "SD", "95% CI", "AGREE", ""), r -> {
                    Summary s = r.summary();
                    return row(columns, TextChart.pad(r.wave(), 10), TextChart.pad(r.role(), 20), s.n(),
                            Figures.fixed(s.mean(), 2), Figures.fixed(s.sd(), 2), Figures.interval(s.ciLow(), s.ciHigh()),
                            Figures.percent(s.pctAgree() / 100), s.aboveNeutral() ? ">2.5" : "");
                });
    }

    private static void comparisons(Report report, List<String> out) {
        Report.WavePair p = report.pair().orElseThrow();
        out.add(TextChart.fit("Change between waves: " + p.a() + " (" + report.waveLabel(p.a()) + ") minus " + p.b()
                + " (" + report.waveLabel(p.b()) + ")"));
        out.add("  DIFF = mean " + p.a() + " - mean " + p.b() + ". MW = Mann-Whitney U (of " + p.a() + "),");
        out.add("  normal approximation with tie and continuity corrections, two-sided.");
        out.add("  WELCH = t-test for unequal variances, two-sided.");
        out.add("  MW P with 'e': the exact permutation p, which the mark uses where a wave has");
        out.add("  under " + Permutation.SMALL_WAVE + " answers or one level holds " + Math.round(100 * Permutation.HEAVY_TIES)
                + " % or more (asymptotic p: in the CSV).");
        out.add("  HOLM P, BH Q: MW p adjusted over the " + report.statementsCompared() + " statements compared for the");
        out.add("  same role group. Holm: the chance of any false mark at most 5 %; BH");
        out.add("  (Benjamini-Hochberg): the expected share of false marks at most 5 %.");
        out.add("  Per block, Welch t and MW U: in the CSV.");
        out.add("  SIG: * where HOLM P < 0.05 (the CSV's flag), w where Welch's raw p < 0.05.");
        out.add("  '-' = undefined: no answers, one answer (Welch), or no variation at all.");
        String columns = "  %s %5s %5s %6s %7s %7s %7s %7s %3s";
        byStatement(out, report.comparisonRows(), ComparisonRow::statement,
                row(columns, TextChart.pad("ROLE", 20), "N_A", "N_B", "DIFF", "MW P", "HOLM P", "BH Q", "WELCH P", "SIG"), r -> {
                    Comparison c = r.comparison();
                    String sig = (r.significant() ? "*" : "") + (c.welchSignificant() ? "w" : "");
                    return row(columns, TextChart.pad(r.role(), 20), c.nA(), c.nB(), Figures.signed(c.meanDiff(), 2),
                            Figures.p(c.markP()) + (c.markIsExact() ? "e" : ""), Figures.p(r.adjusted().holm()), Figures.p(r.adjusted().bh()),
                            Figures.p(c.welch().p()), sig);
                });
    }

    /** Rows under a heading per statement (code and wording), each heading followed by the column names. */
    static <R> void byStatement(List<String> out, List<R> rows, Function<R, Statement> statement, String header,
                                Function<R, String> line) {
        grouped(out, rows, statement, s -> s.itemCode() + "  " + s.wording(), header, line);
    }

    /** Rows under a heading per key (a statement, a block), each heading followed by the column names. */
    static <R, K> void grouped(List<String> out, List<R> rows, Function<R, K> key, Function<K, String> heading,
                               String header, Function<R, String> line) {
        K current = null;
        for (R r : rows) {
            if (!key.apply(r).equals(current)) {
                current = key.apply(r);
                out.add("");
                out.add(TextChart.fit(heading.apply(current)));
                out.add(header);
            }
            out.add(line.apply(r));
        }
        out.add("");
    }

    private static void attendance(Report report, List<String> out) {
        AttendanceReport a = report.attendance();
        out.add("Attendance (rate = present / on the register: present, apologies or absent)");
        if (a.isEmpty()) {
            out.add("  no sessions recorded yet");
            return;
        }
        a.notes().forEach(note -> out.add(TextChart.fit("  " + note)));
        if (a.byGroupMonth().isEmpty()) return;
        out.add(row("  %-28s %-7s %8s %7s %9s %6s %5s", "GROUP", "MONTH", "SESSIONS", "PRESENT", "APOLOGIES",
                "ABSENT", "RATE"));
        for (AttendanceReport.GroupMonth g : a.byGroupMonth()) {
            Tally t = g.tally();
            out.add(row("  %s %-7s %8d %7d %9d %6d %5s", TextChart.pad(g.group(), 28), g.month() == null ? "all"
                    : g.month(), g.sessions(), t.present(), t.apologies(), t.absent(), Figures.percent(t.rate())));
        }
        lines(out, "ROLE", a.byRole().stream().map(l -> new Line(report.roleLabel(l.key()), l.tally())).toList());
        lines(out, "FACILITATOR", a.byFacilitatorKind());
        if (a.reasons().isEmpty()) return;
        out.add("");
        out.add(row("  %-28s %9s %6s", "REASON FOR ABSENCE", "APOLOGIES", "ABSENT"));
        a.reasons().forEach(r -> out.add(row("  %-28s %9s %6s", r.label(), count(r.apologies()), count(r.absent()))));
    }

    private static String count(Long n) {
        return n == null ? "-" : n.toString();
    }

    private static void lines(List<String> out, String key, List<Line> lines) {
        out.add("");
        out.add(row("  %-28s %7s %9s %6s %5s", key, "PRESENT", "APOLOGIES", "ABSENT", "RATE"));
        for (Line l : lines) {
            Tally t = l.tally();
            out.add(row("  %s %7d %9d %6d %5s", TextChart.pad(l.key(), 28), t.present(), t.apologies(), t.absent(),
                    Figures.percent(t.rate())));
        }
    }

    /** A sentence in lines of at most 78 columns, indented by two. */
    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ");
        for (String word : text.split(" ")) {
            // Measured in terminal cells: stored text (a wave's label) may hold wide characters.
            if (Cells.width(line.toString()) + 1 + Cells.width(word) > TextChart.WIDTH - 2 && line.length() > 1) {
                lines.add(TextChart.fit(line.toString()));
                line = new StringBuilder(" ");
            }
            line.append(' ').append(word);
        }
        lines.add(TextChart.fit(line.toString()));
        return lines;
    }

    private static String row(String format, Object... cells) {
        return String.format(Locale.ROOT, format, cells).stripTrailing();
    }
}
