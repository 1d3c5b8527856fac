package org.rpgkiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's statistics against figures computed independently, once, and pasted here, so
 * the suite needs neither Python nor R at run time:
 * <ul>
 * <li>{@code SUMMARIES} and {@code PAIRS} (except Welch's df) are the output of
 *     {@code /usr/bin/python3 src/test/resources/org/rpgkiosk/report/reference_figures.py} with
 *     Debian 12's python3-scipy 1.10.1, python3-numpy 1.24.2 and python3-mpmath 1.2.1 (the
 *     script expands each set of counts into raw answers and calls numpy's mean/std(ddof=1),
 *     scipy's {@code mannwhitneyu(x, y, method="asymptotic", use_continuity=True)} and
 *     {@code ttest_ind(x, y, equal_var=False)}; the t quantile of the CI from mpmath at 40 digits).
 * <li>Welch's df, which scipy 1.10 does not report, and a cross-check of every U, p and CI come
 *     from {@code Rscript src/test/resources/org/rpgkiosk/report/reference_figures.R} (R 4.2.2:
 *     {@code wilcox.test(x, y, exact = FALSE, correct = TRUE)}, {@code t.test(x, y)}); R agreed
 *     with the script to 1e-15 wherever both give a number.
 * </ul>
 * Tolerances: 1e-9 absolute for the exact formulas (mean, SD, % agreeing, U, the z-based p, t and
 * Welch's p); 1e-10 relative for anything through a t quantile (our bisection is good to about
 * 1e-13); df to 1e-9 relative.
 */
class StatisticsTest {
    private static final double EXACT = 1e-9;
    private static final double QUANTILE = 1e-10;
    private static final double NaN = Double.NaN;

    record SummaryCase(String name, PointCounts counts, double mean, double sd, double ciLow, double ciHigh,
                       double pctAgree) {}

    record PairCase(String name, PointCounts a, PointCounts b, double meanDiff, double u, double mwP,
                    double welchT, double welchP, double welchDf) {}

    static PointCounts counts(long ones, long twos, long threes, long fours) {
        return new PointCounts(ones, twos, threes, fours);
    }

    static SummaryCase summary(String name, PointCounts c, double mean, double sd, double lo, double hi, double agree) {
        return new SummaryCase(name, c, mean, sd, lo, hi, agree);
    }

    static PairCase pair(String name, PointCounts a, PointCounts b, double diff, double u, double mwP, double t,
                         double welchP, double df) {
        return new PairCase(name, a, b, diff, u, mwP, t, welchP, df);
    }

    static final List<SummaryCase> SUMMARIES = List.of(
            summary("typical", counts(3, 5, 20, 12), 3.025, 0.8619447302169195, 2.7493367017793013, 3.3006632982206985, 80.0),
            summary("n1", counts(0, 0, 1, 0), 3.0, NaN, NaN, NaN, 100.0),
            summary("n2", counts(1, 0, 0, 1), 2.5, 2.1213203435596424, -16.559307104262054, 21.559307104262054, 50.0),
            summary("n3", counts(0, 1, 1, 1), 3.0, 1.0, 0.5158622882496688, 5.484137711750331, 66.66666666666666),
            summary("allEqual", counts(0, 0, 5, 0), 3.0, 0.0, 3.0, 3.0, 100.0),
            summary("large", counts(120, 340, 900, 640), 3.03, 0.8540870754005022, 2.992545993732626, 3.0674540062673734, 77.0),
            summary("skewed", counts(10, 15, 10, 5), 2.25, 0.9805806756909202, 1.9363950857215482, 2.563604914278452, 37.5),
            // No answers: numpy's mean of nothing is NaN too.
            summary("none", counts(0, 0, 0, 0), NaN, NaN, NaN, NaN, NaN));

