package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rpgkiosk.report.Report.ComparisonRow;
import org.rpgkiosk.report.ScaleReport.ScaleChange;
import org.rpgkiosk.report.ScaleReport.ScaleRow;

/**
 * The text report's sections beside the statement tables: the effect sizes of each statement's
 * change, the block scales and their change. Each table is grouped under a heading (statement or
 * block) so every line fits 80 columns; the intervals of alpha are in the CSV and HTML only.
 */
final class TextScales {
    private TextScales() {}

    static List<String> effects(Report report) {
        List<String> out = new ArrayList<>();
        Report.WavePair p = report.pair().orElseThrow();
        out.add("Effect sizes of the change (" + p.a() + " minus " + p.b() + "), each with its 95% interval:");
        out.add("  DIFF: difference of means (Welch); R: rank-biserial correlation of");
        out.add("  Mann-Whitney, -1 to 1; G: Hedges' g, the difference in pooled SDs.");
        out.add("  '-' = undefined.");
        String columns = "  %s %14s %6s %14s %6s %14s";
        TextReport.byStatement(out, report.comparisonRows(), ComparisonRow::statement,
                row(columns, TextChart.pad("ROLE", 16), "DIFF 95% CI", "R", "R 95% CI", "G", "G 95% CI"), r -> {
                    EffectSizes e = r.comparison().effects();
                    return row(columns, TextChart.pad(r.role(), 16), signedInterval(e.diffLow(), e.diffHigh()),
                            Figures.signed(e.rankBiserial(), 2), signedInterval(e.rLow(), e.rHigh()),
                            Figures.signed(e.hedgesG(), 2), signedInterval(e.gLow(), e.gHigh()));
                });
        return out;
    }

    static List<String> scales(Report report) {
        List<String> out = new ArrayList<>();
        ScaleReport s = report.scales();
        if (s.rows().isEmpty()) return out;
        out.add("Block scales: a respondent's score is the mean of the block's statements they");
        out.add("  answered, given when they answered at least half of them (rounded up); N has a");
        out.add("  score, MISS does not. 95% CI as for a statement. ALPHA: Cronbach's alpha over");
        out.add("  the A N respondents who answered every statement of the block (its interval:");
        out.add("  CSV and HTML).");
        String columns = "  %s %s %5s %5s %5s %5s %13s %5s %5s";
        TextReport.grouped(out, s.rows(), ScaleRow::scale, b -> b.blockCode() + "  " + b.blockTitle() + " ("
                        + b.statements().size() + " statements)",
                row(columns, TextChart.pad("WAVE", 10), TextChart.pad("ROLE", 14), "N", "MISS", "MEAN", "SD", "95% CI",
                        "ALPHA", "A N"), r -> {
                    Summary m = r.summary();
                    CronbachAlpha a = r.alpha();
                    return row(columns, TextChart.pad(r.wave(), 10), TextChart.pad(r.role(), 14), m.n(),
                            r.missing() < 0 ? Figures.UNDEFINED : "" + r.missing(), Figures.fixed(m.mean(), 2),
                            Figures.fixed(m.sd(), 2), Figures.interval(m.ciLow(), m.ciHigh()),
                            a == null ? "" : Figures.fixed(a.alpha(), 2), a == null ? "" : "" + a.complete());
                });
        if (!s.changes().isEmpty()) changes(report, s, out);
        return out;
    }

    private static void changes(Report report, ScaleReport s, List<String> out) {
        Report.WavePair p = report.pair().orElseThrow();
        out.add("Change of block scores: mean " + p.a() + " - mean " + p.b() + ", Welch's t-test and interval,");
        out.add("  HOLM P: Welch p adjusted over the " + s.scales().size() + " blocks; G: Hedges' g.");
        out.add("  SIG: * where HOLM P < 0.05.");
        String columns = "  %s %5s %5s %6s %14s %7s %7s %6s %3s";
        TextReport.grouped(out, s.changes(), ScaleChange::scale, b -> b.blockCode() + "  " + b.blockTitle(),
                row(columns, TextChart.pad("ROLE", 16), "N_A", "N_B", "DIFF", "95% CI", "WELCH P", "HOLM P", "G", "SIG"),
                c -> row(columns, TextChart.pad(c.role(), 16), c.a().n(), c.b().n(),
                        Figures.signed(c.difference().estimate(), 2),
                        signedInterval(c.difference().low(), c.difference().high()), Figures.p(c.welch().p()),
                        Figures.p(c.holm()), Figures.signed(c.hedgesG().estimate(), 2), c.significant() ? "*" : ""));
    }

    /** "-0.50 to +0.10": signed, as a difference is. */
    private static String signedInterval(double low, double high) {
        return Double.isNaN(low) ? Figures.UNDEFINED : Figures.signed(low, 2) + " to " + Figures.signed(high, 2);
    }

    private static String row(String format, Object... cells) {
        return String.format(Locale.ROOT, format, cells).stripTrailing();
    }
}
