package org.rpgkiosk.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rpgkiosk.report.Report.StatementRow;
import org.rpgkiosk.report.ReportData.Statement;

/**
 * The answers of each statement and wave as diverging stacked bars in SVG, one chart per block:
 * disagreement left of the centre line, agreement right, strongly at the outer ends, 100 % on
 * each side, the shares in the bars' tooltips. Rows whose figures are withheld are not drawn.
 */
final class SvgDistribution {
    private static final int WIDTH = 800;
    private static final int CENTRE = 560;
    private static final int HALF = 180;
    private static final int BAR = 12;
    private static final int TOP = 28;
    /** Strongly disagree, disagree, agree, agree strongly: a diverging red-blue scale (ColorBrewer RdBu). */
    static final String[] COLOURS = {"#b2182b", "#ef8a62", "#67a9cf", "#2166ac"};
    private static final String[] NAMES = {"strongly disagree", "disagree", "agree", "agree strongly"};

    private SvgDistribution() {}

    static Map<String, String> render(Report report) {
        Map<String, String> charts = new LinkedHashMap<>();
        SvgChart.byBlock(report.wholeSample().stream().filter(r -> r.levels() != null && r.levels().n() > 0).toList())
                .forEach((title, statements) -> charts.put(title, chart(report, title, statements)));
        return charts;
    }

    private static String chart(Report report, String title, Map<Statement, List<StatementRow>> statements) {
        List<String> waves = report.shownWaves();
        int rowHeight = Math.max(2, waves.size()) * (BAR + 2) + SvgChart.GAP;
        int plotHeight = statements.size() * rowHeight;
        StringBuilder svg = new StringBuilder(f("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"100%%\" role=\"img\" aria-label=\"%s: answers per statement and wave\">\n", WIDTH,
                TOP + plotHeight + 24, HtmlReport.escape(title)));
        for (int level = 0; level < 4; level++) {
            int x = SvgChart.LABEL_WIDTH - 100 + level * 125;   // "strongly disagree" needs about 110
            svg.append(f("<rect x=\"%d\" y=\"6\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"15\">%s</text>\n",
                    x, COLOURS[level], x + 14, NAMES[level]));
        }
        int y = TOP;
        for (Map.Entry<Statement, List<StatementRow>> s : statements.entrySet()) {
            SvgChart.label(svg, s.getKey().wording(), y, rowHeight);
            for (StatementRow r : s.getValue()) {
                int barY = y + waves.indexOf(r.wave()) * (BAR + 2);
                svg.append(f("<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", SvgChart.LABEL_WIDTH + 6, barY + BAR - 2,
                        HtmlReport.escape(r.wave())));
                // Outward from the centre: disagree then strongly disagree to the left, agree then agree strongly to the right.
                double left = CENTRE;
                for (int level : new int[] {2, 1}) left = segment(svg, r, level, left - width(r, level), barY, left - width(r, level));
                double right = CENTRE;
                for (int level : new int[] {3, 4}) right = segment(svg, r, level, right, barY, right + width(r, level));
                svg.append(f("<text x=\"%d\" y=\"%d\" font-size=\"10\">n %d</text>\n", CENTRE + HALF + 8, barY + BAR - 2,
                        r.levels().n()));
            }
            y += rowHeight;
        }
        svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#222\"/>", CENTRE, TOP - 4, CENTRE, TOP + plotHeight));
        for (int pct : new int[] {-100, -50, 50, 100}) {
            double x = CENTRE + pct / 100.0 * HALF;
            svg.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d %%</text>", x, TOP + plotHeight + 14, Math.abs(pct)));
        }
        return svg.append("\n</svg>").toString();
    }

    private static double width(StatementRow r, int level) {
        return r.pct(level) / 100 * HALF;
    }

    /** One level's rectangle from x, with its share in the tooltip; returns where the next one starts. */
    private static double segment(StringBuilder svg, StatementRow r, int level, double x, int y, double next) {
        double w = width(r, level);
        if (w > 0) {
            svg.append(f("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s: %s %%</title></rect>",
                    x, y, w, BAR, COLOURS[level - 1], HtmlReport.escape(r.wave()), NAMES[level - 1],
                    Figures.fixed(r.pct(level), 0)));
        }
        return next;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
