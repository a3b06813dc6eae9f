using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Tests.Support;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>
/// IL-6's systemic anti-inflammatory arrow (il6.ant: IL-6 → plasma IL-1ra and IL-10) and IL-6 → fat oxidation
/// (adipose.ant), against human data. Each test states the measured value, its spread where reported, n and the
/// source, and its band.
/// </summary>
public sealed class SeedArrowInflammationTests
{
    private static readonly string[] Cytokines = ["IL6_plasma", "IL1ra_plasma", "IL10_plasma"];

    private const double Il6Rest = 1.5;
    private const double Il1raRest = 300;
    private const double Il10Rest = 3;

    [Fact]
    public void IL1ra_And_IL10_Rest_At_Their_Resting_Levels_For_Thirty_Days()
    {
        // Resting plasma IL-1ra 460 ± 200 pg/mL in healthy volunteers (Fischer et al. 1992, Blood 79:2196), below
        // ≈ 400 pg/mL without metabolic dysregulation (Nutrients 2022, 14:3422); resting IL-10 a few pg/mL, near the
        // ELISA detection limit (McDade et al. 2011: median 7.56 pg/mL in a population the authors call high).
        // Bands: IL-1ra 200–500 pg/mL and IL-10 1–8 pg/mL, each constant within 1e-6 (relative) for 30 days.
        var result = CrosstalkRun.Run(Protocol.None, 720, 24, Cytokines);
        foreach (var (id, low, high) in new[] { ("IL1ra_plasma", 200.0, 500.0), ("IL10_plasma", 1.0, 8.0) })
        {
            var column = result.Column(id);
            Assert.InRange(column[0], low, high);
            Assert.True(column.Max() - column.Min() <= 1e-6 * column[0], $"{id} drifted: {column.Min()}–{column.Max()}");
        }
    }

    [Fact]
    public void IL1ra_Peaks_About_Eighteen_Fold_Two_Hours_After_Two_And_A_Half_Hours_Of_Running()
    {
        // Ostrowski et al. 1998, J Physiol 513:889 (10 male athletes, 2.5 h of treadmill running at 75 % VO2max,
        // blood every 30 min during the run and every hour for 6 h after): IL-6 peaked at the end of running,
        // 25-fold; IL-1ra rose only after running and peaked after 2 h of rest, 18-fold [READ abstract; spread not
        // in the abstract]. Running works half of the muscle (modalities.yaml). Bands: IL-1ra peak 9–36-fold, 1–3 h
        // after the end, later than the IL-6 peak; still above 5-fold 4 h after the end.
        var run = CrosstalkRun.Run(CrosstalkRun.Session(new ExerciseSession("running", 1, 2.5, 0.75, 0.5)), 10, 1.0 / 12, Cytokines);
        var (peak, when) = run.Peak("IL1ra_plasma");
        Assert.InRange(peak / Il1raRest, 9, 36);
        Assert.InRange(when - 3.5, 1, 3);
        Assert.True(when > run.Peak("IL6_plasma").Time);
        Assert.True(run.At("IL1ra_plasma", 7.5) > 5 * Il1raRest);
    }

    [Fact]
    public void After_A_Marathon_IL1ra_Peaks_Within_Two_Hours_And_IL10_Rises_With_IL6()
    {
        // Ostrowski et al. 1999, J Physiol 515:287 (10 men, Copenhagen Marathon, median 3 h 26 min): IL-6 128-fold
        // at the finish, IL-1ra 39-fold 1 h after it, IL-10 27-fold at the finish [READ abstract]; IL-1ra peaked
        // 1.5 h after the run in 53 runners (Ostrowski et al. 2000, Eur J Appl Physiol 83:512 [READ abstract]).
        // The model's marathon IL-6 is lower than this study's (≈ 45- vs 128-fold; Ostrowski 1998 measured 63-fold,
        // docs/model.md §6), so IL-10 is checked as its rise relative to IL-6's: 26/127 = 0.20 at the finish.
        // Bands: IL-1ra 1 h after the finish 15–60-fold, its peak 0.5–2.5 h after; IL-10 rise / IL-6 rise at the
        // finish 0.10–0.30 and IL-10 at least 4-fold; IL-10 back below 2-fold 6 h after the finish.
        var run = CrosstalkRun.Run(CrosstalkRun.Session(new ExerciseSession("running", 1, 3.5, 0.75, 0.5)), 12, 1.0 / 12, Cytokines);
        const double finish = 4.5;
        Assert.InRange(run.At("IL1ra_plasma", finish + 1) / Il1raRest, 15, 60);
        Assert.InRange(run.Peak("IL1ra_plasma").Time - finish, 0.5, 2.5);
        var il10Rise = (run.At("IL10_plasma", finish) / Il10Rest) - 1;
        var il6Rise = (run.At("IL6_plasma", finish) / Il6Rest) - 1;
        Assert.InRange(il10Rise / il6Rise, 0.10, 0.30);
        Assert.True(il10Rise + 1 >= 4, $"IL-10 at the finish: {il10Rise + 1:F2}-fold");
        Assert.True(run.At("IL10_plasma", finish + 6) < 2 * Il10Rest);
    }

