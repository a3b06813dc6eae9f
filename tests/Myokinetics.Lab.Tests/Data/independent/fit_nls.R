# Independent weighted 4PL/5PL fits of the standards in this folder with R's own nls (package stats),
# to check Myokinetics.Lab's CurveFitter (see ../../Assays/IndependentFitTests.cs).
#
# Command (from this folder):  Rscript fit_nls.R > nls-output.txt
# Run with R 4.2.2 Patched (2022-11-10 r83330) from Debian 12's r-base-core, on 2026-11-22.
#
# Model: y = d + (a - d) / (1 + (x/c)^b)^g (g = 1 for the 4PL), least squares with weights 1/y^2
# (y the observed MFI), algorithm "port" with CurveFitter's bounds: 0.01 <= b <= 50, 0.01 <= g <= 100,
# c > 0. The gradient is R's symbolic deriv() of the model: with port's finite differences the 5PL of
# standards-5pl.csv stops with "false convergence (8)". The 4PL starts from the lowest and highest
# MFI, b = 1 and the geometric mid-range of the levels; the 5PL starts from the 4PL with g = 1.
# Back-calculation: x = c * (((a - d)/(y - d))^(1/g) - 1)^(1/b).
model4 <- deriv(~ d + (a - d) / (1 + (x / c)^b), c("a", "b", "c", "d"), function.arg = c("x", "a", "b", "c", "d"))
model5 <- deriv(~ d + (a - d) / (1 + (x / c)^b)^g, c("a", "b", "c", "d", "g"), function.arg = c("x", "a", "b", "c", "d", "g"))
mfi_probe <- c(100, 500, 2000, 8000, 15000)
ctrl <- nls.control(maxiter = 1000, tol = 1e-12, scaleOffset = 1)
for (file in c("standards-4pl.csv", "standards-5pl.csv")) {
  s <- read.csv(file)
  four <- nls(mfi ~ model4(concentration, a, b, c, d), data = s,
              start = list(a = min(s$mfi), b = 1, c = exp(mean(log(unique(s$concentration)))), d = max(s$mfi)),
              weights = 1 / s$mfi^2, algorithm = "port",
              lower = c(-Inf, 0.01, 1e-12, -Inf), upper = c(Inf, 50, Inf, Inf), control = ctrl)
  five <- nls(mfi ~ model5(concentration, a, b, c, d, g), data = s,
              start = c(as.list(coef(four)), g = 1),
              weights = 1 / s$mfi^2, algorithm = "port",
              lower = c(-Inf, 0.01, 1e-12, -Inf, 0.01), upper = c(Inf, 50, Inf, Inf, 100), control = ctrl)
  for (fit in list(four, five)) {
    p <- as.list(coef(fit))
    g <- if (is.null(p$g)) 1 else p$g
    back <- p$c * (((p$a - p$d) / (mfi_probe - p$d))^(1 / g) - 1)^(1 / p$b)
    cat(file, if (is.null(p$g)) "4PL" else "5PL", "converged:", fit$convInfo$isConv, fit$convInfo$stopMessage, "\n")
    cat("  estimates:", sprintf("%s=%.10g", names(coef(fit)), coef(fit)), "\n")
    cat("  weighted SS:", sprintf("%.10g", sum(((s$mfi - fitted(fit)) / s$mfi)^2)), "\n")
    cat("  back-calculated at MFI", mfi_probe, ":", sprintf("%.10g", back), "\n")
  }
}
