using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Tests.Support;
using static Myokinetics.Physiology.Tests.Validation.TherapyProtocols;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>
/// Properties of the therapy and muscle-growth modules: rest is a steady state for any subject, and a
/// 12-week programme of every therapy plus training keeps every quantity finite and non-negative.
/// </summary>
public sealed class TherapyRestTests
{
    private static readonly string[] Owned =
    [
        "testosterone_serum", "LH_rel", "tc_depot", "tc_central", "GH_plasma", "IGF1_serum", "ipam_central", "ipam_sc_depot",
        "cjc_depot", "cjc_central", "myostatin_serum", "myostatin_signal", "actrii_block", "bima_central",
        "muscle_protein_synthesis", "muscle_mass", "lean_mass",
    ];

    public static TheoryData<double, double, double, double> Subjects => new()
    {
        { 1, 75, 60, 600 },   // the reference man
        { 0, 60, 42, 40 },    // a woman
        { 1, 95, 62, 250 },   // a hypogonadal man with more fat
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void A_Subject_At_Rest_Stays_At_Baseline_For_Thirty_Days(double male, double mass, double lean, double testosterone)
    {
        // Baseline by construction: every variable these modules own keeps its initial value within 1e-6
        // (relative) for 30 days without exercise or doses.
        var subject = new Dictionary<string, double>
        {
            ["sex_male"] = male, ["body_mass"] = mass, ["lean_mass0"] = lean, ["testosterone_baseline"] = testosterone,
        };
        var result = CrosstalkRun.Run(Protocol.None, 30 * Day, Day, Owned, subject);
        foreach (var id in Owned)
        {
            var start = result.At(id, 0);
            var (min, max) = result.Range(id, 0, 30 * Day);
            var tolerance = 1e-6 * Math.Max(Math.Abs(start), 1e-9);
            Assert.True(max - start <= tolerance && start - min <= tolerance, $"{id} moved from {start} to [{min}, {max}]");
        }
    }

    [Fact]
    public void Every_Therapy_With_Training_For_Twelve_Weeks_Keeps_Every_Quantity_Finite_And_Non_Negative()
    {
        // Testosterone cypionate 200 mg every 2 weeks, CJC-1295 60 µg/kg weekly, ipamorelin 40 nmol/kg sc
        // daily, bimagrumab 10 mg/kg every 4 weeks, and three whole-body sessions a week.
        var doses = Doses("testosterone_cypionate", "tc_depot", 200, 6, 2 * Week)
            .AddRange(Doses("cjc1295", "cjc_depot", 60 * ReferenceBodyMass, 12, Week))
            .AddRange(Doses("ipamorelin", "ipam_sc_depot", 40 * ReferenceBodyMass, 84, Day, 20))
            .AddRange(Doses("bimagrumab", "bima_central", 10 * ReferenceBodyMass, 3, 4 * Week));
        var result = CrosstalkRun.Run(new Protocol(Training(12), doses), 12 * Week, 1, Owned);
        foreach (var id in Owned)
        {
            foreach (var value in result.Column(id))
            {
                Assert.True(double.IsFinite(value) && value >= -1e-9, $"{id} = {value}");
            }
        }

        Assert.True(result.At("muscle_mass", 12 * Week) > ReferenceMuscle);
    }
}