    // Last column: Welch's df from R's t.test()$parameter.
    static final List<PairCase> PAIRS = List.of(
            pair("unequalSizes", counts(3, 5, 20, 12), counts(2, 6, 30, 32), -0.2892857142857146, 1136.0, 0.07420885579329131, -1.7715281741002236, 0.08066954824494589, 72.597420720956251),
            pair("oneAgainstFive", counts(0, 0, 1, 0), counts(1, 2, 1, 1), 0.6000000000000001, 3.5, 0.763024600552995, NaN, NaN, NaN),
            pair("twoAndTwo", counts(1, 0, 0, 1), counts(0, 1, 1, 0), 0.0, 2.0, 1.0, 0.0, 1.0, 1.2195121951219516),
            pair("oneSideConstant", counts(0, 0, 5, 0), counts(1, 1, 2, 3), 0.0, 15.0, 0.7148284303637844, 0.0, 1.0, 6),
            // scipy gives Welch t = -inf, p = 0 here; R refuses ("data are essentially constant").
            // Both SDs are 0, so the standard error is 0 and we report the test as undefined.
            pair("bothConstantApart", counts(0, 0, 4, 0), counts(0, 0, 0, 6), -1.0, 0.0, 0.004040274979892003, NaN, NaN, NaN),
            pair("large", counts(120, 340, 900, 640), counts(100, 300, 1000, 800), -0.10636363636363644, 2053000.0, 5.55927313823969e-05, -4.120472495591382, 3.8553587797651313e-05, 4114.3979238153661),
            pair("clearChange", counts(10, 15, 10, 5), counts(2, 5, 20, 25), -1.0576923076923075, 445.0, 1.0272263651100964e-06, -5.535387645441182, 4.4136332868285105e-07, 74.610079678918339),
            pair("reversed", counts(2, 5, 20, 25), counts(10, 15, 10, 5), 1.0576923076923075, 1635.0, 1.0272263651100964e-06, 5.535387645441182, 4.4136332868285105e-07, 74.610079678918339),
            pair("identicalSpread", counts(1, 2, 3, 4), counts(1, 2, 3, 4), 0.0, 50.0, 1.0, 0.0, 1.0, 17.999999999999996),
            // Every answer the same in both waves: the tie-corrected variance is 0. scipy clips
            // its 0/0 to p = 1, R gives NaN; we follow R: there is nothing to test.
            pair("bothConstantSame", counts(0, 0, 4, 0), counts(0, 0, 6, 0), 0.0, 12.0, NaN, NaN, NaN, NaN),
            pair("noAnswers", counts(0, 0, 0, 0), counts(1, 2, 3, 4), NaN, NaN, NaN, NaN, NaN, NaN));

    @Test
    void summariesMatchTheReferences() {
        for (SummaryCase c : SUMMARIES) {
            Summary s = Summary.of(c.counts());
            assertEquals(c.counts().n(), s.n(), c.name());
            near(c.mean(), s.mean(), EXACT, c.name() + " mean");
            near(c.sd(), s.sd(), EXACT, c.name() + " sd");
            // The references are scipy's t interval; the report clips it to the scale's 1..4.
            double low = Math.max(1, c.ciLow());
            double high = Math.min(4, c.ciHigh());
            near(low, s.ciLow(), QUANTILE * Math.max(1, Math.abs(low)), c.name() + " ci_low");
            near(high, s.ciHigh(), QUANTILE * Math.max(1, Math.abs(high)), c.name() + " ci_high");
            near(c.pctAgree(), s.pctAgree(), EXACT, c.name() + " pct_agree");
        }
    }

    @Test
    void comparisonsMatchTheReferences() {
        for (PairCase c : PAIRS) {
            Comparison cmp = Comparison.of(c.a(), c.b());
            near(c.meanDiff(), cmp.meanDiff(), EXACT, c.name() + " mean_diff");
            near(c.u(), cmp.mannWhitney().u(), EXACT, c.name() + " U");
            near(c.mwP(), cmp.mannWhitney().p(), EXACT, c.name() + " Mann-Whitney p");
            near(c.welchT(), cmp.welch().t(), EXACT, c.name() + " Welch t");
            near(c.welchP(), cmp.welch().p(), EXACT, c.name() + " Welch p");
            near(c.welchDf(), cmp.welch().df(), EXACT * Math.max(1, Math.abs(c.welchDf())), c.name() + " Welch df");
        }
    }

    @Test
    void theFlagFollowsMannWhitneyAndIsFalseWhenUndefined() {
        assertTrue(Comparison.of(counts(10, 15, 10, 5), counts(2, 5, 20, 25)).significant());
        assertFalse(Comparison.of(counts(3, 5, 20, 12), counts(2, 6, 30, 32)).significant());
        Comparison apart = Comparison.of(counts(0, 0, 4, 0), counts(0, 0, 0, 6));
        assertTrue(apart.significant());
        assertFalse(apart.welchSignificant());
        assertFalse(Comparison.of(PointCounts.NONE, counts(1, 2, 3, 4)).significant());
    }

