# limma's empirical Bayes moderated t (Smyth 2004, Stat Appl Genet Mol Biol 3:3) on limma-input.csv,
# to check Myokinetics.Lab's ModeratedTTest and EmpiricalBayes (see ../../Secretome/ModeratedStatisticsTests.cs).
#
# Command (from this folder):  Rscript limma_ebayes.R > limma-output.txt
# Run with R 4.2.2 Patched (2022-11-10 r83330) and limma 3.54.1 (Debian 12's r-bioc-limma), on 2026-11-22.
#
# limma-input.csv: 300 log2 "proteins", three ctrl and three eps samples, variances drawn from a
# scaled inverse chi-square (d0 = 5, s0^2 = 0.04), every 25th protein shifted by 1.5 in eps, one
# value missing (NA) in every 10th protein from the third and every 10th from the seventh, so the
# residual degrees of freedom differ between proteins. Defaults of eBayes (no trend, not robust).
# Printed: the prior degrees of freedom and variance, then per protein the coefficient eps - ctrl,
# the moderated t, its degrees of freedom (df.total) and the two-sided p, to 12 significant digits.
suppressPackageStartupMessages(library(limma))
d <- read.csv("limma-input.csv", row.names = 1)
group <- factor(c("ctrl", "ctrl", "ctrl", "eps", "eps", "eps"), levels = c("ctrl", "eps"))
fit <- eBayes(lmFit(as.matrix(d), model.matrix(~group)))
cat(sprintf("df.prior %.12g\n", fit$df.prior))
cat(sprintf("s2.prior %.12g\n", fit$s2.prior))
cat("protein,log2fc,t,df,p\n")
cat(sprintf("%s,%.12g,%.12g,%.12g,%.12g\n", rownames(d), fit$coefficients[, 2], fit$t[, 2], fit$df.total, fit$p.value[, 2]), sep = "")
