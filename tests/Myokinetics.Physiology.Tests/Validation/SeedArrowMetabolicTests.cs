using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Tests.Support;
using static Myokinetics.Physiology.Tests.Validation.TherapyProtocols;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>
/// The seed arrows from myokines to glucose handling, the β cell, browning, fat oxidation and hepatic fatty-acid
/// uptake (pancreas.ant, liver.ant, adipose.ant): irisin, FGF21, BAIBA and Metrnl → insulin sensitivity and
/// adipocyte glucose uptake; irisin and LIF → β cells; FGF21 → hepatic insulin action; FGF21, Metrnl, BAIBA →
/// UCP1; FGF21, BAIBA → fat oxidation; myonectin → hepatic fatty-acid uptake. Human dose–responses do not exist
/// for any of them (cell and rodent data, and FGF21 analogues at pharmacological exposure), so the tests check
/// that each arrow is present, points the way its sources say, stays small, and leaves rest exactly at rest.
/// </summary>
public sealed class SeedArrowMetabolicTests
{
    private static readonly string[] Glucose =
    [
        "insulin_sensitivity", "pan_mk_is", "pan_adi_uptake", "liver_insulin_action", "pan_beta_mass", "pan_beta_function",
        "insulin_plasma", "glucose_plasma",
    ];

    /// <summary>Every variable the added arrows introduce or change, for the rest test.</summary>
    private static readonly string[] Added =
    [
        .. Glucose, "UCP1_WAT", "fat_oxidation", "lipolysis_rate", "energy_expenditure", "fat_mass", "adi_intake_now",
        "adi_gh_act", "adi_gh_slow", "adi_il15_avg", "adi_mstn_drop", "liver_fa_uptake", "bone_resorption",
        "IL1ra_plasma", "IL10_plasma", "hepatic_glucose_output",
    ];

