using Myokinetics.Core.Model;
using Myokinetics.Physiology.Catalog;
using Myokinetics.Physiology.Crosstalk;

namespace Myokinetics.Physiology.Tests.Catalog;

/// <summary>
/// The catalogue and the crosstalk model agree: every observable the model defines today has the unit
/// the catalogue states, and a module the model already imports defines the observables the catalogue
/// assigns to it. An observable whose resting level the literature does not pin down (the catalogue's
/// basal value is null) may be modelled as a fold of rest, with unit <c>dimensionless</c>.
/// </summary>
public sealed class CrosstalkConsistencyTests
{
    private static readonly Lazy<Model> Crosstalk = new(() => CrosstalkModel.Read().Model);

    [Fact]
    public void Observables_In_The_Model_Have_The_Catalogue_Units_And_Imported_Modules_Define_Theirs()
    {
        var model = Crosstalk.Value;
        var modules = Modules(model);
        var problems = new List<string>();
        var checkedCount = 0;
        foreach (var entry in MyokineCatalog.Default().Entries.Where(e => e.ModelObservable is not null))
        {
            var observable = entry.ModelObservable!;
            if (Units(model, observable, out var units))
            {
                checkedCount++;
                var expected = ModelUnit(entry.BasalPlasma.Unit);
                var foldOfRest = entry.BasalPlasma.Value is null && units == "dimensionless";
                if (units != expected && !foldOfRest)
                {
                    problems.Add($"{observable}: the model gives unit {units ?? "none"}, the catalogue {entry.BasalPlasma.Unit} ({expected})");
                }
            }
            else if (entry.ModelModule is { } module && modules.Contains(module))
            {
                problems.Add($"{observable}: module '{module}' is in the model but does not define it");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(checkedCount >= 9, $"only {checkedCount} catalogue observables were found in the model; the resting-state placeholders define at least 9");
    }

    [Fact]
    public void Catalogue_Units_Translate_To_Model_Unit_Ids()
    {
        Assert.Equal("pg_per_mL", ModelUnit("pg/mL"));
        Assert.Equal("ng_per_mL", ModelUnit("ng/mL"));
        Assert.Equal("mmol_per_L", ModelUnit("mmol/L"));
        Assert.Equal("umol_per_L", ModelUnit("µmol/L"));
    }

    [Fact]
    public void The_Modules_Of_The_Model_Are_Read_From_Where_Its_Elements_Come_From()
    {
        var modules = Modules(Crosstalk.Value);

        Assert.Contains("baselines", modules);
        Assert.Contains("exercise", modules);
    }

    /// <summary>A catalogue unit as a model unit id: <c>pg/mL</c> → <c>pg_per_mL</c>, <c>µ</c> → <c>u</c>.</summary>
    private static string ModelUnit(string unit) =>
        unit.Replace("µ", "u", StringComparison.Ordinal).Replace("/", "_per_", StringComparison.Ordinal);

    private static bool Units(Model model, string id, out string? units)
    {
        if (model.Parameters.FirstOrDefault(p => p.Id == id) is { } parameter)
        {
            units = parameter.Units;
            return true;
        }

        if (model.Species.FirstOrDefault(s => s.Id == id) is { } species)
        {
            units = species.SubstanceUnits;
            return true;
        }

        units = null;
        return false;
    }

    /// <summary>The module files (names without extension) that contributed elements to the model.</summary>
    private static HashSet<string> Modules(Model model)
    {
        IEnumerable<ModelElement> elements = [.. model.Parameters, .. model.Species, .. model.Compartments, .. model.Rules, .. model.Reactions, .. model.Events];
        return elements
            .Select(e => e.Location?.File)
            .OfType<string>()
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }
}
