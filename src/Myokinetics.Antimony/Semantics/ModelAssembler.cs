using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Semantics;

/// <summary>
/// Turns the main model's <see cref="FlatModule"/> into the IR: resolves synonyms, flattens dotted
/// names (<c>A.S</c> → <c>A__S</c>), decides what undeclared names are (in a compartment: species;
/// otherwise: parameters), places species in <c>default_compartment</c> when nothing says otherwise,
/// infers modifiers from rate laws, and reports values that are missing.
/// </summary>
internal sealed partial class ModelAssembler
{
    /// <summary>The compartment of species that are in no other (Antimony: "default_compartment", size 1).</summary>
    public const string DefaultCompartment = "default_compartment";

    /// <summary>The unit ids that set the model's default units.</summary>
    public static readonly IReadOnlyDictionary<string, string> ModelUnitIds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["substance"] = nameof(ModelUnits.Substance),
        ["time_unit"] = nameof(ModelUnits.Time),
        ["volume"] = nameof(ModelUnits.Volume),
        ["area"] = nameof(ModelUnits.Area),
        ["length"] = nameof(ModelUnits.Length),
        ["extent"] = nameof(ModelUnits.Extent),
    };

    private readonly FlatModule module;
    private readonly ImmutableArray<FunctionStatement> functionStatements;
    private readonly IReadOnlyList<UnitDefinitionStatement> unitStatements;
    private readonly List<Diagnostic> diagnostics;
    private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);

    public ModelAssembler(FlatModule module, ImmutableArray<FunctionStatement> functions, IReadOnlyList<UnitDefinitionStatement> units, List<Diagnostic> diagnostics)
    {
        this.module = module;
        functionStatements = functions;
        unitStatements = units;
        this.diagnostics = diagnostics;
    }

    public Model Assemble()
    {
        ResolveSynonyms();
        var records = module.Records.Values
            .OrderBy(r => r.SortKey)
            .Select(r => r.CloneRenamed(Flat, r.Order))
            .ToList();
        var algebraic = module.AlgebraicRules.Select(r => r with { Item = MathRenamer.Rename(r.Item, Flat) }).ToList();

        var functions = BuildFunctions(records);
        var units = BuildUnitDefinitions(records);
        var byName = records.ToDictionary(r => r.Name, StringComparer.Ordinal);

        var reactionCompartments = ReactionCompartments(records);
        foreach (var r in records.Where(r => r.Kind == SymbolKind.Unknown))
        {
            r.Kind = r.Compartment is not null ? SymbolKind.Species : SymbolKind.Parameter;
        }

        var species = records.Where(r => r.Kind == SymbolKind.Species).ToList();
        var compartmentOf = species.ToDictionary(
            s => s.Name,
            s => s.Compartment ?? (reactionCompartments.TryGetValue(s.Name, out var c) ? c : DefaultCompartment),
            StringComparer.Ordinal);

        var compartments = ImmutableArray.CreateBuilder<Compartment>();
        if (compartmentOf.ContainsValue(DefaultCompartment) && !byName.ContainsKey(DefaultCompartment))
        {
            compartments.Add(new Compartment(DefaultCompartment, 3, 1, null, true) { SboTerm = "SBO:0000410" });
        }

        compartments.AddRange(records.Where(r => r.Kind == SymbolKind.Compartment).Select(BuildCompartment));
        var speciesList = species.Select(s => BuildSpecies(s, compartmentOf[s.Name])).ToImmutableArray();
        var parameters = records.Where(r => r.Kind == SymbolKind.Parameter).Select(BuildParameter).ToImmutableArray();
        var speciesNames = species.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        var reactions = records
            .Where(r => r.Kind == SymbolKind.Reaction && r.Reaction is not null)
            .OrderBy(r => r.Reaction!.Sequence).ThenBy(r => r.Order)
            .Select(r => BuildReaction(r, speciesNames))
            .ToImmutableArray();
        foreach (var r in records.Where(r => r.Kind == SymbolKind.Reaction && r.Reaction is null))
        {
            throw new ModelFormatException(r.Location, $"'{r.Name}' is used as a reaction but never defined as one");
        }

        var events = records
            .Where(r => r.Kind == SymbolKind.Event && r.Event is not null)
            .OrderBy(r => r.Event!.Sequence).ThenBy(r => r.Order)
            .Select(BuildEvent)
            .ToImmutableArray();

        var valued = records.Where(r => r.Kind is SymbolKind.Species or SymbolKind.Compartment or SymbolKind.Parameter).ToList();
        var initialAssignments = valued
            .Where(r => r.Value is { Item: not NumberNode })
            .OrderBy(r => r.Value!.Sequence)
            .Select(r => new InitialAssignment(r.Name, r.Value!.Item) { Location = r.Value.Location })
            .ToImmutableArray();

        var rules = new List<(int Sequence, Rule Rule)>();
        foreach (var r in records)
        {
            if (r.AssignmentRule is { } a)
            {
                rules.Add((a.Sequence, new AssignmentRule(r.Name, a.Item) { Location = a.Location }));
            }

            if (r.RateRule is { } rr)
            {
                rules.Add((rr.Sequence, new RateRule(r.Name, rr.Item) { Location = rr.Location }));
            }
        }

        rules.AddRange(algebraic.Select(a => (a.Sequence, (Rule)new AlgebraicRule(a.Item) { Location = a.Location })));

        ReportMissingValues(valued);
        ReportUndefinedUnits(valued, units);

        var compartmentList = compartments.ToImmutable();
        var modelUnits = ModelDefaultUnits(units);
        (speciesList, units) = ConcentrationUnitsToSubstanceUnits(speciesList, units, compartmentList, modelUnits);

        var model = new Model(
            module.Name,
            functions,
            units,
            compartmentList,
            speciesList,
            parameters,
            initialAssignments,
            rules.OrderBy(r => r.Sequence).Select(r => r.Rule).ToImmutableArray(),
            reactions,
            events)
        {
            Units = modelUnits,
        };
        return Annotate(model, module.ModelRecord);
    }

    private void ResolveSynonyms()
    {
        foreach (var synonym in module.Synonyms)
        {
            var alias = Find(synonym.Alias);
            var target = Find(synonym.Target);
            if (string.Equals(alias, target, StringComparison.Ordinal))
            {
                continue;
            }

            // The element closer to the top (fewer dots) keeps its name; between equals the
            // right-hand side does ("A is ABA" renames A to ABA, as in Antimony's documentation).
            var (keep, drop) = Depth(alias) < Depth(target) ? (alias, target) : (target, alias);
            parent[drop] = keep;
            var kept = module.Records[keep];
            var dropped = module.Records[drop];
            if (kept.Kind != SymbolKind.Unknown && dropped.Kind != SymbolKind.Unknown && kept.Kind != dropped.Kind)
            {
                throw new ModelFormatException(synonym.Location,
                    $"'{synonym.Alias}' and '{synonym.Target}' cannot be one element: one is {ModuleBuilder.Describe(dropped.Kind)}, the other {ModuleBuilder.Describe(kept.Kind)}");
            }

            if (kept.Kind == SymbolKind.Unknown)
            {
                kept.Kind = dropped.Kind;
            }

            kept.AbsorbMissing(dropped);
            module.Records.Remove(drop);
        }
    }

    private string Find(string name)
    {
        var current = name;
        while (parent.TryGetValue(current, out var next))
        {
            current = next;
        }

        return current;
    }

    private string Flat(string name) => Find(name).Replace(".", "__", StringComparison.Ordinal);

    private static int Depth(string name) => name.Count(c => c == '.');

    private static Dictionary<string, string> ReactionCompartments(List<SymbolRecord> records)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in records.Where(r => r.Reaction?.Compartment is not null).OrderBy(r => r.Reaction!.Sequence))
        {
            foreach (var p in r.Reaction!.Reactants.Concat(r.Reaction.Products))
            {
                result[p.Species] = r.Reaction.Compartment!;
            }
        }

        return result;
    }

    private void ReportMissingValues(List<SymbolRecord> valued)
    {
        foreach (var r in valued.Where(r => r.Value is null && r.AssignmentRule is null))
        {
            var what = r.Kind switch
            {
                SymbolKind.Species => $"species '{r.Name}' has no initial value",
                SymbolKind.Compartment => $"compartment '{r.Name}' has no size",
                _ => $"'{r.Name}' is used but never given a value",
            };
            diagnostics.Add(new Diagnostic(Severity.Warning, $"{what} (Antimony leaves it undefined)", r.Location, r.Name));
        }
    }

    private void ReportUndefinedUnits(List<SymbolRecord> valued, ImmutableArray<UnitDefinition> units)
    {
        var defined = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var r in valued)
        {
            var unit = r.Units ?? (r.Value?.Item as NumberNode)?.Units;
            if (unit is not null && !defined.Contains(unit) && !UnitKinds.Base.Contains(unit))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, $"unit '{unit}' of '{r.Name}' is not defined", r.Location, r.Name));
            }
        }
    }

    // A concentration species' unit is the unit of its concentration; the IR keeps substance units,
    // so multiply by the compartment's volume unit (else the model's, else litre), as libAntimony does.
    private static (ImmutableArray<Species>, ImmutableArray<UnitDefinition>) ConcentrationUnitsToSubstanceUnits(
        ImmutableArray<Species> species, ImmutableArray<UnitDefinition> units, ImmutableArray<Compartment> compartments, ModelUnits modelUnits)
    {
        var defined = units.ToDictionary(u => u.Id, u => u.Units, StringComparer.Ordinal);
        var definitions = units.ToList();
        var result = species.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var s = result[i];
            if (s.HasOnlySubstanceUnits || s.SubstanceUnits is null)
            {
                continue;
            }

            var volume = compartments.FirstOrDefault(c => c.Id == s.Compartment)?.Units ?? modelUnits.Volume ?? "litre";
            if (UnitAlgebra.Resolve(s.SubstanceUnits, defined) is not { } concentration || UnitAlgebra.Resolve(volume, defined) is not { } size)
            {
                continue;
            }

            var substance = UnitAlgebra.Multiply(concentration, size);
            var name = UnitAlgebra.NameOf(substance, definitions.Select(d => KeyValuePair.Create(d.Id, d.Units)));
            if (name is null)
            {
                name = s.SubstanceUnits + "_times_" + volume;
                for (var n = 0; defined.ContainsKey(name); n++)
                {
                    name = s.SubstanceUnits + "_times_" + volume + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                defined[name] = substance;
                definitions.Add(new UnitDefinition(name, substance));
            }

            result[i] = s with { SubstanceUnits = name };
        }

        return (result.ToImmutable(), [.. definitions]);
    }

    private static ModelUnits ModelDefaultUnits(ImmutableArray<UnitDefinition> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        string? Pick(string id) => ids.Contains(id) ? id : null;
        var result = new ModelUnits(Pick("substance"), Pick("time_unit"), Pick("volume"), Pick("area"), Pick("length"), Pick("extent"));
        return result == ModelUnits.None ? ModelUnits.None : result;
    }

    private static T Annotate<T>(T element, SymbolRecord? r)
        where T : ModelElement
    {
        if (r is null)
        {
            return element;
        }

        return element with
        {
            Name = r.DisplayName,
            SboTerm = r.SboTerm,
            Notes = r.Notes,
            CvTerms = [.. r.CvTerms],
        };
    }
}
