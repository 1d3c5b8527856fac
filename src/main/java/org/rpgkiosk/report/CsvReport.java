package org.rpgkiosk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rpgkiosk.report.AttendanceReport.Line;
import org.rpgkiosk.report.Report.ComparisonRow;
import org.rpgkiosk.report.Report.StatementRow;

/**
 * Every share is a percentage, 0 to 100, and its column says so ({@code pct_agree}, {@code pct_1},
 * {@code response_rate_pct}, {@code rate_pct}): a 0-1 rate beside a 0-100 percentage was misread.
 * The report as CSV tables, one table per file (named {@code <table>.csv}), so every file has
 * one header and reads straight into R, SPSS or Excel. The first two carry exactly the columns
 * the evaluators asked for. In {@code comparisons}, {@code mw_u} is the U of wave a,
 * {@code mean_diff} and {@code welch_t} are wave a minus wave b; {@code mw_p_exact} is the exact
 * permutation p where a wave is small or ties heavy ({@link Permutation}), {@code mark_p} says which
 * p the mark rests on; {@code mw_p_holm} and {@code mw_q_bh} adjust that p over the questionnaire's statements compared for the same role group, the
 * {@code _block} pair within the statement's block; {@code significant} is mw_p_holm < 0.05 (empty
 * when the test is undefined). In {@code scales} (block scores, {@link ScaleReport}) {@code n} is the
 * respondents with a score and {@code alpha_n} the complete cases alpha rests on; in
 * {@code scale_changes} {@code welch_p_holm} adjusts Welch's p over the blocks and
 * {@code significant} is it below 0.05.
 */
public final class CsvReport {
    public static final String STATEMENTS = "statements";
    public static final String COMPARISONS = "comparisons";
    /** Every table, in the order {@link #tables} writes them. */
    public static final String DISTRIBUTIONS = "distributions";
    public static final String SCALES = "scales";
    public static final String SCALE_CHANGES = "scale_changes";
    public static final List<String> NAMES = List.of(STATEMENTS, COMPARISONS, DISTRIBUTIONS, SCALES, SCALE_CHANGES,
            "respondents_by_role", "response_rates",
            "attendance_by_group_month", "attendance_by_role", "attendance_by_facilitator_kind", "absence_reasons");

    private CsvReport() {}

    public record Table(String name, List<String> header, List<List<String>> rows) {
        public String toCsv() {
            StringBuilder out = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                printer.printRecord(header);
                for (List<String> row : rows) printer.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }
    }

