#!/usr/bin/env python3
"""Generates the SYNTHETIC example plate of examples/lab (Python 3 standard library only).

Nothing here was measured. The medium concentrations come from the EPS model of one myotube well
(models/eps/eps.ant) with known "true" parameters (TRUE below), integrated here with a fixed-step
classical Runge-Kutta method; each well gets a biological spread (log-normal, CV 8 %) and is read
through known 5PL curves (CURVES) with 4 % MFI noise, and written as a Luminex xPONENT-shaped CSV
export (Median, Count and Dilution Factor sections) with its standards file. The same seed gives
the same bytes. Regenerate with:

    python3 examples/lab/make_plate.py examples/lab

The walkthrough (docs/lab.md) recovers TRUE with `myokinetics assay ... --design` and
`myokinetics fit ... --eps ...`; a test checks that the estimates' confidence intervals hold them.
"""
import math
import random
import sys

SEED = 4

# The model's fixed numbers (models/eps/eps.ant) and the parameters the fit should recover.
WELL = {"medium": 2.0, "protein_mass": 0.3, "k_deg": 0.01, "sensor_tau": 0.25, "sensor_gain": 6.0,
        "f_half": 5.0, "v_half": 8.0, "pulse_half": 0.5, "duty_half": 0.05}
TRUE = {"il6_basal": 60.0, "il6_stim": 2.5, "cxcl1_basal": 20.0, "cxcl1_stim": 5.0}

# Experiments: endurance-type EPS (1 Hz, 2 ms, 12 V, continuous, 0-24 h) and unstimulated controls.
EXPERIMENTS = {"endurance": {"freq": 1.0, "pulse": 2.0, "volt": 12.0, "duty": 1.0, "start": 0.0, "end": 24.0},
               "control": None}
TIMES = [0.5, 2, 6, 12, 24]          # hours since the start of stimulation
REPLICATES = 3                  # wells per sample
BIOLOGICAL_CV = 0.08            # well-to-well spread of the medium concentration
MFI_CV = 0.04                   # read-out noise

# 5PL curves y = d + (a - d) / (1 + (x / c)^b)^g, x in pg/mL: one per analyte (ASSUMED, typical shapes).
CURVES = {"IL-6": (20.0, 1.1, 2000.0, 25000.0, 0.8), "CXCL1": (15.0, 1.0, 1500.0, 20000.0, 1.2)}
OBSERVABLE = {"IL-6": "IL6", "CXCL1": "CXCL1"}
STANDARD_TOP = 5000.0           # pg/mL, then 3-fold dilutions
STANDARD_LEVELS = 8
CONTROL = {"IL-6": 150.0, "CXCL1": 120.0}


def drive(stim, t):
    if stim is None or not (stim["start"] <= t < stim["end"]):
        return 0.0
    w = WELL
    duty = stim["duty"] * (1 + w["duty_half"]) / (stim["duty"] + w["duty_half"])
    return (duty * stim["freq"] / (stim["freq"] + w["f_half"]) * stim["volt"] / (stim["volt"] + w["v_half"])
            * stim["pulse"] / (stim["pulse"] + w["pulse_half"]))


def rates(stim, t, y):
    w = WELL
    sensor, il6, cxcl1 = y
    d = drive(stim, t)
    target = w["sensor_gain"] * d / (1 + w["sensor_gain"] * d)
    mass, volume = w["protein_mass"], w["medium"]
    return [(target - sensor) / w["sensor_tau"],
            mass * TRUE["il6_basal"] * (1 + TRUE["il6_stim"] * sensor) / volume - w["k_deg"] * il6,
            mass * TRUE["cxcl1_basal"] * (1 + TRUE["cxcl1_stim"] * sensor) / volume - w["k_deg"] * cxcl1]


def medium(stim, times, dt=0.001):
    """Concentrations (pg/mL) at each time; steps end exactly at the stimulation's start and end."""
    y, t, out = [0.0, 0.0, 0.0], 0.0, {}
    for target in sorted(times):
        while t < target - 1e-12:
            h = min(dt, target - t)
            if stim is not None:
                for edge in (stim["start"], stim["end"]):
                    if t < edge < t + h:
                        h = edge - t
            k1 = rates(stim, t, y)
            k2 = rates(stim, t + h / 2, [a + h / 2 * b for a, b in zip(y, k1)])
            k3 = rates(stim, t + h / 2, [a + h / 2 * b for a, b in zip(y, k2)])
            k4 = rates(stim, t + h, [a + h * b for a, b in zip(y, k3)])
            y = [a + h / 6 * (b + 2 * c + 2 * d + e) for a, b, c, d, e in zip(y, k1, k2, k3, k4)]
            t += h
        out[target] = {"IL-6": y[1], "CXCL1": y[2]}
    return out


