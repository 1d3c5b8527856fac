package org.rpgkiosk.report;

import java.util.List;

/**
 * Cronbach's alpha of a block's statements, over the respondents who answered every one of them
 * (complete cases; the usual default, R psych's {@code alpha(..., use = "complete.obs")} aside):
 * alpha = k / (k - 1) (1 - sum of item variances / variance of the total), variances with divisor
 * n - 1. Its 95 % interval is Feldt's (1965), from the F distribution with n - 1 and (n - 1)(k - 1)
 * degrees of freedom: 1 - (1 - alpha) F(0.975) .. 1 - (1 - alpha) F(0.025), as psych's
 * {@code alpha.ci}. NaN below two statements or two complete cases, or when every total is equal.
 *
 * @param complete how many respondents answered every statement of the block
 * @param items    the block's statements, k
 */
public record CronbachAlpha(long complete, int items, double alpha, double low, double high) {
    static CronbachAlpha undefined(long complete, int items) {
        return new CronbachAlpha(complete, items, Double.NaN, Double.NaN, Double.NaN);
    }

    /** From the complete cases' answers, one row per respondent, one column per statement. */
    static CronbachAlpha of(List<byte[]> cases, int items) {
        long n = cases.size();
        if (items < 2 || n < 2) return undefined(n, items);
        double itemVariances = 0;
        for (int i = 0; i < items; i++) {
            double[] column = new double[(int) n];
            for (int r = 0; r < n; r++) column[r] = cases.get(r)[i];
            itemVariances += Moments.of(column).variance();
        }
        double[] totals = new double[(int) n];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < items; i++) totals[r] += cases.get(r)[i];
        }
        double totalVariance = Moments.of(totals).variance();
        if (!(totalVariance > 0)) return undefined(n, items);
        double k = items;
        double alpha = k / (k - 1) * (1 - itemVariances / totalVariance);
        double d1 = n - 1;
        double d2 = (n - 1) * (k - 1);
        return new CronbachAlpha(n, items, alpha, 1 - (1 - alpha) * Distributions.fQuantile(0.975, d1, d2),
                1 - (1 - alpha) * Distributions.fQuantile(0.025, d1, d2));
    }
}
