package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rpgkiosk.report.Report.StatementRow;
import org.rpgkiosk.report.ReportData.Statement;

/**
 * The evaluation's Figures 1-3 as inline SVG, one chart per block (and one of the block scores):
 * a horizontal bar per statement and wave on the 1..4 axis with a dot at the mean and its 95 % interval as a whisker,
 * the mean and n in a column right of the axis, the neutral 2.5 dashed. Fixed geometry in user units,
 * scaled by the page, so it prints as sharply as it shows.
 */
final class SvgChart {
    private static final int WIDTH = 800;
    static final int LABEL_WIDTH = 330;
    private static final int PLOT_LEFT = 340;
    private static final int PLOT_WIDTH = 360;
    private static final int BAR = 12;
    static final int GAP = 10;
    private static final int TOP = 28;
    private static final int LINE_CHARS = 50;
    static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#9c755f", "#76b7b2"};

    private SvgChart() {}

    /** One wave's figure on a row: its summary, and whether its change is marked. */
    record Bar(String wave, Summary summary, boolean marked) {}

    /** One SVG per block, keyed by the block's title. */
    static Map<String, String> render(Report report) {
        Map<String, String> charts = new LinkedHashMap<>();
        byBlock(report.wholeSample()).forEach((title, statements) -> {
            Map<String, List<Bar>> rows = new LinkedHashMap<>();
            statements.forEach((s, waves) -> rows.put(s.wording(), waves.stream()
                    .map(r -> new Bar(r.wave(), r.summary(), report.significantChange(r))).toList()));
            charts.put(title, chart(report, title + ": mean agreement per statement and wave", rows));
        });
        return charts;
    }

    /** The block scores of the whole sample, one row per block; empty when there are none. */
    static String scales(Report report) {
        Map<String, List<Bar>> rows = new LinkedHashMap<>();
        for (ScaleReport.ScaleRow r : report.scales().rows()) {
            if (!r.role().equals(Report.ALL)) continue;
            boolean marked = report.scales().changes().stream().anyMatch(c -> c.scale().equals(r.scale())
                    && c.role().equals(Report.ALL) && c.waveA().equals(r.wave()) && c.significant());
            rows.computeIfAbsent(r.scale().blockTitle(), b -> new ArrayList<>()).add(new Bar(r.wave(), r.summary(), marked));
        }
        return rows.isEmpty() ? "" : chart(report, "Mean block score per wave", rows);
    }

    /** The rows by block title, then by statement, in the report's order. */
    static Map<String, Map<Statement, List<StatementRow>>> byBlock(List<StatementRow> rows) {
        Map<String, Map<Statement, List<StatementRow>>> blocks = new LinkedHashMap<>();
        for (StatementRow r : rows) {
            blocks.computeIfAbsent(r.statement().blockTitle(), b -> new LinkedHashMap<>())
                    .computeIfAbsent(r.statement(), s -> new ArrayList<>()).add(r);
        }
        return blocks;
    }

    /** A statement's wording right-aligned at LABEL_WIDTH, in up to two lines centred on its row. */
    static void label(StringBuilder svg, String wording, int y, int rowHeight) {
        List<String> label = wrap(wording);
        int labelY = y + (rowHeight - GAP) / 2 + 4 - (label.size() - 1) * 6;
        svg.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"end\"><title>%s</title>", LABEL_WIDTH, labelY,
                HtmlReport.escape(wording)));
        for (int line = 0; line < label.size(); line++) {
            svg.append(f("<tspan x=\"%d\" dy=\"%d\">%s</tspan>", LABEL_WIDTH, line == 0 ? 0 : 12,
                    HtmlReport.escape(label.get(line))));
        }
        svg.append("</text>\n");
    }

    /** @param rows per row label (a statement's wording, a block's title), a bar per wave */
    private static String chart(Report report, String description, Map<String, List<Bar>> rows) {
        List<String> waves = report.shownWaves();
        int rowHeight = Math.max(2, waves.size()) * (BAR + 2) + GAP;
        int plotHeight = rows.size() * rowHeight;
        int height = TOP + plotHeight + 24;
        StringBuilder svg = new StringBuilder();
        svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
                + "aria-label=\"%s\">\n", WIDTH, height, HtmlReport.escape(description)));
        for (int i = 0; i < waves.size(); i++) {
            int x = PLOT_LEFT + i * 120;
            svg.append(f("<rect x=\"%d\" y=\"6\" width=\"10\" height=\"10\" fill=\"%s\"/>", x, colour(i)));
            svg.append(f("<text x=\"%d\" y=\"15\">%s</text>\n", x + 14, HtmlReport.escape(report.waveLabel(waves.get(i)))));
        }
        for (int p = PointCounts.LOWEST; p <= PointCounts.HIGHEST; p++) {
            double x = x(p);
            svg.append(f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>", x, TOP - 4, x, TOP + plotHeight));
            svg.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", x, TOP + plotHeight + 14, p));
        }
        int y = TOP;
        for (Map.Entry<String, List<Bar>> row : rows.entrySet()) {
            label(svg, row.getKey(), y, rowHeight);
            for (Bar r : row.getValue()) {
                int i = waves.indexOf(r.wave());
                int barY = y + i * (BAR + 2);
                Summary sum = r.summary();
                double mean = sum.mean();
                if (!Double.isNaN(mean)) {
                    // The bar, then a dot at the mean (a mean of 1.00 has no bar) and the 95 % interval as a whisker.
                    svg.append(f("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>",
                            x(1), barY, x(mean) - x(1), BAR, colour(i), HtmlReport.escape(r.wave()), Figures.fixed(mean, 2)));
                    svg.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#222\"/>", x(mean), barY + BAR / 2.0));
                    if (!Double.isNaN(sum.ciLow())) {
                        svg.append(f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#222\"/>",
                                x(sum.ciLow()), barY + BAR / 2.0, x(sum.ciHigh()), barY + BAR / 2.0));
                    }
                }
                // In a column right of the axis, clear of the bars and the 2.5 line; n beside every mean.
                String value = sum.n() == 0 ? "no answers" : Double.isNaN(mean) ? "n " + sum.n() + ", withheld"
                        : Figures.fixed(mean, 2) + " n " + sum.n();
                svg.append(f("<text x=\"%d\" y=\"%d\" font-size=\"10\">%s%s</text>\n", PLOT_LEFT + PLOT_WIDTH + 6,
                        barY + BAR - 2, value, r.marked() ? " *" : ""));
            }
            y += rowHeight;
        }
        double neutral = x(Summary.NEUTRAL);
        svg.append(f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\" stroke-dasharray=\"4 3\"/>",
                neutral, TOP - 4, neutral, TOP + plotHeight));
        svg.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">2.5</text>\n", neutral, TOP + plotHeight + 14));
        return svg.append("</svg>").toString();
    }

    /** Up to two lines of LINE_CHARS at word breaks, the second cut with an ellipsis. */
    static List<String> wrap(String text) {
        if (text.length() <= LINE_CHARS) return List.of(text);
        int space = text.lastIndexOf(' ', LINE_CHARS);
        int split = space > 0 ? space : LINE_CHARS;
        String rest = text.substring(split).strip();
        if (rest.length() > LINE_CHARS) rest = rest.substring(0, LINE_CHARS - 1) + "\u2026";
        return List.of(text.substring(0, split), rest);
    }

    private static double x(double points) {
        return PLOT_LEFT + (points - PointCounts.LOWEST) / (PointCounts.HIGHEST - PointCounts.LOWEST) * PLOT_WIDTH;
    }

    static String colour(int wave) {
        return COLOURS[wave % COLOURS.length];
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
