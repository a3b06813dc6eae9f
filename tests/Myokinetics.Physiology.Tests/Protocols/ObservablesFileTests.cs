using System.Text.RegularExpressions;
using Myokinetics.Physiology.Crosstalk;
using Myokinetics.Physiology.Observables;
using Myokinetics.Physiology.Tests.Support;

namespace Myokinetics.Physiology.Tests.Protocols;

/// <summary>
/// observables.yaml against the model: every observable the model defines has the listed unit; every
/// observable whose owning module is imported by crosstalk.ant is defined. The failure messages list
/// the observables not yet in the model.
/// </summary>
public sealed partial class ObservablesFileTests
{
    private static readonly ObservableCatalog Catalog = ObservableCatalog.Load();

    [Fact]
    public void The_Fixed_Observables_Of_Issue_3_Are_Listed_With_Their_Units()
    {
        (string Id, string Unit)[] fixedIds =
        [
            ("IL6_plasma", "pg_per_mL"), ("irisin_plasma", "ng_per_mL"), ("IL15_plasma", "pg_per_mL"), ("BDNF_serum", "ng_per_mL"),
            ("FGF21_plasma", "pg_per_mL"), ("myostatin_serum", "ng_per_mL"), ("IGF1_serum", "ng_per_mL"), ("GH_plasma", "ng_per_mL"),
            ("testosterone_serum", "ng_per_dL"), ("lactate_plasma", "mmol_per_L"), ("glucose_plasma", "mmol_per_L"), ("insulin_plasma", "mU_per_L"),
            ("hepatic_glucose_output", "mg_per_kg_per_min"), ("fat_oxidation", "g_per_min"), ("lipolysis_rate", "umol_per_kg_per_min"),
            ("UCP1_WAT", "dimensionless"), ("energy_expenditure", "kcal_per_day"), ("insulin_sensitivity", "dimensionless"),
            ("muscle_protein_synthesis", "dimensionless"), ("muscle_mass", "kg"), ("lean_mass", "kg"), ("fat_mass", "kg"),
            ("bone_formation", "dimensionless"), ("neurogenesis", "dimensionless"), ("tumour_proliferation", "dimensionless"),
        ];

        foreach (var (id, unit) in fixedIds)
        {
            var observable = Catalog.Find(id);
            Assert.True(observable is not null, $"{id} is not in observables.yaml");
            Assert.Equal(unit, observable.Unit);
        }
    }

    [Fact]
    public void Every_Observable_The_Model_Defines_Has_The_Listed_Unit()
    {
        var model = CrosstalkRun.Model;
        var present = Catalog.PresentIn(model);
        var wrong = present
            .Where(o => ObservableCatalog.DeclaredUnit(model, o.Id) != o.Unit)
            .Select(o => $"{o.Id} has unit '{ObservableCatalog.DeclaredUnit(model, o.Id) ?? "(none)"}', observables.yaml says '{o.Unit}'")
            .ToList();
        var missing = Catalog.Observables.Except(present).Select(o => o.Id);

        Assert.True(wrong.Count == 0, $"{string.Join("; ", wrong)}. (Not yet in the model: {string.Join(", ", missing)}.)");
        Assert.Contains(present, o => o.Id == "lactate_plasma");
        Assert.Contains(present, o => o.Id == "IL6_plasma");
    }

    [Fact]
    public void Every_Observable_Of_An_Imported_Module_Is_In_The_Model()
    {
        var imported = ImportedModules();
        var present = Catalog.PresentIn(CrosstalkRun.Model).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var required = Catalog.Observables.Where(o => imported.Contains(o.Owner)).ToList();
        var missing = required.Where(o => !present.Contains(o.Id)).Select(o => $"{o.Id} ({o.Owner})").ToList();
        var notYet = Catalog.Observables.Where(o => !present.Contains(o.Id)).Select(o => o.Id);

        Assert.Contains("exercise", imported);
        Assert.True(missing.Count == 0, $"modules {string.Join(", ", imported)} are imported but these observables are missing: {string.Join(", ", missing)}. (All not yet in the model: {string.Join(", ", notYet)}.)");
    }

    [Fact]
    public void Observables_Have_Unique_Ids_And_Known_Groups()
    {
        Assert.Equal(Catalog.Observables.Length, Catalog.Observables.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Catalog.Observables, o => Assert.Contains(o.Group, Catalog.Groups));
        Assert.Equal(["plasma myokine", "hormone", "metabolism", "organ outcome", "body composition"], Catalog.Groups.ToArray());
    }

    /// <summary>The module names crosstalk.ant imports: <c>import "x.ant"</c> gives x, <c>import "therapies/y.ant"</c> gives therapies and therapies/y.</summary>
    private static HashSet<string> ImportedModules()
    {
        var text = File.ReadAllText(Path.Combine(CrosstalkModel.Folder(), CrosstalkModel.EntryFile));
        var modules = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in ImportPattern().Matches(text))
        {
            var path = m.Groups[1].Value;
            modules.Add(path);
            if (path.Contains('/', StringComparison.Ordinal))
            {
                modules.Add(path[..path.IndexOf('/', StringComparison.Ordinal)]);
            }
        }

        return modules;
    }

    [GeneratedRegex(@"^\s*import\s+""([^""]+)\.ant""", RegexOptions.Multiline)]
    private static partial Regex ImportPattern();
}
