using Myokinetics.Core.Model;
using Myokinetics.Physiology.Crosstalk;
using Myokinetics.Physiology.Data;

namespace Myokinetics.Physiology.Observables;

/// <summary>The observables of <c>models/crosstalk/observables.yaml</c>: ids, units, names, groups.</summary>
/// <param name="Groups">The groups, in report order.</param>
/// <param name="Observables">The observables, in file order.</param>
public sealed record ObservableCatalog(ImmutableArray<string> Groups, ImmutableArray<Observable> Observables)
{
    /// <summary>The file's name in the model folder.</summary>
    public const string FileName = "observables.yaml";

    /// <summary>Reads the catalogue next to the crosstalk model.</summary>
    public static ObservableCatalog Load() => Load(Path.Combine(CrosstalkModel.Folder(), FileName));

    /// <summary>Reads the catalogue from <paramref name="path"/>; errors name the file, line and column.</summary>
    public static ObservableCatalog Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = YamlData.LoadMapping(path, "the observables");
        YamlData.OnlyKeys(path, root, "groups", "unit_labels", "observables");
        var groups = YamlData.Sequence(path, YamlData.Require(path, root, "groups", "the groups"), "the groups")
            .Children.Select(g => YamlData.Scalar(path, g, "a group name")).ToImmutableArray();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in YamlData.Mapping(path, YamlData.Require(path, root, "unit_labels", "the unit labels"), "the unit labels").Children)
        {
            labels[YamlData.Key(path, k)] = YamlData.Scalar(path, v, "a unit label");
        }

        var list = ImmutableArray.CreateBuilder<Observable>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in YamlData.Sequence(path, YamlData.Require(path, root, "observables", "the observables"), "the observables").Children)
        {
            var m = YamlData.Mapping(path, node, "an observable");
            YamlData.OnlyKeys(path, m, "id", "unit", "name", "group", "owner");
            string Field(string key) => YamlData.Scalar(path, YamlData.Require(path, m, key, $"the observable's {key}"), $"the observable's {key}");
            var id = Field("id");
            var unit = Field("unit");
            var group = Field("group");
            if (!seen.Add(id))
            {
                throw YamlData.Error(path, node, $"observable '{id}' is listed twice");
            }

            if (!groups.Contains(group))
            {
                throw YamlData.Error(path, node, $"observable '{id}' is in group '{group}', which is not one of {string.Join(", ", groups)}");
            }

            if (!labels.TryGetValue(unit, out var label))
            {
                throw YamlData.Error(path, node, $"observable '{id}' has unit '{unit}', which has no entry in unit_labels");
            }

            list.Add(new Observable(id, unit, label, Field("name"), group, Field("owner")));
        }

        return new ObservableCatalog(groups, list.ToImmutable());
    }

    /// <summary>The observable with id <paramref name="id"/>, or null.</summary>
    public Observable? Find(string id) => Observables.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));

    /// <summary>The observables <paramref name="model"/> defines (as a species, parameter or compartment), in catalogue order.</summary>
    public ImmutableArray<Observable> PresentIn(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var ids = model.Parameters.Select(p => p.Id)
            .Concat(model.Species.Select(s => s.Id))
            .Concat(model.Compartments.Select(c => c.Id))
            .ToHashSet(StringComparer.Ordinal);
        return Observables.Where(o => ids.Contains(o.Id)).ToImmutableArray();
    }

    /// <summary>The unit id <paramref name="model"/> declares for <paramref name="id"/> (a parameter's
    /// units, a species' substance units, a compartment's units), or null.</summary>
    public static string? DeclaredUnit(Model model, string id)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Parameters.FirstOrDefault(p => p.Id == id)?.Units
            ?? model.Species.FirstOrDefault(s => s.Id == id)?.SubstanceUnits
            ?? model.Compartments.FirstOrDefault(c => c.Id == id)?.Units;
    }
}
