package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.List;
import org.rpgkiosk.report.Report.StatementRow;
import org.rpgkiosk.report.ReportData.Statement;
import org.rpgkiosk.text.Cells;

/**
 * The answers of each statement and wave as a diverging stacked bar, the usual picture of Likert
 * data: disagreement to the left of the '|', agreement to the right, strongly at the outer ends,
 * so a bar's lean shows the balance the mean hides. Plain ASCII, 80 columns; each side holds
 * 100 % in {@value #HALF} characters, each level rounded on its own (a side may be one short;
 * one over comes off its larger level, so a small level is never rounded away by it).
 */
final class TextDistribution {
    static final int HALF = 24;
    private static final char[] FILL = {'#', '-', '+', '@'};
    private static final int MAX_CODE = 10;

    private TextDistribution() {}

    static List<String> render(Report report) {
        List<String> lines = new ArrayList<>();
        List<StatementRow> rows = report.wholeSample().stream().filter(r -> r.levels() != null && r.levels().n() > 0).toList();
        if (rows.isEmpty()) return lines;
        int codeWidth = Math.min(MAX_CODE, report.shownWaves().stream().mapToInt(Cells::width).max().orElse(1));
        lines.add("Answers per statement and wave (all respondents), % of those who answered:");
        lines.add("  # strongly disagree  - disagree | + agree  @ agree strongly  (% at 1 2 | 3 4)");
        Statement current = null;
        for (StatementRow r : rows) {
            if (!r.statement().equals(current)) {
                current = r.statement();
                lines.add(TextChart.fit(current.itemCode() + "  " + current.wording()));
            }
            lines.add(("  " + TextChart.pad(r.wave(), codeWidth) + " " + bar(r) + " " + figures(r)).stripTrailing());
        }
        lines.add("");
        return lines;
    }

    /** Left half right-aligned (strongly disagree outermost), '|', right half left-aligned. */
    static String bar(StatementRow r) {
        int[] l = side(r.pct(1), r.pct(2));
        int[] g = side(r.pct(4), r.pct(3));
        String left = repeat(FILL[0], l[0]) + repeat(FILL[1], l[1]);
        String right = repeat(FILL[2], g[1]) + repeat(FILL[3], g[0]);
        return " ".repeat(HALF - left.length()) + left + "|" + right + " ".repeat(HALF - right.length());
    }

    private static String figures(StatementRow r) {
        StringBuilder s = new StringBuilder();
        for (int points = 1; points <= 4; points++) {
            s.append(String.format("%3.0f", r.pct(points))).append(points == 2 ? " |" : points < 4 ? " " : "");
        }
        return s.toString();
    }

    /** Cells for the strong and the mild level of one side; one over from rounding comes off the larger. */
    private static int[] side(double strong, double mild) {
        int[] c = {(int) Math.round(strong * HALF / 100), (int) Math.round(mild * HALF / 100)};
        if (c[0] + c[1] > HALF) c[c[0] > c[1] ? 0 : 1]--;
        return c;
    }

    private static String repeat(char c, int n) {
        return String.valueOf(c).repeat(Math.max(0, n));
    }
}
