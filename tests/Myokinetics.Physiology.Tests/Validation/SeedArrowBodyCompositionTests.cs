using Myokinetics.Physiology.Tests.Support;
using static Myokinetics.Physiology.Tests.Validation.TherapyProtocols;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>
/// The seed arrows that act on fat, energy balance and bone (adipose.ant, bone.ant): GH → lipolysis, fat
/// oxidation and fat loss (human data); IL-15 and endogenous myostatin → fat; brain BDNF → energy intake;
/// myostatin → bone resorption (rodent data: direction and a small size only).
/// </summary>
public sealed class SeedArrowBodyCompositionTests
{
    private static readonly string[] Energy =
    [
        "fat_oxidation", "lipolysis_rate", "energy_expenditure", "fat_mass", "lean_mass", "GH_plasma", "IGF1_serum", "adi_intake_now",
    ];

    private const double RestingFatOxidation = 0.080046296;   // g/min: 0.57 × 1820 kcal/day / 9 kcal/g / 1440 min/day
    private const double RestingExpenditure = 1820;           // kcal/day, Cunningham for 60 kg fat-free mass
    private const double RestingLipolysis = 5;                // µmol/kg/min

    [Fact]
    public void Two_Weeks_Of_GH_Level_Stimulation_Raise_Fat_Oxidation_And_Expenditure_As_GH_Therapy_Does()
    {
        // Hansen et al. 2005, AJP Endo (16 young lean men, GH 6 IU/day or placebo for 2 weeks, 24-h calorimetry):
        // 24-h energy expenditure +4.4 %, fat oxidation +29 %, lean mass 62.8 → 64.7 kg [READ abstract; spreads of
        // the changes not in the abstract]. The model has no GH drug: CJC-1295 60 µg/kg weekly raises mean GH ≈ 8-fold
        // and IGF-1 ≈ 2-fold, the IGF-1 doubling assumed for GH therapy (muscle_growth.ant). Bands at day 14 (in the
        // fasted resting state the model represents): fat oxidation +15 to +45 %, resting expenditure +2 to +7 %,
        // lipolysis up; all three at rest before the first dose.
        var result = CrosstalkRun.Run(Of(Doses("cjc1295", "cjc_depot", 60 * ReferenceBodyMass, 2, Week)), 14 * Day, 2, Energy);
        Assert.InRange((result.At("fat_oxidation", 14 * Day) / RestingFatOxidation) - 1, 0.15, 0.45);
        Assert.InRange((result.At("energy_expenditure", 14 * Day) / RestingExpenditure) - 1, 0.02, 0.07);
        Assert.True(result.At("lipolysis_rate", 14 * Day) > RestingLipolysis);
        Assert.Equal(RestingExpenditure, result.At("energy_expenditure", 0), 6);
    }

    [Fact]
    public void Six_Months_Of_GH_Level_Stimulation_Lower_Fat_Mass_By_About_Two_Kilograms()
    {
        // Liu et al. 2007, Ann Intern Med 146:104 (systematic review of GH in healthy older adults, mean 14 µg/kg/day
        // for 27 weeks): fat mass −2.1 kg, lean mass +2.1 kg (95 % CI 1.3–2.9) [READ]. GH is lipolytic in humans
        // (Møller & Jørgensen 2009, Endocr Rev 30:152 [READ abstract]). With CJC-1295 weekly as the GH-level stimulus
        // (IGF-1 ≈ 2-fold, as assumed for Liu's doses), band: fat mass −1 to −3.5 kg at 27 weeks, lean mass up; without
        // the GH → fat arrows (adi_gh_thermo, adi_gh_fatox, adi_gh_lip = 0) less fat is lost (only the larger lean
        // mass spends more).
        var doses = Of(Doses("cjc1295", "cjc_depot", 60 * ReferenceBodyMass, 27, Week));
        var (with, without) = SeedArrowRuns.WithAndWithout(doses, 27 * Week, Day, Energy, ["adi_gh_thermo", "adi_gh_fatox", "adi_gh_lip"]);
        var fatChange = with.At("fat_mass", 27 * Week) - with.At("fat_mass", 0);
        Assert.InRange(fatChange, -3.5, -1);
        Assert.True(with.At("lean_mass", 27 * Week) > with.At("lean_mass", 0));
        Assert.True(without.At("fat_mass", 27 * Week) - without.At("fat_mass", 0) > fatChange);
    }

