using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Reading;

/// <summary>Reads one <c>&lt;model&gt;</c> into the IR, making every level default explicit so that no
/// later stage needs to know the level (see the project README for the table of defaults).</summary>
internal sealed partial class ModelReader
{
    private static readonly string[] ModelLists =
    [
        "notes", "annotation", "listOfFunctionDefinitions", "listOfUnitDefinitions", "listOfCompartmentTypes",
        "listOfSpeciesTypes", "listOfCompartments", "listOfSpecies", "listOfParameters", "listOfInitialAssignments",
        "listOfRules", "listOfConstraints", "listOfReactions", "listOfEvents",
    ];

    private readonly ReadContext c;
    private readonly SBaseReader sbase;
    private readonly MathMLReader math;
    private readonly Level2Units level2Units;

    public ModelReader(ReadContext context, XElement model)
    {
        c = context;
        sbase = new SBaseReader(context);
        math = new MathMLReader(context);
        var defined = Items(model, "listOfUnitDefinitions", "unitDefinition")
            .Select(u => ReadContext.Id(u, "id"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        level2Units = new Level2Units(context.Level == 2, defined);
    }

    public Model Read(XElement model)
    {
        foreach (var child in c.CoreChildren(model))
        {
            if (!ModelLists.Contains(child.Name.LocalName))
            {
                c.Add(Severity.Warning, child, $"<{child.Name.LocalName}> is not part of {c.LevelVersion} core and is ignored");
            }
            else if (child.Name.LocalName is "listOfCompartmentTypes" or "listOfSpeciesTypes" or "listOfConstraints")
            {
                c.Add(Severity.Info, child, $"<{child.Name.LocalName}> does not change a simulation and is not kept");
            }
        }

        var unitDefinitions = Items(model, "listOfUnitDefinitions", "unitDefinition").Select(ReadUnitDefinition).ToList();
        unitDefinitions.AddRange(level2Units.ImplicitDefinitions().Select(u => u with { Location = c.At(model) }));

        var result = new Model(
            ReadContext.Id(model, "id") ?? string.Empty,
            ReadAll(model, "listOfFunctionDefinitions", "functionDefinition", ReadFunction),
            unitDefinitions.ToImmutableArray(),
            ReadAll(model, "listOfCompartments", "compartment", ReadCompartment),
            ReadAll(model, "listOfSpecies", "species", ReadSpecies),
            ReadAll(model, "listOfParameters", "parameter", ReadParameter),
            ReadAll(model, "listOfInitialAssignments", "initialAssignment", ReadInitialAssignment),
            ReadRules(model),
            ReadAll(model, "listOfReactions", "reaction", ReadReaction),
            ReadAll(model, "listOfEvents", "event", ReadEvent))
        {
            Units = ReadModelUnits(model),
            ConversionFactor = c.IsLevel3 ? ReadContext.Id(model, "conversionFactor") : null,
            SbmlLevelVersion = (c.Level, c.Version),
        };
        WarnUndefinedStoichiometries(result);
        return sbase.Apply(result, model);
    }

    /// <summary>Level 3 leaves a stoichiometry undefined when the attribute is absent and no initial
    /// assignment or rule sets the reference's id; say so, since a simulation then has no value to use.</summary>
    private void WarnUndefinedStoichiometries(Model model)
    {
        var set = model.InitialAssignments.Select(a => a.Symbol)
            .Concat(model.Rules.OfType<AssignmentRule>().Select(r => r.Variable))
            .Concat(model.Rules.OfType<RateRule>().Select(r => r.Variable))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var reaction in model.Reactions)
        {
            foreach (var reference in reaction.Reactants.Concat(reaction.Products))
            {
                if (reference.Stoichiometry is null && reference.StoichiometryMath is null && (reference.Id is null || !set.Contains(reference.Id)))
                {
                    c.Diagnostics.Add(new Diagnostic(
                        Severity.Warning,
                        $"the reference to '{reference.Species}' in reaction '{reaction.Id}' has no stoichiometry and no initial assignment or rule sets it; its value is undefined",
                        reference.Location,
                        reference.Id ?? reaction.Id));
                }
            }
        }
    }

    private IEnumerable<XElement> Items(XElement parent, string list, string item) =>
        c.CoreChildren(parent).Where(e => e.Name.LocalName == list).SelectMany(l => ItemsOf(l, item));

    private IEnumerable<XElement> ItemsOf(XElement list, string item)
    {
        foreach (var child in c.CoreChildren(list))
        {
            if (child.Name.LocalName == item)
            {
                yield return child;
            }
            else if (child.Name.LocalName is not ("notes" or "annotation"))
            {
                c.Add(Severity.Warning, child, $"<{child.Name.LocalName}> is not allowed in <{list.Name.LocalName}> and is ignored");
            }
        }
    }

    private ImmutableArray<T> ReadAll<T>(XElement parent, string list, string item, Func<XElement, T?> read)
        where T : class
    {
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var e in Items(parent, list, item))
        {
            if (read(e) is { } value)
            {
                builder.Add(value);
            }
        }

        return builder.ToImmutable();
    }

