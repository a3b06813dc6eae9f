using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Tests.Support;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>
/// Plasma IL-6 (il6.ant) against published human time courses. Sessions use the modality fractions of
/// the protocol catalogue: cycling 0.45 and running 0.50 of the skeletal muscle mass, one-legged knee
/// extension 0.088 (2.5 kg) at 0.178 of VO2max (25 W = 40 % Wmax). Each test states the measured value,
/// its spread, n and the source, and the band the model must land in.
/// </summary>
public sealed class MetabolicIl6Tests
{
    private static readonly string[] Il6 = ["IL6_plasma", "il6_muscle_release", "ex_active_mass"];

    private static double Rest => CrosstalkRun.Run(CrosstalkRun.Session(new ExerciseSession("cycling", 100, 1, 0.5, 0.45)), 1, 1, Il6).At("IL6_plasma", 0);

    private static (double Value, double Time) Peak(double start, double duration, double intensity, double fraction, double cho = 0, IReadOnlyDictionary<string, double>? subject = null) =>
        CrosstalkRun.Run(
            CrosstalkRun.Session(new ExerciseSession("cycling", start, duration, intensity, fraction, CarbohydrateGramsPerHour: cho)),
            start + duration + 3, 1.0 / 12, Il6, subject).Peak("IL6_plasma");

    [Fact]
    public void Resting_IL6_Lies_In_The_Healthy_Range()
    {
        // Seed 004 table 2: 1–5 pg/mL in healthy adults; Febbraio et al. 2003: 1.8 ± 0.6 pg/mL (n = 6).
        Assert.InRange(Rest, 1, 5);
    }

    [Fact]
    public void Two_Hours_Of_Cycling_Raise_IL6_As_In_Febbraio_2003()
    {
        // Febbraio et al. 2003 (AJP Endo, hepatosplanchnic clearance of IL-6; n = 6): arterial IL-6
        // 1.8 ± 0.6 → 14.3 ± 3.2 pg/mL after 120 min of semirecumbent cycling (intensity taken as 65 %
        // VO2max, RECALLED). Band: mean ± 2 SD, 7.9–20.7 pg/mL, at the end of the session.
        var result = CrosstalkRun.Run(CrosstalkRun.Session(new ExerciseSession("cycling", 1, 2, 0.65, 0.45)), 5, 1.0 / 12, Il6);
        Assert.InRange(result.At("IL6_plasma", 3), 7.9, 20.7);
    }

    [Fact]
    public void Carbohydrate_Ingestion_Blunts_IL6_As_In_Keller_2003()
    {
        // Keller et al. 2003 (PMC2343082; n = 8): 3 h of cycling, end-of-exercise plasma IL-6 26.0 ± 3.7
        // (placebo) vs 15.6 ± 2.4 pg/mL (carbohydrate); the intensity (60 % VO2max) and the dose (60 g/h)
        // are assumed. Bands: mean ± 2 SD of each arm, and the CHO arm at most 80 % of placebo.
        double EndOfSession(double cho) => CrosstalkRun.Run(
            CrosstalkRun.Session(new ExerciseSession("cycling", 1, 3, 0.60, 0.45, CarbohydrateGramsPerHour: cho)), 5, 1.0 / 12, Il6).At("IL6_plasma", 4);
        var placebo = EndOfSession(0);
        var carbohydrate = EndOfSession(60);
        Assert.InRange(placebo, 18.6, 33.4);
        Assert.InRange(carbohydrate, 10.8, 20.4);
        Assert.True(carbohydrate < 0.8 * placebo);
    }

    [Fact]
    public void One_Legged_Knee_Extension_For_Five_Hours_Matches_Steensberg_2000()
    {
        // Steensberg et al. 2000 (J Physiol 529:237; n = 6): 5 h of one-legged knee extension at 25 W
        // (40 % Wmax), 2.5 kg of active muscle. Arterial IL-6 rose 19-fold, at every hourly sample; over the
        // last 2 h the median release was 6.8 ng/min per kg (range 3.96–9.69); at 5 h the release in one
        // minute was half the plasma IL-6 content, i.e. ≈ 11 pg/mL in ≈ 3 L of plasma [DERIVED: 17 ng/min ×
        // 2 min / 2.9 L]. The model's resting level (1.5 pg/mL) is above theirs, so the absolute level is
        // the target: 7–16 pg/mL at 5 h, release 3.96–9.69 ng/min/kg at 5 h, a rise at every hour.
        var session = new ExerciseSession("knee-extension", 1, 5, 0.40, 2.5 / 28.5);
        var result = CrosstalkRun.Run(CrosstalkRun.Session(session), 7, 1.0 / 12, ["IL6_plasma", "il6_muscle_release"]);
        Assert.InRange(result.At("IL6_plasma", 6), 7, 16);
        var perKgPerMinute = result.At("il6_muscle_release", 6) / 60 / 2.5;
        Assert.InRange(perKgPerMinute, 3.96, 9.69);
        for (var hour = 2; hour <= 6; hour++)
        {
            Assert.True(result.At("IL6_plasma", hour) > result.At("IL6_plasma", hour - 1));
        }
    }

