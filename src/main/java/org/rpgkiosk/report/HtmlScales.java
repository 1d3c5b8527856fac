package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.List;
import org.rpgkiosk.report.ScaleReport.ScaleChange;
import org.rpgkiosk.report.ScaleReport.ScaleRow;

/** The HTML report's block scales: a chart of the whole sample's mean scores, the table, the change. */
final class HtmlScales {
    private HtmlScales() {}

    /** Alpha is not a signed difference: "0.84 (0.74 to 0.91)". */
    private static String alpha(CronbachAlpha a) {
        return Double.isNaN(a.alpha()) ? Figures.UNDEFINED
                : Figures.fixed(a.alpha(), 2) + " (" + Figures.interval(a.low(), a.high()) + ")";
    }

    static void render(Report report, StringBuilder h) {
        ScaleReport s = report.scales();
        if (s.rows().isEmpty()) return;
        h.append("<h2>Block scales</h2>\n<p class=\"note\">Each block of statements as one scale. A respondent's score"
                + " is the mean of the block's statements they answered, given when they answered at least half of"
                + " them (rounded up); with fewer they have no score (missing). The 95 % interval of the mean is"
                + " Student's t, within 1 to 4. Cronbach's alpha is over the respondents who answered every statement"
                + " of the block (complete cases), with Feldt's 95 % interval; for the whole sample only.</p>\n");
        String chart = SvgChart.scales(report);
        if (!chart.isEmpty()) {
            h.append("<figure>\n<figcaption>Mean block score per wave, all respondents</figcaption>\n").append(chart)
                    .append("\n</figure>\n");
        }
        List<List<String>> rows = new ArrayList<>();
        Object current = null;
        for (ScaleRow r : s.rows()) {
            if (!r.scale().equals(current)) {
                current = r.scale();
                rows.add(List.of(r.scale().blockTitle() + " (" + r.scale().statements().size() + " statements)"));
            }
            Summary m = r.summary();
            CronbachAlpha a = r.alpha();
            rows.add(List.of(r.wave(), report.roleLabel(r.role()), "" + m.n(), r.missing() < 0 ? Figures.UNDEFINED : "" + r.missing(),
                    Figures.fixed(m.mean(), 2), Figures.fixed(m.sd(), 2), Figures.interval(m.ciLow(), m.ciHigh()),
                    a == null ? "" : "" + a.complete(), a == null ? "" : alpha(a)));
        }
        HtmlReport.table(h, List.of("Wave", "Role", "n scored", "Missing", "Mean", "SD", "95 % CI", "Complete cases",
                "Cronbach's alpha (95 % CI)"), rows);
        if (s.changes().isEmpty()) return;
        Report.WavePair p = report.pair().orElseThrow();
        h.append("<h3>Change of block scores: ").append(HtmlReport.escape(p.a())).append(" minus ")
                .append(HtmlReport.escape(p.b())).append("</h3>\n<p class=\"note\">Welch's t-test and interval of the"
                        + " difference of mean scores; Hedges' g; <em>Significant</em> is Welch's p &lt; 0.05 after Holm's"
                        + " adjustment over the " + s.scales().size() + " blocks compared for the same role group.</p>\n");
        List<List<String>> changes = new ArrayList<>();
        for (ScaleChange c : s.changes()) {
            changes.add(List.of(c.scale().blockTitle(), report.roleLabel(c.role()), "" + c.a().n(), "" + c.b().n(),
                    HtmlReport.effect(c.difference().estimate(), c.difference().low(), c.difference().high()),
                    Figures.p(c.welch().p()), Figures.p(c.holm()),
                    HtmlReport.effect(c.hedgesG().estimate(), c.hedgesG().low(), c.hedgesG().high()),
                    Double.isNaN(c.holm()) ? Figures.UNDEFINED : c.significant() ? "yes" : "no"));
        }
        HtmlReport.table(h, List.of("Block", "Role", "n " + p.a(), "n " + p.b(), "Difference (95 % CI)", "p (Welch)",
                "p (Holm)", "Hedges' g (95 % CI)", "Significant"), changes);
    }
}