    [Fact]
    public void A_GH_Episode_Raises_Fat_Oxidation_After_A_Lag_But_Not_Expenditure()
    {
        // Møller et al. 1992, Metabolism 41:172 (6 healthy men, iv GH boluses giving peaks of 10, 15 and 34 µg/L):
        // lipid intermediates and lipid oxidation rose dose-dependently over the following 4.5 h, energy expenditure
        // unaffected [READ abstract]; a 4-h GH infusion raised lipid oxidation 1.20 → 1.48 mg/kg/min (+23 %) with
        // expenditure unchanged (Møller et al., "Short-term effects of growth hormone on fuel oxidation…" [READ
        // abstract]). Ipamorelin 42.13 nmol/kg iv gives one GH episode peaking ≈ 28 ng/mL at 0.8 h (gh_igf1.ant).
        // Bands: fat oxidation peaks 1–3.5 h after the dose, 8–40 % above rest, and later than GH; lipolysis up;
        // expenditure within 0.5 % of rest throughout 8 h.
        var result = CrosstalkRun.Run(Of(Doses("ipamorelin", "ipam_central", 42.13 * ReferenceBodyMass, 1, 0)), 8, 1.0 / 12, Energy);
        var (peak, when) = result.Peak("fat_oxidation");
        Assert.InRange(when, 1, 3.5);
        Assert.True(when > result.Peak("GH_plasma").Time);
        Assert.InRange((peak / RestingFatOxidation) - 1, 0.08, 0.40);
        Assert.True(result.Peak("lipolysis_rate").Value > RestingLipolysis);
        Assert.InRange(result.Column("energy_expenditure").Max() / RestingExpenditure, 0.995, 1.005);
    }

    [Fact]
    public void IL15_And_Endogenous_Myostatin_Add_A_Little_Fat_Loss_To_Resistance_Training()
    {
        // IL-15: plasma IL-15 inversely associated with total and trunk fat in 199 adults; muscle IL-15
        // overexpression lowered trunk fat in mice (Nielsen et al. 2008, JCEM 93:4486 [READ abstract]); mice
        // oversecreting IL-15 from muscle are leaner (Quinn et al. 2009, AJP Endo 296:E191 [READ abstract]).
        // Myostatin: myostatin-null mice accumulate less fat (McPherron & Lee 2002, JCI 109:595 [READ abstract]),
        // mostly through their muscle (Guo et al. 2009, PLoS One 4:e4937). No human magnitudes. Twelve weeks of
        // whole-body resistance training raise IL-15 after each session and lower serum myostatin ≈ 20 %. Bands: each
        // arrow adds 0.005–0.3 kg to the fat lost in 12 weeks (a small share of the ≈ 2 kg lost in total).
        var protocol = SeedArrowRuns.TwelveWeeksOfResistanceTraining();
        string[] outputs = ["fat_mass"];
        foreach (var arrow in new[] { "adi_il15_thermo", "adi_mstn_thermo" })
        {
            var (with, without) = SeedArrowRuns.WithAndWithout(protocol, SeedArrowRuns.TwelveWeeks, 12, outputs, [arrow]);
            var extra = without.At("fat_mass", SeedArrowRuns.TwelveWeeks) - with.At("fat_mass", SeedArrowRuns.TwelveWeeks);
            Assert.InRange(extra, 0.005, 0.3);
        }
    }

