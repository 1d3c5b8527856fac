#!/usr/bin/env python3
"""Recomputes the report's comparisons from an export's answers.csv with scipy and numpy.

Usage: recompute.py EXPORT_DIR COMPARISONS_CSV [K]
Prints one line per checked column: NAME <largest absolute difference> <rows checked>.
Answers counted as the report counts them (blocks.py; K = 5 unless given). Only the whole-sample rows (role 'all') are checked: the export pools roles its own way.
Holm and BH are by their definitions with numpy (scipy 1.10, Debian 12's, has no BH); the
difference's interval is scipy's ttest_ind(...).confidence_interval() where it exists.
"""
import csv
import sys
from collections import defaultdict

import numpy as np

import blocks
from scipy import stats


def holm(p):
    p = np.asarray(p, float)
    order = np.argsort(p, kind="stable")
    m = len(p)
    adjusted = np.minimum(1, np.maximum.accumulate((m - np.arange(m)) * p[order]))
    out = np.empty(m)
    out[order] = adjusted
    return out


def bh(p):
    p = np.asarray(p, float)
    order = np.argsort(p, kind="stable")
    m = len(p)
    ranked = m * p[order] / np.arange(1, m + 1)
    adjusted = np.minimum(1, np.minimum.accumulate(ranked[::-1])[::-1])
    out = np.empty(m)
    out[order] = adjusted
    return out


def main(export, comparisons, k):
    values = defaultdict(list)
    answers, left_out = blocks.counted(export, k)
    assert left_out > 0, "the data should have part-answered respondents left out of a block"
    for response, wave, block, item, value in answers:
        if value is not None:
            values[(item, wave)].append(value)
    with open(comparisons, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["role"] == "all" and r["mw_p"]]
    worst = defaultdict(float)
    marks = []
    for r in rows:
        a = np.array(values[(r["item_code"], r["wave_a"])], float)
        b = np.array(values[(r["item_code"], r["wave_b"])], float)
        mw = stats.mannwhitneyu(a, b, method="asymptotic", use_continuity=True)
        t = stats.ttest_ind(a, b, equal_var=False)
        if hasattr(t, "confidence_interval"):
            ci = t.confidence_interval()
            low, high = ci.low, ci.high
        else:
            se = np.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b))
            df = se ** 4 / ((a.var(ddof=1) / len(a)) ** 2 / (len(a) - 1) + (b.var(ddof=1) / len(b)) ** 2 / (len(b) - 1))
            half = stats.t.ppf(0.975, df) * se
            low, high = a.mean() - b.mean() - half, a.mean() - b.mean() + half
        n = len(a) + len(b)
        pooled = np.sqrt(((len(a) - 1) * a.var(ddof=1) + (len(b) - 1) * b.var(ddof=1)) / (n - 2))
        expected = {
            "mw_u": mw.statistic,
            "mw_p": mw.pvalue,
            "mean_diff_ci_low": max(-3, low),
            "mean_diff_ci_high": min(3, high),
            "rank_biserial": 2 * mw.statistic / (len(a) * len(b)) - 1,
            "hedges_g": (1 - 3 / (4 * n - 9)) * (a.mean() - b.mean()) / pooled,
        }
        for name, value in expected.items():
            worst[name] = max(worst[name], abs(float(r[name]) - value))
        marks.append(float(r["mw_p_exact"]) if r["mark_p"] == "exact" else mw.pvalue)
    for name, adjusted in (("mw_p_holm", holm(marks)), ("mw_q_bh", bh(marks))):
        for r, value in zip(rows, adjusted):
            worst[name] = max(worst[name], abs(float(r[name]) - value))
    for name, diff in worst.items():
        print(name, repr(float(diff)), len(rows))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5)
