using Myokinetics.Core.Diagnostics;
using Myokinetics.Physiology.Crosstalk;
using Myokinetics.Physiology.Protocols;

namespace Myokinetics.Physiology.Tests.Protocols;

/// <summary>modalities.yaml and drugs.yaml: complete, in range and consistent with their sources.</summary>
public sealed class DataFileTests
{
    private static readonly Dictionary<char, double> AtomicWeights = new() { ['C'] = 12.011, ['H'] = 1.008, ['N'] = 14.007, ['O'] = 15.999 };

    [Fact]
    public void Every_Modality_Of_The_Protocol_Syntax_Is_Defined_With_An_Active_Fraction()
    {
        string[] names = ["cycling", "running", "walking", "rowing", "knee-extension", "resistance-legs", "resistance-whole-body", "hiit"];

        Assert.Equal(names, Catalogs.Modalities.Modalities.Select(m => m.Name));
        Assert.All(Catalogs.Modalities.Modalities, m => Assert.InRange(m.ActiveFraction, 0.01, 1));
    }

    [Fact]
    public void More_Muscle_Works_In_Whole_Body_Modalities_Than_In_One_Leg()
    {
        double Fraction(string name) => Catalogs.Modalities.Find(name)!.ActiveFraction;

        Assert.True(Fraction("knee-extension") < Fraction("cycling"));
        Assert.True(Fraction("cycling") < Fraction("rowing"));
        Assert.True(Fraction("resistance-legs") < Fraction("resistance-whole-body"));
    }

    [Fact]
    public void Percent_Wmax_Reaches_VO2max_At_Wmax_For_Cycling()
    {
        var cycling = Catalogs.Modalities.Find("cycling")!.Wmax!.Value;

        Assert.Equal(1, cycling.ToVo2maxFraction(1), 3);
        Assert.Equal(7.0 / 45, cycling.ToVo2maxFraction(0), 3);
    }

    [Theory]
    [InlineData("testosterone_cypionate", "C27H40O3")]
    [InlineData("ipamorelin", "C38H49N9O5")]
    [InlineData("cjc1295", "C165H269N47O46")]
    public void Molar_Masses_Of_Small_Molecules_And_Peptides_Match_Their_Formulas(string drug, string formula)
    {
        var mass = System.Text.RegularExpressions.Regex.Matches(formula, @"([CHNO])(\d+)")
            .Sum(m => AtomicWeights[m.Groups[1].Value[0]] * int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(mass, Catalogs.Drugs.Find(drug)!.MolarMass, 0.1);
    }

    [Theory]
    [InlineData("testosterone_cypionate", "im", "tc_depot", AmountUnit.Milligram)]
    [InlineData("ipamorelin", "iv", "ipam_central", AmountUnit.Nanomole)]
    [InlineData("ipamorelin", "sc", "ipam_sc_depot", AmountUnit.Nanomole)]
    [InlineData("cjc1295", "sc", "cjc_depot", AmountUnit.Microgram)]
    [InlineData("bimagrumab", "iv", "bima_central", AmountUnit.Milligram)]
    [InlineData("irisin", "iv", "irisin_rec_central", AmountUnit.Microgram)]
    [InlineData("irisin", "sc", "irisin_rec_sc_depot", AmountUnit.Microgram)]
    public void Every_Drug_Route_Has_The_Target_Of_The_Therapy_Modules(string drug, string route, string target, AmountUnit unit)
    {
        Assert.Equal(new DrugRoute(route, target, unit), Catalogs.Drugs.Find(drug)!.Find(route));
    }

    [Fact]
    public void A_Number_Without_A_Source_Is_Refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"myokinetics-drugs-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "drugs:\n  x:\n    molar_mass: { value: 100 }\n    routes:\n      iv: { target: x_central, unit: mg }\n");
        try
        {
            var error = Assert.Throws<ModelFormatException>(() => DrugCatalog.Load(path));

            Assert.Equal(3, error.Location.Line);
            Assert.Contains("missing 'source'", error.Detail, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_Data_Files_Ship_Next_To_The_Model()
    {
        Assert.True(File.Exists(Path.Combine(CrosstalkModel.Folder(), ModalityCatalog.FileName)));
        Assert.True(File.Exists(Path.Combine(CrosstalkModel.Folder(), DrugCatalog.FileName)));
    }
}
