using Myokinetics.Physiology.Data;
using YamlDotNet.RepresentationModel;

namespace Myokinetics.Physiology.Protocols;

/// <summary>The drugs of <c>models/crosstalk/drugs.yaml</c>.</summary>
public sealed record DrugCatalog(ImmutableArray<Drug> Drugs)
{
    /// <summary>The file's name in the model folder.</summary>
    public const string FileName = "drugs.yaml";

    /// <summary>The routes a dose string may name.</summary>
    public static readonly ImmutableArray<string> KnownRoutes = ["im", "sc", "iv", "po"];

    /// <summary>The drug called <paramref name="name"/>, or null.</summary>
    public Drug? Find(string name) => Drugs.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));

    /// <summary>Reads the catalogue from <paramref name="path"/>; errors name the file, line and column.</summary>
    public static DrugCatalog Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = YamlData.LoadMapping(path, "the drugs");
        YamlData.OnlyKeys(path, root, "drugs");
        var drugs = YamlData.Mapping(path, YamlData.Require(path, root, "drugs", "the drugs"), "the drugs");
        var list = ImmutableArray.CreateBuilder<Drug>();
        foreach (var (key, value) in drugs.Children)
        {
            list.Add(Read(path, YamlData.Key(path, key), YamlData.Mapping(path, value, "a drug")));
        }

        return new DrugCatalog(list.ToImmutable());
    }

    private static Drug Read(string path, string name, YamlMappingNode node)
    {
        YamlData.OnlyKeys(path, node, "molar_mass", "routes");
        var molarMass = YamlData.SourcedNumber(path, node, "molar_mass", "the molar mass in g/mol");
        if (!(molarMass > 0))
        {
            throw YamlData.Error(path, node, $"the molar mass of {name} must be greater than 0");
        }

        var routes = ImmutableArray.CreateBuilder<DrugRoute>();
        foreach (var (key, value) in YamlData.Mapping(path, YamlData.Require(path, node, "routes", "the routes"), "the routes").Children)
        {
            var route = YamlData.Key(path, key);
            if (!KnownRoutes.Contains(route))
            {
                throw YamlData.Error(path, key, $"unknown route '{route}'; expected {string.Join(", ", KnownRoutes)}");
            }

            var m = YamlData.Mapping(path, value, "the route's target and unit");
            YamlData.OnlyKeys(path, m, "target", "unit");
            var target = YamlData.Scalar(path, YamlData.Require(path, m, "target", "the model target"), "the model target");
            var unitNode = YamlData.Require(path, m, "unit", "mg, ug or nmol");
            var unit = YamlData.Scalar(path, unitNode, "mg, ug or nmol") switch
            {
                "mg" => AmountUnit.Milligram,
                "ug" => AmountUnit.Microgram,
                "nmol" => AmountUnit.Nanomole,
                var other => throw YamlData.Error(path, unitNode, $"expected mg, ug or nmol, found '{other}'"),
            };
            routes.Add(new DrugRoute(route, target, unit));
        }

        return new Drug(name, molarMass, routes.ToImmutable());
    }
}