    public static List<Table> tables(Report report) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(STATEMENTS, List.of("block", "item_code", "wave", "role", "n", "mean", "sd",
                "ci_low", "ci_high", "pct_agree"), report.statementRows().stream().map(CsvReport::statement).toList()));
        tables.add(new Table(COMPARISONS, List.of("block", "item_code", "wave_a", "wave_b", "role", "n_a", "n_b",
                "mean_diff", "mw_u", "mw_p", "mw_p_exact", "mark_p", "mw_p_holm", "mw_q_bh", "mw_p_holm_block", "mw_q_bh_block", "welch_t", "welch_p",
                "mean_diff_ci_low", "mean_diff_ci_high", "rank_biserial", "rank_biserial_ci_low", "rank_biserial_ci_high",
                "hedges_g", "hedges_g_ci_low", "hedges_g_ci_high", "significant"),
                report.comparisonRows().stream().map(CsvReport::comparison).toList()));
        tables.add(new Table(DISTRIBUTIONS, List.of("block", "item_code", "wave", "role", "n", "n_1", "n_2", "n_3", "n_4",
                "missing", "pct_1", "pct_2", "pct_3", "pct_4"), report.statementRows().stream()
                .map(CsvReport::distribution).toList()));
        tables.add(new Table(SCALES, List.of("block", "wave", "role", "items", "n", "missing", "mean", "sd", "ci_low",
                "ci_high", "alpha_n", "alpha", "alpha_ci_low", "alpha_ci_high"),
                report.scales().rows().stream().map(CsvReport::scale).toList()));
        tables.add(new Table(SCALE_CHANGES, List.of("block", "wave_a", "wave_b", "role", "n_a", "n_b", "mean_a", "mean_b",
                "mean_diff", "mean_diff_ci_low", "mean_diff_ci_high", "welch_t", "welch_df", "welch_p", "welch_p_holm",
                "hedges_g", "hedges_g_ci_low", "hedges_g_ci_high", "significant"),
                report.scales().changes().stream().map(CsvReport::scaleChange).toList()));
        List<List<String>> byRole = new ArrayList<>();
        report.respondentsByRole().forEach((wave, groups) -> groups.forEach((role, n) ->
                byRole.add(List.of(wave, role, report.roleLabel(role), "" + n))));
        tables.add(new Table("respondents_by_role", List.of("wave", "role", "role_label", "respondents"), byRole));
        tables.add(new Table("response_rates", List.of("wave", "label", "invited", "submitted", "in_progress",
                "abandoned", "response_rate_pct", "released"), report.waves().stream().map(w -> List.of(w.code(), w.label(),
                "" + w.invited(), "" + w.submitted(), "" + w.inProgress(), "" + w.abandoned(),
                w.invited() == 0 ? "" : Figures.exact(100.0 * w.submitted() / w.invited()),
                "" + report.released().getOrDefault(w.code(), 0L))).toList()));
        AttendanceReport a = report.attendance();
        tables.add(new Table("attendance_by_group_month", List.of("group", "month", "sessions", "present",
                "apologies", "absent", "rate_pct"), a.byGroupMonth().stream().map(g -> tally(List.of(g.group(),
                g.month() == null ? "" : g.month().toString(), "" + g.sessions()), g.tally())).toList()));
        tables.add(lines("attendance_by_role", "role", a.byRole()));
        tables.add(lines("attendance_by_facilitator_kind", "facilitator_kind", a.byFacilitatorKind()));
        tables.add(new Table("absence_reasons", List.of("reason", "reason_label", "apologies", "absent"), a.reasons().stream()
                .map(r -> List.of(r.reason(), r.label(), count(r.apologies()), count(r.absent()))).toList()));
        return tables;
    }

    public static Table table(Report report, String name) {
        return tables(report).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    private static List<String> statement(StatementRow r) {
        Summary s = r.summary();
        return List.of(r.statement().blockCode(), r.statement().itemCode(), r.wave(), r.role(), "" + s.n(),
                Figures.exact(s.mean()), Figures.exact(s.sd()), Figures.exact(s.ciLow()), Figures.exact(s.ciHigh()),
                Figures.exact(s.pctAgree()));
    }

    /** Counts per answer level and the unanswered; blank where the row's figures are withheld. */
    private static List<String> distribution(StatementRow r) {
        List<String> cells = new ArrayList<>(List.of(r.statement().blockCode(), r.statement().itemCode(), r.wave(),
                r.role(), "" + r.summary().n()));
        PointCounts c = r.levels();
        for (int points = PointCounts.LOWEST; points <= PointCounts.HIGHEST; points++) {
            cells.add(c == null ? "" : "" + c.count(points));
        }
        cells.add(c == null ? "" : "" + r.missing());
        for (int points = PointCounts.LOWEST; points <= PointCounts.HIGHEST; points++) cells.add(Figures.exact(r.pct(points)));
        return cells;
    }

    private static List<String> comparison(ComparisonRow r) {
        Comparison c = r.comparison();
        EffectSizes e = c.effects();
        return List.of(r.statement().blockCode(), r.statement().itemCode(), r.waveA(), r.waveB(), r.role(),
                "" + c.nA(), "" + c.nB(), Figures.exact(c.meanDiff()), Figures.exact(c.mannWhitney().u()),
                Figures.exact(c.mannWhitney().p()), Figures.exact(c.exactP()),
                Double.isNaN(c.markP()) ? "" : c.markIsExact() ? "exact" : "asymptotic", Figures.exact(r.adjusted().holm()), Figures.exact(r.adjusted().bh()),
                Figures.exact(r.adjusted().holmBlock()), Figures.exact(r.adjusted().bhBlock()),
                Figures.exact(c.welch().t()), Figures.exact(c.welch().p()),
                Figures.exact(e.diffLow()), Figures.exact(e.diffHigh()), Figures.exact(e.rankBiserial()),
                Figures.exact(e.rLow()), Figures.exact(e.rHigh()), Figures.exact(e.hedgesG()), Figures.exact(e.gLow()),
                Figures.exact(e.gHigh()),
                Double.isNaN(c.mannWhitney().p()) ? "" : Boolean.toString(r.significant()));
    }

    private static List<String> scale(ScaleReport.ScaleRow r) {
        Summary s = r.summary();
        CronbachAlpha a = r.alpha();
        return List.of(r.scale().blockCode(), r.wave(), r.role(), "" + r.scale().statements().size(), "" + s.n(),
                r.missing() < 0 ? "" : "" + r.missing(), Figures.exact(s.mean()), Figures.exact(s.sd()),
                Figures.exact(s.ciLow()), Figures.exact(s.ciHigh()), a == null ? "" : "" + a.complete(),
                a == null ? "" : Figures.exact(a.alpha()), a == null ? "" : Figures.exact(a.low()),
                a == null ? "" : Figures.exact(a.high()));
    }

    private static List<String> scaleChange(ScaleReport.ScaleChange c) {
        return List.of(c.scale().blockCode(), c.waveA(), c.waveB(), c.role(), "" + c.a().n(), "" + c.b().n(),
                Figures.exact(c.a().mean()), Figures.exact(c.b().mean()), Figures.exact(c.difference().estimate()),
                Figures.exact(c.difference().low()), Figures.exact(c.difference().high()), Figures.exact(c.welch().t()),
                Figures.exact(c.welch().df()), Figures.exact(c.welch().p()), Figures.exact(c.holm()),
                Figures.exact(c.hedgesG().estimate()), Figures.exact(c.hedgesG().low()), Figures.exact(c.hedgesG().high()),
                Double.isNaN(c.holm()) ? "" : Boolean.toString(c.significant()));
    }

    private static Table lines(String name, String key, List<Line> lines) {
        return new Table(name, List.of(key, "present", "apologies", "absent", "rate_pct"),
                lines.stream().map(l -> tally(List.of(l.key()), l.tally())).toList());
    }

    /** A status column left blank by the disclosure rule is empty. */
    private static String count(Long n) {
        return n == null ? "" : n.toString();
    }

    private static List<String> tally(List<String> first, AttendanceReport.Tally t) {
        List<String> row = new ArrayList<>(first);
        row.addAll(List.of("" + t.present(), "" + t.apologies(), "" + t.absent(), t.registered() == 0 ? "" : Figures.exact(100.0 * t.present() / t.registered())));
        return row;
    }
}
