package org.rpgkiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rpgkiosk.report.Report.StatementRow;
import org.rpgkiosk.report.ReportData.Statement;

class TextDistributionTest {
    private static final Statement S = new Statement("b", "Block", "s1", "A statement");

    private static StatementRow row(PointCounts c) {
        return new StatementRow(S, "y1", Report.ALL, Summary.of(c), c, 0);
    }

    @Test
    void disagreementLeftAgreementRightStronglyOutermost() {
        // 10 20 30 40 % of 24 cells a side: 2.4, 4.8, 7.2, 9.6 -> 2, 5, 7, 10.
        String bar = TextDistribution.bar(row(new PointCounts(10, 20, 30, 40)));
        assertEquals(" ".repeat(17) + "##-----|+++++++@@@@@@@@@@" + " ".repeat(7), bar);
        assertEquals(2 * TextDistribution.HALF + 1, bar.length());
    }

    @Test
    void aSideOfAllOneLevelFillsItAndNoMore() {
        String all = TextDistribution.bar(row(new PointCounts(0, 0, 0, 7)));
        assertEquals(" ".repeat(24) + "|" + "@".repeat(24), all);
        // 1 and 47 of 48: 0.5 and 23.5 cells both round up to 25; the larger gives one back.
        String over = TextDistribution.bar(row(new PointCounts(1, 47, 0, 0)));
        assertEquals("#" + "-".repeat(23) + "|" + " ".repeat(24), over);
    }

    @Test
    void aWithheldRowIsNotDrawn() {
        StatementRow withheld = new StatementRow(S, "y1", Report.ALL, Summary.countOnly(3), null, -1);
        assertTrue(Double.isNaN(withheld.pct(1)));
    }
}
