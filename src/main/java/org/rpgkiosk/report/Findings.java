package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rpgkiosk.report.Report.ComparisonRow;
import org.rpgkiosk.report.Report.WavePair;
import org.rpgkiosk.report.ScaleReport.ScaleChange;

/**
 * The report's opening sentences, as a results section opens: what was compared, how many
 * statements changed after adjustment (and which), and how each block's score moved. Whole sample
 * only, and only figures the report shows (a withheld comparison has no p, so it is never named).
 */
final class Findings {
    private Findings() {}

    static List<String> of(Report report) {
        List<String> out = new ArrayList<>();
        if (report.pair().isEmpty()) return out;
        WavePair p = report.pair().get();
        List<ComparisonRow> whole = report.comparisonRows().stream().filter(r -> r.role().equals(Report.ALL)).toList();
        List<ComparisonRow> tested = whole.stream().filter(r -> !Double.isNaN(r.comparison().markP())).toList();
        out.add(String.format(Locale.ROOT, "Comparing %s (%s, %d released responses) with %s (%s, %d): %d of %d"
                        + " statements could be tested%s.", p.a(), report.waveLabel(p.a()),
                report.released().getOrDefault(p.a(), 0L), p.b(), report.waveLabel(p.b()),
                report.released().getOrDefault(p.b(), 0L), tested.size(), whole.size(),
                tested.size() == whole.size() ? "" : " (the others: figures withheld, or no variation to test)"));
        if (tested.isEmpty()) return out;
        long raw = tested.stream().filter(r -> r.comparison().markP() < Comparison.ALPHA).count();
        long bh = tested.stream().filter(r -> r.adjusted().bh() < Comparison.ALPHA).count();
        List<String> marked = tested.stream().filter(ComparisonRow::significant)
                .map(r -> r.statement().itemCode() + " " + Figures.signed(r.comparison().meanDiff(), 2)).toList();
        out.add(String.format(Locale.ROOT, "%d changed significantly after Holm's adjustment%s; %d had p < 0.05 before"
                        + " adjustment, and %d have a Benjamini-Hochberg q < 0.05.", marked.size(),
                marked.isEmpty() ? "" : " (" + String.join(", ", marked) + ")", raw, bh));
        for (ScaleChange c : report.scales().changes()) {
            if (!c.role().equals(Report.ALL) || !c.shown() || Double.isNaN(c.welch().p())) continue;
            String holm = Figures.p(c.holm());
            out.add(String.format(Locale.ROOT, "%s: mean score %s (%s) to %s (%s), a change of %s (95%% CI %s to %s),"
                            + " Holm p %s%s.", c.scale().blockTitle(), Figures.fixed(c.b().mean(), 2), p.b(),
                    Figures.fixed(c.a().mean(), 2), p.a(), Figures.signed(c.difference().estimate(), 2),
                    Figures.signed(c.difference().low(), 2), Figures.signed(c.difference().high(), 2),
                    holm.startsWith("<") ? "< 0.001" : "= " + holm, c.significant() ? ", significant" : ""));
        }
        return out;
    }
}