    /** n = 2 answering 1 and 4: Student's t gives -16.6 to 21.6, which no mean of 1..4 answers can reach. */
    @Test
    void theIntervalIsClippedToTheScale() {
        Summary wide = Summary.of(counts(1, 0, 0, 1));
        assertEquals(1.0, wide.ciLow());
        assertEquals(4.0, wide.ciHigh());
        Summary narrow = Summary.of(counts(10, 20, 30, 40));
        assertTrue(narrow.ciLow() > 1 && narrow.ciHigh() < 4, "a narrow interval is left as it is");
        assertTrue(Double.isNaN(Summary.of(counts(0, 0, 1, 0)).ciLow()), "one answer: no interval");
    }

    /** The case: a mean of 2.52 with exactly half agreeing is above the midpoint, not a majority. */
    @Test
    void aboveNeutralIsTheMeanAboveTheMidpointNotAMajority() {
        Summary half = Summary.of(counts(0, 25, 24, 1));
        assertEquals(2.52, half.mean(), 1e-12);
        assertEquals(50.0, half.pctAgree(), 1e-12);
        assertTrue(half.aboveNeutral());
        assertTrue(Summary.of(counts(0, 1, 1, 0)).mean() == 2.5);
        assertFalse(Summary.of(counts(0, 1, 1, 0)).aboveNeutral());
        assertTrue(Summary.of(counts(0, 1, 2, 0)).aboveNeutral());
        assertFalse(Summary.of(PointCounts.NONE).aboveNeutral());
    }

    /** Student t quantiles at 0.975 from mpmath (40 digits, inverting betainc); R's qt agrees to 1e-15. */
    @Test
    void studentQuantilesMatchAHighPrecisionReference() {
        near(12.706204736174704646, Distributions.studentQuantile(0.975, 1), QUANTILE * 13, "df 1");
        near(4.3026527297494638523, Distributions.studentQuantile(0.975, 2), QUANTILE * 5, "df 2");
        near(2.0226909200367611356, Distributions.studentQuantile(0.975, 39), QUANTILE * 3, "df 39");
        near(1.961151420170561976, Distributions.studentQuantile(0.975, 1999), QUANTILE * 2, "df 1999");
        near(1.9599663568141070353, Distributions.studentQuantile(0.975, 1e6), QUANTILE * 2, "df 1e6");
        near(-2.0226909200367611356, Distributions.studentQuantile(0.025, 39), QUANTILE * 3, "lower tail");
        assertTrue(Double.isNaN(Distributions.studentQuantile(0.975, 0)));
    }

    /** scipy.stats.norm.sf(z) and R's 2 * pt(-abs(t), df). */
    @Test
    void tailsMatchScipyAndR() {
        double[][] normal = {{0, 0.5}, {0.5, 0.3085375387259869}, {1.959963984540054, 0.025},
            {3, 0.0013498980316300933}, {5, 2.866515718791933e-07}, {8, 6.22096057427174e-16}, {-1, 0.8413447460685429}};
        for (double[] z : normal) {
            near(z[1], Distributions.normalUpperTail(z[0]), 1e-14 * Math.max(z[1], 1e-3), "norm.sf(" + z[0] + ")");
        }
        double[][] student = {{2, 3.5, 0.12613852257591349}, {0.3, 1, 0.81445284184451539},
            {10, 2.2, 0.0071044637102584433}, {1.5, 1000, 0.13393003882208621}, {-2.5, 7, 0.040992218585752874},
            {1.5, 1e6, 0.13361471823679283}, {4, 333333.5, 6.3356135387651049e-05}};
        for (double[] t : student) {
            near(t[2], Distributions.studentTwoSidedP(t[0], t[1]), 1e-12 * Math.max(t[2], 1e-3), "pt(" + t[0] + ", " + t[1] + ")");
        }
    }

    @Test
    void countsComeFromAnswers() {
        assertEquals(counts(1, 0, 2, 1), PointCounts.of(3, 4, 1, 3));
        assertEquals(counts(1, 0, 2, 1).plus(counts(0, 1, 0, 0)), PointCounts.of(3, 4, 1, 3, 2));
    }

    private static void near(double expected, double actual, double tolerance, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN but was " + actual);
        } else {
            assertEquals(expected, actual, tolerance, what);
        }
    }
}
