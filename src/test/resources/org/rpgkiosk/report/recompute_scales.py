#!/usr/bin/env python3
"""Recomputes the report's block scales from an export's answers.csv with numpy and scipy.

Usage: recompute_scales.py EXPORT_DIR SCALES_CSV SCALE_CHANGES_CSV K
Prints one line per checked column: NAME <largest absolute difference> <rows checked>.
The whole-sample rows (role 'all') only, as recompute.py. The rules, as the report states them:
a score is the mean of the block's answered statements, given when at least half (rounded up)
are answered; alpha is Cronbach's over complete cases with Feldt's interval (scipy's F); the
change is Welch's t-test on the scores, Holm over the blocks, Hedges' g. Alpha is withheld
(empty) on fewer than K complete cases, and every figure of a row on fewer than K scores (and any
change from it), the report's disclosure rule. Answers are counted as the report counts them:
blocks.py leaves out a block's few part-answered respondents.
"""
import csv
import math
import sys
import warnings
from collections import defaultdict

import numpy as np
from scipy import stats

import blocks

np.seterr(all="ignore")    # 0 / 0 is NaN, as the report's undefined figures are
warnings.filterwarnings("ignore")   # scipy's note on a sample with no variation: expected in the edge cases


def main(export, scales_csv, changes_csv, k):
    answers = defaultdict(dict)              # (response, block) -> {item: value or None}
    wave_of = {}
    items_of = defaultdict(set)
    counted, _ = blocks.counted(export, k)   # the few part-answered respondents of a block left out
    for response, wave, block, item, value in counted:
        wave_of[response] = wave
        items_of[block].add(item)
        answers[(response, block)][item] = value
    scores = defaultdict(list)               # (block, wave) -> scores
    complete = defaultdict(list)             # (block, wave) -> rows of answers in item order
    for (response, block), given in answers.items():
        items = sorted(items_of[block])
        values = [given.get(i) for i in items]
        answered = [v for v in values if v is not None]
        if answered and 2 * len(answered) >= len(items):
            scores[(block, wave_of[response])].append(np.mean(answered))
        if len(answered) == len(items):
            complete[(block, wave_of[response])].append(values)
    worst = defaultdict(float)
    checked = defaultdict(int)

    def check(name, reported, expected):
        if reported == "" and (expected is None or math.isnan(expected)):
            checked[name] += 1
            return
        worst[name] = max(worst[name], abs(float(reported) - expected))
        checked[name] += 1

    def withheld(r, names):
        for name in names:
            if r[name] != "":
                worst[name] = float("inf")   # a figure shown that the rule withholds
            checked[name] += 1

    with open(scales_csv, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["role"] != "all":
                continue
            s = np.array(scores[(r["block"], r["wave"])])
            check("n", r["n"], len(s))
            if len(s) < k:                   # under k scores: the count only, every figure blank
                withheld(r, ["mean", "sd", "ci_low", "ci_high", "alpha_n", "alpha", "alpha_ci_low", "alpha_ci_high"])
                continue
            check("mean", r["mean"], s.mean())
            check("sd", r["sd"], s.std(ddof=1))
            half = stats.t.ppf(0.975, len(s) - 1) * s.std(ddof=1) / math.sqrt(len(s))
            check("ci_low", r["ci_low"], max(1, s.mean() - half))
            check("ci_high", r["ci_high"], min(4, s.mean() + half))
            x = np.array(complete[(r["block"], r["wave"])], float).reshape(-1, int(r["items"]))
            n, items = x.shape
            check("alpha_n", r["alpha_n"], n)
            if n < k:
                alpha = float("nan")
            else:
                alpha = items / (items - 1) * (1 - x.var(axis=0, ddof=1).sum() / x.sum(axis=1).var(ddof=1))
            f1, f2 = n - 1, (n - 1) * (items - 1)
            check("alpha", r["alpha"], alpha)
            check("alpha_ci_low", r["alpha_ci_low"], 1 - (1 - alpha) * stats.f.ppf(0.975, f1, f2))
            check("alpha_ci_high", r["alpha_ci_high"], 1 - (1 - alpha) * stats.f.ppf(0.025, f1, f2))

    with open(changes_csv, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["role"] == "all"]
    ps = []
    shown = []
    for r in rows:
        a = np.array(scores[(r["block"], r["wave_a"])])
        b = np.array(scores[(r["block"], r["wave_b"])])
        if len(a) < k or len(b) < k:     # a side withheld: no change shown, and none in Holm's family
            withheld(r, ["mean_diff", "welch_t", "welch_p", "welch_df", "mean_diff_ci_low", "mean_diff_ci_high",
                         "hedges_g", "welch_p_holm"])
            continue
        shown.append(r)
        t = stats.ttest_ind(a, b, equal_var=False)
        check("mean_diff", r["mean_diff"], a.mean() - b.mean())
        check("welch_t", r["welch_t"], t.statistic)
        check("welch_p", r["welch_p"], t.pvalue)
        va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
        df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
        check("welch_df", r["welch_df"], df)
        half = stats.t.ppf(0.975, df) * math.sqrt(va + vb)
        check("mean_diff_ci_low", r["mean_diff_ci_low"], max(-3, a.mean() - b.mean() - half))
        check("mean_diff_ci_high", r["mean_diff_ci_high"], min(3, a.mean() - b.mean() + half))
        n = len(a) + len(b)
        pooled = np.sqrt(((len(a) - 1) * a.var(ddof=1) + (len(b) - 1) * b.var(ddof=1)) / (n - 2))
        check("hedges_g", r["hedges_g"], (1 - 3 / (4 * n - 9)) * (a.mean() - b.mean()) / pooled)
        ps.append(t.pvalue)
    order = np.argsort(ps, kind="stable")
    m = len(ps)
    holm = np.empty(m)
    holm[order] = np.minimum(1, np.maximum.accumulate((m - np.arange(m)) * np.asarray(ps)[order]))
    for r, value in zip(shown, holm):
        check("welch_p_holm", r["welch_p_holm"], value)
    for name in worst.keys() | checked.keys():
        print(name, repr(float(worst[name])), checked[name])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