    [Fact]
    public void A_Marathon_Raises_IL6_Tens_Of_Fold_And_It_Falls_Within_Hours()
    {
        // Ostrowski et al. 1998 (J Physiol 508:949; n = 10): 1.5 ± 0.7 → 94.4 ± 12.6 pg/mL right after a
        // marathon (63-fold), 22.1 ± 3.8 pg/mL 2 h later (23 % of the peak). Ostrowski et al. 1999 (J Physiol
        // 515:287; n = 10, median 3:26 h): 128-fold. Pedersen & Febbraio 2008: "up to 100-fold". Modelled as
        // 3.5 h of running at 75 % VO2max. Bands: peak 30–130-fold; 2 h after the finish 10–45 % of the
        // peak; 8 h after the finish below 2-fold (back near baseline within hours, Ostrowski 1998's fall).
        var result = CrosstalkRun.Run(CrosstalkRun.Session(new ExerciseSession("running", 1, 3.5, 0.75, 0.50)), 14, 1.0 / 12, Il6);
        var rest = result.At("IL6_plasma", 0.5);
        var (peak, _) = result.Peak("IL6_plasma");
        Assert.InRange(peak / rest, 30, 130);
        Assert.InRange(result.At("IL6_plasma", 6.5) / peak, 0.10, 0.45);
        Assert.True(result.At("IL6_plasma", 12.5) < 2 * rest);
    }

    [Theory]
    [InlineData(0.25, 0.5, 1, 2, 3)]
    public void Longer_Sessions_Never_Lower_The_IL6_Peak(params double[] hours)
    {
        // Property (issue 3): more duration never lowers the peak.
        var peaks = hours.Select(h => Peak(1, h, 0.65, 0.45).Value).ToList();
        for (var i = 1; i < peaks.Count; i++)
        {
            Assert.True(peaks[i] >= peaks[i - 1], $"peak fell from {peaks[i - 1]} to {peaks[i]}");
        }
    }

    [Fact]
    public void Harder_Sessions_Never_Lower_The_IL6_Peak()
    {
        // Property: more intensity never lowers the peak (Ostrowski et al. 2000, EJAP 83:512, intensity effect).
        var peaks = new[] { 0.3, 0.45, 0.6, 0.75, 0.9 }.Select(i => Peak(1, 1, i, 0.45).Value).ToList();
        for (var i = 1; i < peaks.Count; i++)
        {
            Assert.True(peaks[i] >= peaks[i - 1], $"peak fell from {peaks[i - 1]} to {peaks[i]}");
        }
    }

    [Fact]
    public void More_Active_Muscle_Never_Lowers_The_IL6_Peak()
    {
        // Property (issue 3): more active muscle doing the same exercise — the same relative intensity of the
        // working muscles — never lowers the peak: one leg, two legs, legs and more, up to the share of muscle
        // the heart can supply at full effort (≈ 36 %, exercise.ant). Beyond it the same %VO2max spreads a
        // capped O2 uptake over more muscle; see the next test and docs/model.md.
        var peaks = new[] { 0.05, 0.1, 0.2, 0.3, 0.36 }.Select(f => Peak(1, 1.5, 0.65, f).Value).ToList();
        for (var i = 1; i < peaks.Count; i++)
        {
            Assert.True(peaks[i] >= peaks[i - 1], $"peak fell from {peaks[i - 1]} to {peaks[i]}");
        }
    }

    [Fact]
    public void Beyond_The_Hearts_Limit_More_Active_Muscle_At_The_Same_VO2max_Changes_IL6_Little()
    {
        // Model prediction, stated because it qualifies the property above: at a fixed %VO2max, once more than
        // ≈ 36 % of the muscle works, whole-body O2 uptake is capped by the heart, so each kilogram works less
        // and uses less glycogen; the model's IL-6 peak then stays within 20 % whether 45 % or 70 % of the
        // muscle works (cycling vs whole-body rowing at 65 % VO2max).
        var cycling = Peak(1, 1.5, 0.65, 0.45).Value;
        var rowing = Peak(1, 1.5, 0.65, 0.70).Value;
        Assert.InRange(rowing / cycling, 0.8, 1.2);
    }

    [Fact]
    public void More_Muscle_Mass_Secretes_More_IL6()
    {
        // The amplifier (seed 000): a subject with more lean (and so muscle) mass releases more IL-6 in the
        // same session at the same relative intensity.
        var small = Peak(1, 1.5, 0.65, 0.45, subject: new Dictionary<string, double> { ["lean_mass0"] = 50 }).Value;
        var large = Peak(1, 1.5, 0.65, 0.45, subject: new Dictionary<string, double> { ["lean_mass0"] = 68 }).Value;
        Assert.True(large > small);
    }

    [Fact]
    public void Trained_Subjects_Respond_Less_At_The_Same_Relative_Intensity()
    {
        // Fischer 2006 (Exerc Immunol Rev; review): training reduces the acute IL-6 response. Band: the
        // trained peak is lower, and still above rest.
        var untrained = Peak(1, 2, 0.65, 0.45).Value;
        var trained = Peak(1, 2, 0.65, 0.45, subject: new Dictionary<string, double> { ["trained"] = 1 }).Value;
        Assert.True(trained < untrained);
        Assert.True(trained > 2 * Rest);
    }
}