    public static TheoryData<double, double, double, double> Subjects => new()
    {
        { 1, 75, 60, 600 },   // the reference man
        { 0, 60, 42, 40 },    // a woman: less muscle, so lower resting irisin
        { 1, 95, 68, 250 },   // a heavier hypogonadal man: more muscle
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Every_Added_Arrow_Leaves_A_Subject_At_Rest_At_Their_Own_Baseline(double male, double mass, double lean, double testosterone)
    {
        // Baseline by construction: the new terms are deviations from the subject's own rest (irisin's resting level
        // follows muscle mass, so its arrows read the subject's resting occupancy). Band: every variable constant
        // within 1e-6 (relative; 1e-9 absolute for those at 0) for 30 days; the folds start at exactly 1.
        var subject = new Dictionary<string, double>
        {
            ["sex_male"] = male, ["body_mass"] = mass, ["lean_mass0"] = lean, ["testosterone_baseline"] = testosterone,
        };
        var result = CrosstalkRun.Run(Protocol.None, 30 * Day, Day, Added, subject);
        foreach (var id in Added)
        {
            var start = result.At(id, 0);
            var (min, max) = result.Range(id, 0, 30 * Day);
            var tolerance = Math.Max(1e-6 * Math.Abs(start), 1e-9);
            Assert.True(max - start <= tolerance && start - min <= tolerance, $"{id} moved from {start} to [{min}, {max}]");
        }

        foreach (var id in new[] { "insulin_sensitivity", "pan_mk_is", "pan_adi_uptake", "liver_insulin_action", "pan_beta_function", "bone_resorption" })
        {
            Assert.Equal(1, result.At(id, 0), 12);
        }
    }

    [Fact]
    public void Myokine_Insulin_Sensitisation_Builds_With_Training_And_Stays_Small()
    {
        // Directions: irisin raises muscle-cell glucose uptake through AMPK (Lee et al. 2015, Mol Endocrinol) and
        // adipocyte glycolysis (Huh et al. 2014, Int J Obes); FGF21 raises adipocyte glucose uptake (Kharitonenkov
        // et al. 2005, JCI 115:1627) and its analogue lowered fasting insulin in adults with type 2 diabetes (Gaich
        // et al. 2013, Cell Metab 18:333, n = 46); BAIBA and Metrnl improved glucose handling in mice (Roberts 2014,
        // Rao 2014). No human magnitudes; the weights are bounded by the liver's follistatin calibration (see
        // pancreas.ant). Bands: after 12 weeks of running (48 h after the last session) the myokine insulin
        // sensitisation, adipocyte uptake and hepatic insulin action are each above rest and below +1 %; one hour of
        // cycling at 70 % moves none of them by more than 0.1 %.
        var training = CrosstalkRun.Run(MyokineProtocols.TwelveWeeksOfRunning(), MyokineProtocols.AfterTraining, 6, Glucose);
        var single = CrosstalkRun.Run(CrosstalkRun.Session(MyokineProtocols.Cycling(1, 0.7)), 48, 0.25, Glucose);
        foreach (var id in new[] { "pan_mk_is", "pan_adi_uptake", "liver_insulin_action" })
        {
            Assert.InRange(training.At(id, MyokineProtocols.AfterTraining), 1 + 1e-5, 1.01);
            Assert.True(single.Column(id).Max() < 1.001, $"{id} moved fast: {single.Column(id).Max()}");
        }
    }

    [Fact]
    public void Recombinant_Irisin_Raises_Insulin_Secretion_At_Once_And_Modestly()
    {
        // Recombinant irisin raised glucose-stimulated insulin secretion in human and rodent β cells and islets
        // (Natalicchio et al., Diabetes [READ abstract]); no human dose–response. 100 µg iv raises plasma irisin by
        // ≈ 35 ng/mL (irisin.ant). Bands: β-cell function up by 1–20 % at its peak, plasma insulin higher than
        // without the dose 15 min after it, glucose within 4–6 mmol/L throughout; back within 0.5 % 8 h later.
        var dose = Of(Doses("irisin", "irisin_rec_central", 100, 1, 0, first: 1));
        var with = CrosstalkRun.Run(dose, 10, 1.0 / 60, Glucose);
        var without = CrosstalkRun.Run(Protocol.None, 10, 1.0 / 60, Glucose);
        Assert.InRange(with.Peak("pan_beta_function").Value, 1.01, 1.2);
        Assert.True(with.At("insulin_plasma", 1.25) > without.At("insulin_plasma", 1.25));
        Assert.InRange(with.Column("glucose_plasma").Min(), 4, 6);
        Assert.InRange(with.Column("glucose_plasma").Max(), 4, 6);
        Assert.InRange(with.At("pan_beta_function", 9), 0.995, 1.005);
    }

    [Fact]
    public void LIF_Raises_Beta_Cell_Mass_Slowly_But_Exercise_Leaves_It_Alone()
    {
        // LIF with EGF turned adult exocrine cells into β cells in culture and raised pancreatic duct-cell
        // proliferation in rats (Baeyens et al. 2005; the rat LIF pancreas study, READ abstract); circulating LIF does
        // not rise with exercise (Broholm et al. 2008, J Physiol 586:2195, 3 h at ≈ 60 % VO2max [READ]). Bands: 12
        // weeks of running move β-cell mass by less than 0.5 % (irisin's small share only); a sustained doubling of
        // plasma LIF (set by hand) raises it by 0.5–3 % at 30 days (t½ 30 d towards +3.3 %) and 2.5–3.4 % at 120 days,
        // with plasma insulin higher than at rest.
        var training = CrosstalkRun.Run(MyokineProtocols.TwelveWeeksOfRunning(), MyokineProtocols.AfterTraining, 6, Glucose);
        Assert.InRange(training.Column("pan_beta_mass").Min(), 0.995, 1.005);
        Assert.InRange(training.Column("pan_beta_mass").Max(), 0.995, 1.005);
        var lif = CrosstalkRun.Run(Protocol.None, 120 * Day, Day, Glucose, new Dictionary<string, double> { ["LIF_plasma"] = 2 });
        Assert.InRange(lif.At("pan_beta_mass", 30 * Day), 1.005, 1.03);
        Assert.InRange(lif.At("pan_beta_mass", 120 * Day), 1.025, 1.034);
        Assert.True(lif.At("insulin_plasma", 120 * Day) > lif.At("insulin_plasma", 0));
    }

    [Fact]
    public void Myonectin_Raises_The_Liver_s_Share_Of_Fatty_Acid_Uptake_During_Exercise()
    {
        // The splanchnic bed takes up 30–45 % of systemic FFA at rest and the liver ≈ 80 % of that (Diabetes
        // 2013;62:2386, citing its refs 1–3 [READ-2°]) → 0.30 [DERIVED]; myonectin, raised by exercise in mice,
        // promotes fatty-acid uptake into hepatocytes (Seldin et al. 2012, JBC 287:11968; Adipocyte 2012;1:200). Bands:
        // hepatic uptake / FFA Ra = 0.30 at rest (within 1e-9); during and after 1 h of cycling at 70 % the share
        // rises to 0.301–0.36 and is exactly 0.30 with the arrow switched off.
        string[] outputs = ["liver_fa_uptake", "lipolysis_rate"];
        var (with, without) = SeedArrowRuns.WithAndWithout(CrosstalkRun.Session(MyokineProtocols.Cycling(1, 0.7)), 6, 1.0 / 12, outputs, ["liver_w_myonectin"]);
        Assert.Equal(0.30, with.At("liver_fa_uptake", 0.5) / with.At("lipolysis_rate", 0.5), 9);
        var share = Enumerable.Range(0, with.Times.Count).Select(i => with.Column("liver_fa_uptake")[i] / with.Column("lipolysis_rate")[i]).Max();
        Assert.InRange(share, 0.301, 0.36);
        var shareOff = Enumerable.Range(0, without.Times.Count).Select(i => without.Column("liver_fa_uptake")[i] / without.Column("lipolysis_rate")[i]).Max();
        Assert.Equal(0.30, shareOff, 9);
    }

    [Fact]
    public void FGF21_Metrnl_And_BAIBA_Add_A_Little_Browning_To_Irisin_s_Over_Training()
    {
        // FGF21 (Fisher et al. 2012, Genes Dev 26:271), Metrnl (Rao et al. 2014, Cell 157:1279) and BAIBA (Roberts
        // et al. 2014, Cell Metab 19:96) raise UCP1 in white fat in mice and cells [READ abstracts]; in humans the
        // browning effect of exercise is small (docs/model.md §6). Bands: after 12 weeks of running UCP1 is higher with
        // these three arrows than with irisin alone, and still below 1.05 (the band of MetabolicPropertyTests); one
        // session moves UCP1 by less than 0.5 %.
        string[] outputs = ["UCP1_WAT"];
        var (with, without) = SeedArrowRuns.WithAndWithout(MyokineProtocols.TwelveWeeksOfRunning(), MyokineProtocols.AfterTraining, 6, outputs,
            ["adi_w_ucp1_fgf21", "adi_w_ucp1_metrnl", "adi_w_ucp1_baiba"]);
        Assert.True(with.Column("UCP1_WAT").Max() > without.Column("UCP1_WAT").Max());
        Assert.InRange(with.Column("UCP1_WAT").Max(), 1, 1.05);
        var single = CrosstalkRun.Run(CrosstalkRun.Session(MyokineProtocols.Cycling(1, 0.7)), 48, 0.5, outputs);
        Assert.True(single.Column("UCP1_WAT").Max() < 1.005);
    }

    [Fact]
    public void FGF21_And_BAIBA_Raise_Fat_Oxidation_By_Five_Percent_At_Most_After_Exercise()
    {
        // BAIBA induced hepatic β-oxidation through PPARα (Roberts 2014 [READ abstract]); the FGF21 analogue
        // LY2405319 raised β-hydroxybutyrate in adults (Gaich 2013 [READ abstract]) — at pharmacological exposure.
        // After 1 h of cycling at 75 % plasma FGF21 peaks ≈ 1.7-fold (liver.ant). Bands: the two arrows together raise
        // fat oxidation by 0–5 % at any time in the 6 h after the start, and by more than 0 at FGF21's peak.
        string[] outputs = ["fat_oxidation", "FGF21_plasma"];
        var (with, without) = SeedArrowRuns.WithAndWithout(CrosstalkRun.Session(MyokineProtocols.Cycling(1, 0.75)), 6, 1.0 / 12, outputs,
            ["adi_w_fatox_fgf21", "adi_w_fatox_baiba"]);
        var gains = Enumerable.Range(0, with.Times.Count).Select(i => (with.Column("fat_oxidation")[i] / without.Column("fat_oxidation")[i]) - 1).ToArray();
        Assert.InRange(gains.Min(), -1e-9, 0.05);
        Assert.InRange(gains.Max(), -1e-9, 0.05);
        Assert.True(with.At("fat_oxidation", with.Peak("FGF21_plasma").Time) > without.At("fat_oxidation", with.Peak("FGF21_plasma").Time));
    }
}