    [Fact]
    public void The_Anti_Inflammatory_Cytokines_Follow_IL6_So_Carbohydrate_Blunts_Them_Too()
    {
        // Steensberg et al. 2003, AJP Endo 285:E433: IL-6 alone (rhIL-6 holding plasma IL-6 at ≈ 140 pg/mL for 3 h,
        // without exercise) raised plasma IL-1ra and IL-10 against saline [READ abstract]; carbohydrate blunts the
        // exercise IL-6 response (Keller 2003: 15.6 vs 26.0 pg/mL after 3 h of cycling [READ]). Property: with 60 g/h
        // of carbohydrate, the peaks of IL-6, IL-1ra and IL-10 are all lower than without; IL-1ra more than doubles
        // without carbohydrate.
        var placebo = CrosstalkRun.Run(CrosstalkRun.Session(new ExerciseSession("cycling", 1, 3, 0.6, 0.45)), 8, 1.0 / 12, Cytokines);
        var cho = CrosstalkRun.Run(CrosstalkRun.Session(new ExerciseSession("cycling", 1, 3, 0.6, 0.45, CarbohydrateGramsPerHour: 60)), 8, 1.0 / 12, Cytokines);
        foreach (var id in Cytokines)
        {
            Assert.True(cho.Peak(id).Value < placebo.Peak(id).Value, $"{id}: {cho.Peak(id).Value} ≥ {placebo.Peak(id).Value}");
        }

        Assert.True(placebo.Peak("IL1ra_plasma").Value > 2 * Il1raRest);
    }

    [Fact]
    public void IL6_Raises_Fat_Oxidation_Only_A_Little_At_Exercise_Levels()
    {
        // rhIL-6 (4 h, cancer patients) raised fat oxidation 38 ± 16 % (Stouthard et al. 1995, AJP 268:E813, n = 8
        // [READ]); rhIL-6 during 2 h of cycling at 40 % VO2peak, matching the plasma IL-6 of 2 h at 70 %, did not
        // change palmitate oxidation (Hiscock et al. 2005, AJP Endo, n = 6 [READ]). The arrow switched off
        // (adi_il6_fatox_emax = 0) gives the comparison. Bands: at the end of 2 h at 65 % VO2max (IL-6 ≈ 15 pg/mL) the
        // arrow adds 0–5 % to fat oxidation (below what Hiscock could detect); at the end of a marathon (IL-6
        // ≈ 70 pg/mL) it adds more than after the cycling session, and less than Stouthard's 38 %.
        string[] outputs = ["fat_oxidation", "IL6_plasma"];
        string[] arrow = ["adi_il6_fatox_emax"];
        var (cycle, cycleOff) = SeedArrowRuns.WithAndWithout(CrosstalkRun.Session(new ExerciseSession("cycling", 1, 2, 0.65, 0.45)), 4, 1.0 / 12, outputs, arrow);
        var (marathon, marathonOff) = SeedArrowRuns.WithAndWithout(CrosstalkRun.Session(new ExerciseSession("running", 1, 3.5, 0.75, 0.5)), 5, 1.0 / 12, outputs, arrow);
        var cycleGain = (cycle.At("fat_oxidation", 2.95) / cycleOff.At("fat_oxidation", 2.95)) - 1;
        var marathonGain = (marathon.At("fat_oxidation", 4.45) / marathonOff.At("fat_oxidation", 4.45)) - 1;
        Assert.InRange(cycleGain, 0, 0.05);
        Assert.InRange(marathonGain, cycleGain, 0.38);
        Assert.Equal(cycleOff.At("fat_oxidation", 0.5), cycle.At("fat_oxidation", 0.5), 12);
    }
}