    [Fact]
    public void Endogenous_Myostatin_s_Fat_Term_Does_Not_Count_ActRII_Blockade_Twice()
    {
        // Bimagrumab's fat loss is calibrated on its own term (adi_actrii_thermo, Heymsfield et al. 2021: −7.5 kg in
        // 48 weeks). The endogenous-myostatin term acts only on the part of the ActRII signal the ligand moves, which
        // vanishes under full blockade. Band: with bimagrumab 10 mg/kg every 4 weeks for 48 weeks, switching the
        // endogenous term off changes fat mass by less than 0.02 kg.
        var doses = Of(Doses("bimagrumab", "bima_central", 10 * ReferenceBodyMass, 12, 4 * Week));
        var (with, without) = SeedArrowRuns.WithAndWithout(doses, 48 * Week, Day, ["fat_mass"], ["adi_mstn_thermo"]);
        Assert.InRange(with.At("fat_mass", 48 * Week) - without.At("fat_mass", 48 * Week), -0.02, 0.02);
    }

    [Fact]
    public void Brain_BDNF_Lowers_Energy_Intake_A_Little_After_Sessions()
    {
        // BDNF inhibits food intake: BDNF haploinsufficiency caused hyperphagia and obesity in a child (Gray et al.
        // 2006, Diabetes 55:3366 [READ abstract]) and all WAGR patients with heterozygous BDNF deletions were obese by
        // age 10 (Han et al. 2008, NEJM 359:918, n = 33 [READ abstract]); rodent models give the direction. Bands:
        // intake exactly at rest before the session; after 1 h of cycling at 75 % it falls by 0.1–2 % while brain
        // BDNF is raised and is back within 0.5 % a day later (brain irisin, which stays up with FNDC5 for a day, keeps
        // a trace); over 12 weeks of running the arrow adds 0.01–0.3 kg to
        // the fat lost.
        var session = CrosstalkRun.Run(CrosstalkRun.Session(MyokineProtocols.Cycling(1, 0.75)), 30, 1.0 / 12, Energy);
        var intake0 = session.At("adi_intake_now", 0.5);
        Assert.Equal(RestingExpenditure, intake0, 9);
        Assert.InRange(1 - (session.Column("adi_intake_now").Min() / intake0), 0.001, 0.02);
        Assert.InRange(session.At("adi_intake_now", 28) / intake0, 0.995, 1.0);
        var (with, without) = SeedArrowRuns.WithAndWithout(MyokineProtocols.TwelveWeeksOfRunning(), MyokineProtocols.AfterTraining, 12, ["fat_mass"], ["adi_bdnf_anorexia"]);
        var extra = without.At("fat_mass", MyokineProtocols.AfterTraining) - with.At("fat_mass", MyokineProtocols.AfterTraining);
        Assert.InRange(extra, 0.01, 0.3);
    }

    [Fact]
    public void ActRII_Blockade_And_Training_Lower_Bone_Resorption_Modestly()
    {
        // Myostatin accelerates RANKL-driven osteoclast formation (SMAD2 → NFATc1) and its deficiency or antibody
        // blockade lessened bone destruction in arthritic mice (Dankbar et al. 2015, Nat Med 21:1085 [READ
        // abstract]); no human data. Bands: bone resorption exactly 1 at rest; bimagrumab 10 mg/kg every 4 weeks
        // lowers it by 3–10 % within 24 weeks; 12 weeks of resistance training (serum myostatin −20 %) lower it by
        // less than bimagrumab does, and by more than 0.
        var bima = CrosstalkRun.Run(Of(Doses("bimagrumab", "bima_central", 10 * ReferenceBodyMass, 6, 4 * Week)), 24 * Week, Day, ["bone_resorption"]);
        Assert.Equal(1, bima.At("bone_resorption", 0), 12);
        var bimaDrop = 1 - bima.Column("bone_resorption").Min();
        Assert.InRange(bimaDrop, 0.03, 0.10);
        var training = CrosstalkRun.Run(SeedArrowRuns.TwelveWeeksOfResistanceTraining(), SeedArrowRuns.TwelveWeeks, 12, ["bone_resorption"]);
        var trainingDrop = 1 - training.Column("bone_resorption").Min();
        Assert.InRange(trainingDrop, 1e-4, bimaDrop);
    }
}