def mfi(analyte, x, rng):
    a, b, c, d, g = CURVES[analyte]
    y = a if x <= 0 else d + (a - d) / (1 + (x / c) ** b) ** g
    return y * (1 + MFI_CV * rng.gauss(0, 1))


def main(folder):
    rng = random.Random(SEED)
    wells = []  # (sample, {analyte: concentration in the well as read, before dilution}, dilution)
    levels = [STANDARD_TOP / 3 ** i for i in range(STANDARD_LEVELS)]
    for i, level in enumerate(levels):
        for _ in range(2):
            wells.append((f"Standard{i + 1}", {a: level for a in CURVES}, 1.0))
    for _ in range(2):
        wells.append(("Background0", {a: 0.0 for a in CURVES}, 1.0))
    for _ in range(2):
        wells.append(("Control1", dict(CONTROL), 1.0))
    design = []
    for name, stim in EXPERIMENTS.items():
        truth = medium(stim, TIMES)
        for t in TIMES:
            sample = f"{'EPS' if stim else 'CTRL'}_{t}h"
            dilution = 2.0 if stim and t == 24 else 1.0   # the 24 h EPS medium was diluted 1:2 before the assay
            design.append((sample, name, t))
            for _ in range(REPLICATES):
                spread = math.exp(BIOLOGICAL_CV * rng.gauss(0, 1) - BIOLOGICAL_CV ** 2 / 2)
                wells.append((sample, {a: truth[t][a] * spread / dilution for a in CURVES}, dilution))
    wells.append(("QC_pool", {a: 200.0 for a in CURVES}, 1.0))   # a QC well the design sheet does not list

    analytes = list(CURVES)
    def location(i):
        return f"\"{i + 1}(1,{'ABCDEFGH'[i % 8]}{i // 8 + 1})\""
    medians = [{a: mfi(a, conc[a], rng) for a in analytes} for _, conc, _ in wells]
    counts = [{a: 40 + rng.randrange(40) for a in analytes} for _ in wells]
    lines = ["Program,xPONENT,,MAGPIX", "Build,4.3.229.0", "Batch,EPS_myotubes_SYNTHETIC",
             "# SYNTHETIC plate generated by examples/lab/make_plate.py: not measured data", ""]
    lines += ['"DataType:","Median"', "Location,Sample," + ",".join(analytes) + ",Total Events"]
    for i, (sample, _, _) in enumerate(wells):
        lines.append(f"{location(i)},{sample}," + ",".join(f"{medians[i][a]:.1f}" for a in analytes) + ",100")
    lines += ["", '"DataType:","Count"', "Location,Sample," + ",".join(analytes) + ",Total Events"]
    for i, (sample, _, _) in enumerate(wells):
        lines.append(f"{location(i)},{sample}," + ",".join(str(counts[i][a]) for a in analytes) + ",100")
    lines += ["", '"DataType:","Dilution Factor"', "Location,Sample,Dilution Factor"]
    for i, (sample, _, dilution) in enumerate(wells):
        lines.append(f"{location(i)},{sample},{dilution:g}")
    write(folder, "plate.csv", lines)

    standards = ["sample,analyte,expected"]
    for i, level in enumerate(levels):
        standards += [f"Standard{i + 1},{a},{level:.6g}" for a in analytes]
    standards += [f"Control1,{a},{CONTROL[a]:g}" for a in analytes]
    write(folder, "standards.csv", standards)

    sheet = ["# Design of the SYNTHETIC example plate (examples/lab/make_plate.py).",
             "# Which experiment and time (hours since the start of stimulation) each sample comes from:",
             "sample,experiment,time"]
    sheet += [f"{s},{e},{t}h" for s, e, t in design]
    sheet += ["", "# Which model observable each analyte measures:", "analyte,observable"]
    sheet += [f"{a},{OBSERVABLE[a]}" for a in analytes]
    write(folder, "design.csv", sheet)


def write(folder, name, lines):
    with open(f"{folder}/{name}", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
