# Cross-check of reference_figures.py with R 4.2.2 (Debian 12: apt-get install -y r-base-core):
#     Rscript src/test/resources/org/rpgkiosk/report/reference_figures.R
# R's t.test also gives Welch's degrees of freedom, which scipy 1.10 does not report.
expand <- function(counts) rep(1:4, counts)
pairs <- list(
  unequalSizes = list(c(3, 5, 20, 12), c(2, 6, 30, 32)),
  oneAgainstFive = list(c(0, 0, 1, 0), c(1, 2, 1, 1)),
  twoAndTwo = list(c(1, 0, 0, 1), c(0, 1, 1, 0)),
  oneSideConstant = list(c(0, 0, 5, 0), c(1, 1, 2, 3)),
  large = list(c(120, 340, 900, 640), c(100, 300, 1000, 800)),
  clearChange = list(c(10, 15, 10, 5), c(2, 5, 20, 25)),
  identicalSpread = list(c(1, 2, 3, 4), c(1, 2, 3, 4)))
for (name in names(pairs)) {
  x <- expand(pairs[[name]][[1]]); y <- expand(pairs[[name]][[2]])
  w <- wilcox.test(x, y, exact = FALSE, correct = TRUE)
  t <- tryCatch(t.test(x, y), error = function(e) list(statistic = NaN, parameter = NaN, p.value = NaN))
  cat(sprintf("%s U=%.17g mw_p=%.17g welch_t=%.17g welch_df=%.17g welch_p=%.17g\n", name,
              w$statistic, w$p.value, t$statistic, t$parameter, t$p.value))
}
for (counts in list(c(3, 5, 20, 12), c(0, 1, 1, 1), c(1, 0, 0, 1), c(120, 340, 900, 640))) {
  ci <- t.test(expand(counts))$conf.int
  cat(sprintf("ci %s: %.17g %.17g\n", paste(counts, collapse = ","), ci[1], ci[2]))
}
