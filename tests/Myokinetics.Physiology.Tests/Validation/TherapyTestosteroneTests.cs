using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Tests.Support;
using static Myokinetics.Physiology.Tests.Validation.TherapyProtocols;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>
/// Intramuscular testosterone cypionate (testosterone.ant) against Bi et al. 2018 (the model's source) and
/// against independent human data (Bhasin et al. 2001). Each test states the value, its spread or derivation,
/// n and the source, and the band the model must land in.
/// </summary>
public sealed class TherapyTestosteroneTests
{
    private static readonly string[] Signals = ["testosterone_serum", "LH_rel", "tc_depot"];

    // Bi 2018's typical subject: 85 kg, baseline total testosterone 6.24 ng/mL (Table 2).
    private static readonly Dictionary<string, double> BiSubject = new() { ["body_mass"] = 85, ["testosterone_baseline"] = 624 };

    [Fact]
    public void A_Single_200_mg_Dose_Peaks_Near_Day_Two_And_Returns_Toward_Baseline_Within_Two_Weeks()
    {
        // Bi 2018 typical values: tmax = ln(ka/kel)/(ka − kel) = 1.8 days (PHYSIOLOGY-SOURCES A8, DERIVED); an
        // independent integration of their model gives the peak at 1.77 days, and 14 days after the dose the
        // excess over baseline is ≈ 13 % of the peak excess (exogenous part e^−kt − e^−ka·t). Bands: peak at
        // 1.3–2.4 days; excess at day 14 below 25 % of the peak excess; within 3 % of baseline at day 28.
        var result = CrosstalkRun.Run(Of(Doses("testosterone_cypionate", "tc_depot", 200, 1, 0)), 28 * Day, 2, Signals);
        var peakTime = result.TimeOfPeak("testosterone_serum") / Day;
        var peakExcess = result.Peak("testosterone_serum").Value - 600;
        Assert.InRange(peakTime, 1.3, 2.4);
        Assert.InRange(result.At("testosterone_serum", 14 * Day) - 600, 0, 0.25 * peakExcess);
        Assert.InRange(result.At("testosterone_serum", 28 * Day), 600, 618);
    }

    [Theory]
    [InlineData(100, 711, 1125)]
    [InlineData(250, 1042, 2080)]
    public void Weekly_Doses_Reach_The_Steady_State_Trough_And_Peak_Of_The_Bi_2018_Model(double dose, double trough, double peak)
    {
        // Bi 2018 (31 men, 100/250/500 mg/week × 14): the paper reports no per-arm trough/peak table, so the
        // targets are DERIVED from its typical-value model (85 kg, Table 2–3 values) by an integration
        // independent of this engine, week 14: 100 mg → trough 7.11, peak 11.25 ng/mL; 250 mg → 10.42 and
        // 20.80 ng/mL. This model differs by design in one way (rest is a steady state at the subject's
        // baseline, so the endogenous secretion is scaled ×1.23), hence a ±20 % band.
        var result = CrosstalkRun.Run(Of(Doses("testosterone_cypionate", "tc_depot", dose, 14, Week)), 14 * Week, 2, Signals, BiSubject);
        var (min, max) = result.Range("testosterone_serum", 13 * Week, (14 * Week) - 1);
        Assert.InRange(min, 0.8 * trough, 1.2 * trough);
        Assert.InRange(max, 0.8 * peak, 1.2 * peak);
    }

    [Fact]
    public void Luteinising_Hormone_Is_Suppressed_At_250_mg_And_Partly_At_100_mg()
    {
        // Bi 2018: LH suppression "more severe in the 250 mg and the 500 mg groups, whereas the suppression is
        // variable in the 100 mg group"; LH synthesis fully inhibited at the high doses (Imax fixed to 1). Their
        // typical-value model gives LH at week 14 of 43 % of baseline (100 mg) and < 1 % (250 mg) [DERIVED].
        // Bands: 250 mg below 10 %; 100 mg between 20 and 80 %.
        double LhAtWeek14(double dose) => CrosstalkRun.Run(
            Of(Doses("testosterone_cypionate", "tc_depot", dose, 14, Week)), 14 * Week, Day, Signals, BiSubject).At("LH_rel", 14 * Week);
        Assert.InRange(LhAtWeek14(250), 0, 0.1);
        Assert.InRange(LhAtWeek14(100), 0.2, 0.8);
    }

    [Theory]
    [InlineData(300, 1345)]
    [InlineData(600, 2370)]
    public void Weekly_Supraphysiologic_Doses_Give_The_Nadir_Testosterone_Of_Bhasin_2001(double enanthateDose, double nadir)
    {
        // Bhasin et al. 2001, AJP Endo 281:E1172 (61 men 18–35 y, GnRH agonist plus testosterone enanthate
        // weekly for 20 weeks): mean nadir total testosterone 1345 and 2370 ng/dL at 300 and 600 mg [READ
        // abstract]. Data the model was not calibrated to. Enanthate is taken to have cypionate's depot kinetics;
        // doses are converted by testosterone content (enanthate 288.4/400.6 = 72.0 %, cypionate 288.4/412.6 =
        // 69.9 %: × 1.03). Band ±25 % on the trough of week 20.
        var cypionate = enanthateDose * 1.03;
        var result = CrosstalkRun.Run(Of(Doses("testosterone_enanthate", "tc_depot", cypionate, 20, Week)), 20 * Week, 6, Signals);
        var (trough, _) = result.Range("testosterone_serum", 19 * Week, (20 * Week) - 1);
        Assert.InRange(trough, 0.75 * nadir, 1.25 * nadir);
    }

    [Fact]
    public void A_Subject_At_Rest_Stays_At_Their_Own_Testosterone_Baseline()
    {
        // Baseline by construction, for a hypogonadal 95-kg man (testosterone 250 ng/dL) and a woman (40 ng/dL).
        foreach (var (mass, baseline, male) in new[] { (95.0, 250.0, 1.0), (60.0, 40.0, 0.0) })
        {
            var subject = new Dictionary<string, double> { ["body_mass"] = mass, ["testosterone_baseline"] = baseline, ["sex_male"] = male };
            var result = CrosstalkRun.Run(Protocol.None, 30 * Day, Day, Signals, subject);
            var (min, max) = result.Range("testosterone_serum", 0, 30 * Day);
            Assert.InRange(min, baseline * (1 - 1e-6), baseline * (1 + 1e-6));
            Assert.InRange(max, baseline * (1 - 1e-6), baseline * (1 + 1e-6));
            Assert.InRange(result.At("LH_rel", 30 * Day), 1 - 1e-6, 1 + 1e-6);
        }
    }
}