    private ModelUnits ReadModelUnits(XElement model)
    {
        if (!c.IsLevel3)
        {
            return level2Units.ModelUnits();
        }

        return new ModelUnits(
            Substance: ReadContext.Id(model, "substanceUnits"),
            Time: ReadContext.Id(model, "timeUnits"),
            Volume: ReadContext.Id(model, "volumeUnits"),
            Area: ReadContext.Id(model, "areaUnits"),
            Length: ReadContext.Id(model, "lengthUnits"),
            Extent: ReadContext.Id(model, "extentUnits"));
    }

    private string? UnitRef(XElement e, string attribute) => level2Units.Resolve(ReadContext.Id(e, attribute));

    private UnitDefinition ReadUnitDefinition(XElement e)
    {
        var id = c.RequiredText(e, "id");
        var units = ImmutableArray.CreateBuilder<Unit>();
        foreach (var u in Items(e, "listOfUnits", "unit"))
        {
            units.Add(ReadUnit(u, id));
        }

        return sbase.Apply(new UnitDefinition(id, units.ToImmutable()), e);
    }

    private Unit ReadUnit(XElement u, string definition)
    {
        var kind = c.RequiredText(u, "kind");
        switch (kind)
        {
            case "meter":
                kind = "metre";
                break;
            case "liter":
                kind = "litre";
                break;
            case "Celsius":
                c.Add(Severity.Warning, u, "unit kind 'Celsius' (SBML Level 2 Version 1 only) is read as kelvin; its offset is dropped", definition);
                kind = "kelvin";
                break;
        }

        if (c.Double(u, "offset") is { } offset && offset != 0)
        {
            c.Add(Severity.Warning, u, $"the unit offset {SbmlNumber.Format(offset)} (SBML Level 2 Version 1 only) is not kept", definition);
        }

        return new Unit(
            kind,
            c.Double(u, "exponent") ?? Required(u, "exponent", 1.0, definition),
            c.Integer(u, "scale") ?? (int)Required(u, "scale", 0.0, definition),
            c.Double(u, "multiplier") ?? Required(u, "multiplier", 1.0, definition));
    }

    private double Required(XElement e, string attribute, double fallback, string? id)
    {
        if (c.IsLevel3)
        {
            c.WarnMissing(e, attribute, SbmlNumber.Format(fallback), id);
        }

        return fallback;
    }

    private Compartment ReadCompartment(XElement e)
    {
        var id = c.RequiredText(e, "id");
        c.IgnoredAttributes(e, "outside", "compartmentType");
        var dimensions = c.IsLevel3 ? c.Double(e, "spatialDimensions") : c.Integer(e, "spatialDimensions") ?? 3.0;
        var compartment = new Compartment(
            id,
            dimensions,
            c.Double(e, "size"),
            UnitRef(e, "units"),
            c.LevelBoolean(e, "constant", level2Default: true, fallback: true, id));
        return sbase.Apply(compartment, e);
    }

    private Species ReadSpecies(XElement e)
    {
        var id = c.RequiredText(e, "id");
        c.IgnoredAttributes(e, "charge", "speciesType", "spatialSizeUnits");
        var species = new Species(
            id,
            c.RequiredText(e, "compartment"),
            c.Double(e, "initialAmount"),
            c.Double(e, "initialConcentration"),
            UnitRef(e, "substanceUnits"),
            c.LevelBoolean(e, "hasOnlySubstanceUnits", level2Default: false, fallback: false, id),
            c.LevelBoolean(e, "boundaryCondition", level2Default: false, fallback: false, id),
            c.LevelBoolean(e, "constant", level2Default: false, fallback: false, id),
            c.IsLevel3 ? ReadContext.Id(e, "conversionFactor") : null);
        return sbase.Apply(species, e);
    }

    private Parameter ReadParameter(XElement e)
    {
        var id = c.RequiredText(e, "id");
        var parameter = new Parameter(
            id,
            c.Double(e, "value"),
            UnitRef(e, "units"),
            c.LevelBoolean(e, "constant", level2Default: true, fallback: true, id));
        return sbase.Apply(parameter, e);
    }

    /// <summary>A kinetic law's local parameter: always constant (L3 <c>localParameter</c> has no
    /// <c>constant</c> attribute; L2 requires it to be true).</summary>
    private Parameter ReadLocalParameter(XElement e)
    {
        var id = c.RequiredText(e, "id");
        if (c.Boolean(e, "constant") == false)
        {
            c.Add(Severity.Warning, e, "a kinetic law's parameter must be constant; read as constant", id);
        }

        return sbase.Apply(new Parameter(id, c.Double(e, "value"), UnitRef(e, "units"), Constant: true), e);
    }
}
