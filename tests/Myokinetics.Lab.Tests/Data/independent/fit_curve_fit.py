"""Independent weighted 4PL/5PL fits of the standards in this folder with SciPy's curve_fit
(MINPACK Levenberg-Marquardt), to check Myokinetics.Lab's CurveFitter (see
../../Assays/IndependentFitTests.cs).

Command (from this folder):  /usr/bin/python3 fit_curve_fit.py > curve_fit-output.txt
Run with SciPy 1.10.1 and NumPy 1.24.2 (Debian 12's python3-scipy), Python 3.11, on 2026-11-22.

Model: y = d + (a - d) / (1 + (x/c)^b)^g (g = 1 for the 4PL); weights 1/y^2 through sigma = y (the
observed MFI); method "lm" with an analytic Jacobian written here, ftol = xtol = gtol = 1e-14,
unbounded (every optimum below lies inside CurveFitter's bounds). Starts as in fit_nls.R: the 4PL
from the lowest and highest MFI, b = 1 and the geometric mid-range of the levels; the 5PL from the
4PL with g = 1. Back-calculation: x = c * (((a - d)/(y - d))^(1/g) - 1)^(1/b).
"""
import csv

import numpy as np
from scipy.optimize import curve_fit


def model5(x, a, b, c, d, g):
    return d + (a - d) / (1.0 + (x / c) ** b) ** g


def jac5(x, a, b, c, d, g):
    u = (x / c) ** b
    s = 1.0 + u
    p = s ** -g
    ds = -g * (a - d) * s ** (-g - 1.0)  # d f / d s
    return np.column_stack([
        p,
        ds * u * np.log(x / c),
        ds * u * (-b / c),
        1.0 - p,
        -(a - d) * p * np.log(s),
    ])


def model4(x, a, b, c, d):
    return model5(x, a, b, c, d, 1.0)


def jac4(x, a, b, c, d):
    return jac5(x, a, b, c, d, 1.0)[:, :4]


probe = np.array([100.0, 500.0, 2000.0, 8000.0, 15000.0])
tight = dict(method="lm", ftol=1e-14, xtol=1e-14, gtol=1e-14, maxfev=100000)
for name in ("standards-4pl.csv", "standards-5pl.csv"):
    with open(name, newline="") as f:
        rows = list(csv.DictReader(f))
    x = np.array([float(r["concentration"]) for r in rows])
    y = np.array([float(r["mfi"]) for r in rows])
    start4 = [y.min(), 1.0, float(np.exp(np.mean(np.log(np.unique(x))))), y.max()]
    p4, _ = curve_fit(model4, x, y, p0=start4, sigma=y, jac=jac4, **tight)
    p5, _ = curve_fit(model5, x, y, p0=list(p4) + [1.0], sigma=y, jac=jac5, **tight)
    for label, p in (("4PL", list(p4) + [1.0]), ("5PL", list(p5))):
        a, b, c, d, g = p
        wss = float(np.sum(((y - model5(x, *p)) / y) ** 2))
        back = c * (((a - d) / (probe - d)) ** (1.0 / g) - 1.0) ** (1.0 / b)
        print(name, label)
        print("  estimates:", " ".join(f"{k}={v:.10g}" for k, v in zip("abcdg", p)))
        print(f"  weighted SS: {wss:.10g}")
        print("  back-calculated at MFI", " ".join(f"{v:g}" for v in probe), ":", " ".join(f"{v:.10g}" for v in back))
