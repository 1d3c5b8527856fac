# Reference figures for StatisticsTest, computed once with Debian 12's scipy 1.10.1 / numpy 1.24.2
# and mpmath 1.2.1:
#     apt-get install -y python3-scipy python3-numpy python3-mpmath
#     /usr/bin/python3 src/test/resources/org/rpgkiosk/report/reference_figures.py
# and pasted into StatisticsTest.java. Each sample is given as counts of the points 1..4 and
# expanded into raw answers, so scipy sees the data as a participant gave it.
# The t quantile of the confidence interval comes from mpmath at 40 digits, not scipy: scipy
# 1.10's t.ppf (cephes stdtrit) is off by up to 1e-8 relative (df 39: 2.022690911734728, where
# mpmath and R's qt give 2.02269092003676...). reference_figures.R cross-checks with R.
import math
import warnings
import mpmath
import numpy as np
from scipy import stats

warnings.simplefilter("ignore")

SUMMARIES = {
    "typical": (3, 5, 20, 12),
    "n1": (0, 0, 1, 0),
    "n2": (1, 0, 0, 1),
    "n3": (0, 1, 1, 1),
    "allEqual": (0, 0, 5, 0),
    "large": (120, 340, 900, 640),
    "skewed": (10, 15, 10, 5),
}

PAIRS = {
    "unequalSizes": ((3, 5, 20, 12), (2, 6, 30, 32)),
    "oneAgainstFive": ((0, 0, 1, 0), (1, 2, 1, 1)),
    "twoAndTwo": ((1, 0, 0, 1), (0, 1, 1, 0)),
    "oneSideConstant": ((0, 0, 5, 0), (1, 1, 2, 3)),
    "bothConstantApart": ((0, 0, 4, 0), (0, 0, 0, 6)),
    "large": ((120, 340, 900, 640), (100, 300, 1000, 800)),
    "clearChange": ((10, 15, 10, 5), (2, 5, 20, 25)),
    "reversed": ((2, 5, 20, 25), (10, 15, 10, 5)),
    "identicalSpread": ((1, 2, 3, 4), (1, 2, 3, 4)),
    "bothConstantSame": ((0, 0, 4, 0), (0, 0, 6, 0)),
    "noAnswers": ((0, 0, 0, 0), (1, 2, 3, 4)),
}


def expand(counts):
    return np.repeat([1, 2, 3, 4], counts).astype(float)


def t_quantile(p, df):
    """Inverts the t distribution function with mpmath's regularized incomplete beta."""
    mpmath.mp.dps = 40
    upper = lambda q: mpmath.betainc(mpmath.mpf(df) / 2, mpmath.mpf(1) / 2, 0, df / (df + q * q), regularized=True) / 2
    return float(mpmath.findroot(lambda q: upper(q) - (1 - mpmath.mpf(p)), 2))


def j(x):
    return "Double.NaN" if math.isnan(x) else repr(float(x))


for name, counts in SUMMARIES.items():
    x = expand(counts)
    n = len(x)
    mean = x.mean()
    sd = x.std(ddof=1) if n > 1 else math.nan
    half = t_quantile('0.975', n - 1) * sd / math.sqrt(n) if n > 1 else math.nan
    agree = 100 * np.mean(x >= 3)
    print(f'summary("{name}", {counts}, {j(mean)}, {j(sd)}, {j(mean - half)}, {j(mean + half)}, {j(agree)}),')

for name, (a, b) in PAIRS.items():
    x, y = expand(a), expand(b)
    try:
        mw = stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic", use_continuity=True)
        u, p = mw.statistic, mw.pvalue
    except ValueError as e:  # scipy refuses an empty sample
        u = p = math.nan
    w = stats.ttest_ind(x, y, equal_var=False)
    diff = x.mean() - y.mean() if len(x) and len(y) else math.nan
    print(f'pair("{name}", {a}, {b}, {j(diff)}, {j(u)}, {j(p)}, {j(w.statistic)}, {j(w.pvalue)}),')
