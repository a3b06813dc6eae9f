using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Tests.Support;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>Organ outcomes driven by the myokines: tumour-cell proliferation, bone, brain, heart and vessels.</summary>
public sealed class OrganOutcomeTests
{
    private static readonly string[] Outcomes = ["tumour_proliferation", "bone_formation", "neurogenesis", "vascular_function", "cardioprotection"];

    [Fact]
    public void Post_Exercise_Serum_Lowers_Tumour_Cell_Proliferation_Within_The_Calibrated_Band()
    {
        // Bettariga et al. 2025, Breast Cancer Res Treat 213:171: one session of resistance training (n = 16)
        // or HIIT (n = 16); MDA-MB-231 growth in serum taken right after fell by 20–21 % (RT) and 19–29 %
        // (HIIT), and 30 min after by about as much. Band: 15–35 % lower right after a leg resistance session
        // and after 30 min of HIIT, still ≥ 10 % lower 30 min later, back within 2 % of rest after 24 h.
        // (IL-6 is at rest on this branch; with the IL-6 module the reduction grows, capped at 35 %.)
        var resistance = CrosstalkRun.Run(CrosstalkRun.Session(MyokineProtocols.LegResistance()), 26, 1.0 / 60, Outcomes);
        var hiit = CrosstalkRun.Run(CrosstalkRun.Session(new ExerciseSession("hiit", 1, 0.5, 0.85, 0.5)), 26, 1.0 / 60, Outcomes);
        Assert.InRange(1 - resistance.At("tumour_proliferation", 1.75), 0.15, 0.35);
        Assert.True(1 - resistance.At("tumour_proliferation", 2.25) >= 0.10);
        Assert.InRange(1 - hiit.At("tumour_proliferation", 1.5), 0.15, 0.35);
        Assert.InRange(resistance.At("tumour_proliferation", 25.75), 0.98, 1.0);
    }

    [Fact]
    public void Twelve_Weeks_Of_Training_Raise_Bone_Brain_And_Vascular_Outcomes_Modestly()
    {
        // Directions from seed 000/004 (loading, irisin, IGF-1, decorin → bone; BDNF, irisin, cathepsin B →
        // neurogenesis; apelin, FSTL1, myonectin → vessels and heart). No human magnitudes exist: the band is
        // "up, and by less than 30 %" 48 h after 12 weeks of running, and slow — a single session moves them
        // by less than 3 %.
        var training = CrosstalkRun.Run(MyokineProtocols.TwelveWeeksOfRunning(), MyokineProtocols.AfterTraining, 1, Outcomes);
        var single = CrosstalkRun.Run(CrosstalkRun.Session(MyokineProtocols.Cycling(1, 0.7)), 48, 0.25, Outcomes);
        foreach (var id in Outcomes.Where(id => id != "tumour_proliferation"))
        {
            Assert.InRange(training.At(id, MyokineProtocols.AfterTraining), 1.01, 1.3);
            Assert.True(single.Column(id).Max() < 1.03, $"{id} moved too fast: {single.Column(id).Max()}");
        }
    }
}
