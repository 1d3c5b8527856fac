package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rpgkiosk.report.Report.StatementRow;
import org.rpgkiosk.report.ReportData.Statement;
import org.rpgkiosk.text.Cells;

/**
 * The evaluation's Figures 1-3 in a terminal: per block, one horizontal bar per statement and
 * wave, on the 1..4 axis, with the neutral 2.5 marked by a column of '|'. Plain ASCII, one
 * fill character per wave, 80 columns, so it survives any terminal, e-mail or printer.
 */
final class TextChart {
    static final int WIDTH = 80;
    private static final int BAR = 48;
    private static final String FILLS = "#=%@+*";
    private static final int MAX_CODE = 10;

    private TextChart() {}

    static List<String> render(Report report) {
        List<String> lines = new ArrayList<>();
        List<String> waves = report.shownWaves();
        int codeWidth = Math.min(MAX_CODE, waves.stream().mapToInt(Cells::width).max().orElse(1));
        Map<String, List<StatementRow>> byBlock = new LinkedHashMap<>();
        for (StatementRow r : report.wholeSample()) {
            byBlock.computeIfAbsent(r.statement().blockTitle(), b -> new ArrayList<>()).add(r);
        }
        String indent = " ".repeat(2 + codeWidth + 1);
        for (Map.Entry<String, List<StatementRow>> block : byBlock.entrySet()) {
            lines.add(fit(block.getKey() + ": mean agreement"));
            legend(report, waves).forEach(l -> lines.add(fit(l)));
            lines.add(indent + axis());
            Statement current = null;
            for (StatementRow r : block.getValue()) {
                if (!r.statement().equals(current)) {
                    current = r.statement();
                    lines.add(fit(current.wording()));
                }
                char fill = FILLS.charAt(waves.indexOf(r.wave()) % FILLS.length());
                String code = pad(r.wave(), codeWidth);
                lines.add(("  " + code + " " + bar(r.summary().mean(), fill) + " "
                        + Figures.fixed(r.summary().mean(), 2) + (report.significantChange(r) ? " *" : "")).stripTrailing());
            }
            lines.add(indent + axis());
            lines.add("");
        }
        return lines;
    }

    private static List<String> legend(Report report, List<String> waves) {
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < waves.size(); i++) {
            legend.append(i == 0 ? "" : "  ").append(FILLS.charAt(i % FILLS.length())).append(' ')
                    .append(waves.get(i)).append(" ").append(report.waveLabel(waves.get(i)));
        }
        legend.append("  | = 2.5 neutral");
        // Two lines: one would be cut at 80 columns for any but the shortest wave codes.
        return report.pair().map(p -> List.of(legend.toString(), "* = the change from " + p.b() + " to " + p.a()
                + " is significant:", "  Mann-Whitney p < 0.05, Holm-adjusted over the statements"))
                .orElse(List.of(legend.toString()));
    }

    /** "1" at the start, "4" at the end, "2.5" over the neutral line. */
    static String axis() {
        char[] axis = " ".repeat(BAR + 1).toCharArray();
        for (int p = PointCounts.LOWEST; p <= PointCounts.HIGHEST; p++) axis[column(p)] = (char) ('0' + p);
        String line = new String(axis);
        int neutral = column(Summary.NEUTRAL);
        return line.substring(0, neutral - 1) + "2.5" + line.substring(neutral + 2);
    }

    static String bar(double mean, char fill) {
        char[] bar = " ".repeat(BAR + 1).toCharArray();
        if (!Double.isNaN(mean)) {
            for (int i = 0; i < column(mean); i++) bar[i] = fill;
        }
        bar[column(Summary.NEUTRAL)] = '|';
        return new String(bar);
    }

    private static int column(double points) {
        return (int) Math.round((points - PointCounts.LOWEST) / (PointCounts.HIGHEST - PointCounts.LOWEST) * BAR);
    }

    /** A column of a table: {@link #cut} to the width, then filled with spaces to it. */
    static String pad(String s, int width) {
        return Cells.pad(cut(s, width), width);
    }

    static String fit(String s) {
        return cut(s, WIDTH);
    }

    /** At most width terminal columns (a CJK character takes two), "..." marking a cut; shown as on a screen. */
    static String cut(String s, int width) {
        return Cells.cut(s, width, "...");
    }
}
