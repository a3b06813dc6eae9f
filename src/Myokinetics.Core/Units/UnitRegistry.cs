using System.Collections.Frozen;
using System.Globalization;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;
using IrModel = Myokinetics.Core.Model.Model;

namespace Myokinetics.Core.Units;

/// <summary>
/// The units of one model: resolves unit ids to <see cref="UnitVector"/>s and gives the declared
/// units of every symbol its math can use. Built once per model; immutable afterwards and safe to
/// share between threads.
/// </summary>
/// <remarks>
/// <para>Unit ids resolve, in this order, to a unit definition of the model, an SBML base unit kind
/// (<see cref="UnitKinds"/>), or — for SBML Level 1 and 2 models and models read from other formats
/// (level 0) — one of the Level 2 built-in units <c>substance</c> (mole), <c>volume</c> (litre),
/// <c>area</c> (metre^2), <c>length</c> (metre) and <c>time</c> (second), which a unit definition
/// of the same id replaces (the built-in units table of SBML Level 2 Version 4). A unit definition
/// whose id is a base kind is ignored (Level 3 forbids redefining base units). A definition with no
/// units means "undeclared" (L3V2 core, "The list of Units"). As an extension for non-SBML readers,
/// a unit's kind may also name another unit definition.</para>
/// <para>Defaults (L3V2 core, the Model attributes <c>substanceUnits</c> to <c>extentUnits</c>): a
/// species without substance units takes the model's substance units; a compartment without units
/// takes the model's volume, area or length units by its spatial dimensions (3, 2, 1; none for
/// other values or when unset). For Level 1 and 2 models the model-wide units are the built-ins
/// and an unset spatial dimension means 3. Reaction extent is the model's extent units, or its
/// substance units when those are unset (Level 2's meaning: kinetic laws are substance/time).</para>
/// <para>Problems (an undefined unit id, a unit definition with an unknown kind or a non-positive
/// multiplier) become warnings in <see cref="Diagnostics"/>; the units concerned are then
/// undeclared. Nothing here throws for a unit problem.</para>
/// </remarks>
public sealed class UnitRegistry
{
    private static readonly FrozenDictionary<string, UnitVector> BuiltIns = new Dictionary<string, UnitVector>(StringComparer.Ordinal)
    {
        ["substance"] = UnitVector.Of(BaseDimension.Amount),
        ["volume"] = UnitVector.Of(BaseDimension.Length, 3).Scaled(1e-3),
        ["area"] = UnitVector.Of(BaseDimension.Length, 2),
        ["length"] = UnitVector.Of(BaseDimension.Length),
        ["time"] = UnitVector.Of(BaseDimension.Time),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Dictionary<string, UnitDefinition> definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitVector?> resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SymbolUnits> globals = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Reaction, string Id), SymbolUnits> locals = new();
    private readonly Dictionary<string, UnitVector?> speciesAmounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitVector?> speciesConcentrations = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> diagnostics = [];
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);
    private readonly bool builtInsAvailable;
    private readonly bool legacyDefaults;

    private UnitRegistry(IrModel model)
    {
        Model = model;
        var level = model.SbmlLevelVersion.Level;
        legacyDefaults = level is 1 or 2;
        builtInsAvailable = level < 3;

        foreach (var definition in model.UnitDefinitions)
        {
            if (UnitKinds.IsKind(definition.Id))
            {
                Report(definition, definition.Id, $"unit definition '{definition.Id}' redefines a base unit kind; the base unit is used");
            }
            else if (!definitions.TryAdd(definition.Id, definition))
            {
                Report(definition, definition.Id, $"unit definition '{definition.Id}' is defined more than once; the first definition is used");
            }
        }

        // Resolve every definition now, so that faulty ones are reported in model order.
        foreach (var id in definitions.Keys.ToList())
        {
            Resolve(id, []);
        }

        var units = model.Units;
        var time = units.Time ?? (legacyDefaults ? "time" : null);
        var substance = units.Substance ?? (legacyDefaults ? "substance" : null);
        Time = ResolveFor(time, model, model.Id, "model time units");
        Substance = ResolveFor(substance, model, model.Id, "model substance units");
        Extent = units.Extent is { } extent ? ResolveFor(extent, model, model.Id, "model extent units") : Substance;
        ReactionRate = Extent is { } e && Time is { } t ? e / t : null;

        BuildSymbols(model, substance);
        Diagnostics = [.. diagnostics];
    }

    /// <summary>The model the registry describes.</summary>
    public IrModel Model { get; }

    /// <summary>Warnings about undefined unit ids and faulty unit definitions, in model order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The model's time units (of the <c>time</c> csymbol and of every rate), or null.</summary>
    public UnitVector? Time { get; }

    /// <summary>The model's default substance units, or null.</summary>
    public UnitVector? Substance { get; }

    /// <summary>The units of reaction extent (the model's extent units, else its substance units), or null.</summary>
    public UnitVector? Extent { get; }

    /// <summary>The units every kinetic law and reaction rate should have: extent/time, or null.</summary>
    public UnitVector? ReactionRate { get; }

    /// <summary>Every symbol with a value in math, in model order (compartments, species,
    /// parameters, reactions with their local parameters and species references).</summary>
    public ImmutableArray<SymbolUnits> Symbols { get; private set; } = [];

    /// <summary>Builds the registry of <paramref name="model"/>; never throws for a unit problem.</summary>
    public static UnitRegistry Create(IrModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new UnitRegistry(model);
    }

    /// <summary>True when <paramref name="unitId"/> names a unit the model can use (a definition,
    /// even an empty one, a base kind, or an available built-in).</summary>
    public bool IsDefined(string unitId) =>
        definitions.ContainsKey(unitId) || UnitKinds.IsKind(unitId) || (builtInsAvailable && BuiltIns.ContainsKey(unitId));

    /// <summary>Resolves a unit id; false when it is undefined, its definition is empty or faulty.</summary>
    public bool TryResolve(string unitId, out UnitVector units)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var result = Resolve(unitId, []);
        units = result ?? default;
        return result is not null;
    }

    /// <summary>The declared units of a global symbol (compartment, species, parameter, reaction or
    /// species reference); false when the id is not such a symbol.</summary>
    public bool TryGetSymbol(string id, out SymbolUnits symbol) => TryGetSymbol(id, null, out symbol);

    /// <summary>The declared units of a symbol as seen from the kinetic law of
    /// <paramref name="reactionId"/>, where local parameters shadow global symbols.</summary>
    public bool TryGetSymbol(string id, string? reactionId, out SymbolUnits symbol)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (reactionId is not null && locals.TryGetValue((reactionId, id), out var local))
        {
            symbol = local;
            return true;
        }

        if (globals.TryGetValue(id, out var global))
        {
            symbol = global;
            return true;
        }

        symbol = null!;
        return false;
    }

    /// <summary>The units of a symbol's value in math, or null when undeclared or not a symbol.</summary>
    public UnitVector? UnitsOf(string id, string? reactionId = null) =>
        TryGetSymbol(id, reactionId, out var symbol) ? symbol.Units : null;

    /// <summary>The substance units of a species (of its amount, whatever its only-substance flag), or null.</summary>
    public UnitVector? SpeciesAmountUnits(string speciesId) =>
        speciesAmounts.TryGetValue(speciesId, out var units) ? units : null;

    /// <summary>The units of a species' concentration (substance/size, whatever its only-substance
    /// flag), or null when either is undeclared.</summary>
    public UnitVector? SpeciesConcentrationUnits(string speciesId) =>
        speciesConcentrations.TryGetValue(speciesId, out var units) ? units : null;

    /// <summary>The units of a csymbol: the model's time units for <c>time</c> (null when unset),
    /// dimensionless for <c>avogadro</c> (its value is 6.02214179e23 dimensionless in SBML Level 3).</summary>
    public UnitVector? UnitsOf(CSymbolKind kind) => kind == CSymbolKind.Avogadro ? UnitVector.Dimensionless : Time;

    /// <summary>The units of a compartment's size, or null.</summary>
    public UnitVector? CompartmentUnits(string compartmentId) =>
        globals.TryGetValue(compartmentId, out var s) && s.Kind == SymbolKind.Compartment ? s.Units : null;

    /// <summary>Resolves a unit id used by <paramref name="element"/>, reporting an undefined id once.</summary>
    private UnitVector? ResolveFor(string? unitId, ModelElement element, string? elementId, string what)
    {
        if (unitId is null)
        {
            return null;
        }

        if (!IsDefined(unitId))
        {
            Report(element, elementId, $"{what}: unit '{unitId}' is not defined");
            return null;
        }

        return Resolve(unitId, []);
    }

    private void BuildSymbols(IrModel model, string? substance)
    {
        var symbols = ImmutableArray.CreateBuilder<SymbolUnits>();
        var dimensions = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var c in model.Compartments)
        {
            var dims = c.SpatialDimensions ?? (legacyDefaults ? 3.0 : null);
            dimensions.TryAdd(c.Id, dims);
            var unitId = c.Units ?? dims switch
            {
                3.0 => model.Units.Volume ?? (legacyDefaults ? "volume" : null),
                2.0 => model.Units.Area ?? (legacyDefaults ? "area" : null),
                1.0 => model.Units.Length ?? (legacyDefaults ? "length" : null),
                _ => null,
            };
            Add(symbols, new SymbolUnits(c.Id, SymbolKind.Compartment, ResolveFor(unitId, c, c.Id, $"compartment {c.Id}")));
        }

        foreach (var s in model.Species)
        {
            var amount = ResolveFor(s.SubstanceUnits ?? substance, s, s.Id, $"species {s.Id}");
            speciesAmounts.TryAdd(s.Id, amount);
            var zeroDimensional = dimensions.TryGetValue(s.Compartment, out var dims) && dims == 0.0;
            var size = globals.TryGetValue(s.Compartment, out var c) && c.Kind == SymbolKind.Compartment ? c.Units : null;
            var concentration = amount is { } a && size is { } v ? a / v : (UnitVector?)null;
            speciesConcentrations.TryAdd(s.Id, concentration);
            var units = s.HasOnlySubstanceUnits || zeroDimensional ? amount : concentration;

            Add(symbols, new SymbolUnits(s.Id, SymbolKind.Species, units));
        }

        foreach (var p in model.Parameters)
        {
            Add(symbols, new SymbolUnits(p.Id, SymbolKind.Parameter, ResolveFor(p.Units, p, p.Id, $"parameter {p.Id}")));
        }

        foreach (var r in model.Reactions)
        {
            Add(symbols, new SymbolUnits(r.Id, SymbolKind.Reaction, ReactionRate));
            foreach (var reference in r.Reactants.Concat(r.Products))
            {
                if (reference.Id is { } id)
                {
                    Add(symbols, new SymbolUnits(id, SymbolKind.SpeciesReference, UnitVector.Dimensionless));
                }
            }

            if (r.KineticLaw is { } law)
            {
                foreach (var p in law.LocalParameters)
                {
                    var local = new SymbolUnits(
                        p.Id,
                        SymbolKind.LocalParameter,
                        ResolveFor(p.Units, p, p.Id, $"local parameter {p.Id} of reaction {r.Id}"),
                        r.Id);
                    if (locals.TryAdd((r.Id, p.Id), local))
                    {
                        symbols.Add(local);
                    }
                }
            }
        }

        Symbols = symbols.ToImmutable();
    }

    private void Add(ImmutableArray<SymbolUnits>.Builder symbols, SymbolUnits symbol)
    {
        if (globals.TryAdd(symbol.Id, symbol))
        {
            symbols.Add(symbol);
        }
    }

    /// <summary>Resolves a unit id. Only unit definitions are cached, and all of them are resolved
    /// by the constructor, so after construction this only reads.</summary>
    private UnitVector? Resolve(string unitId, HashSet<string> visiting)
    {
        if (UnitKinds.TryGet(unitId, out var kind))
        {
            return kind;
        }

        if (definitions.TryGetValue(unitId, out var definition))
        {
            if (resolved.TryGetValue(unitId, out var known))
            {
                return known;
            }

            if (!visiting.Add(unitId))
            {
                Report(definition, unitId, $"unit definition '{unitId}' refers to itself");
                return null;
            }

            var result = ResolveDefinition(definition, visiting);
            visiting.Remove(unitId);
            resolved[unitId] = result;
            return result;
        }

        return builtInsAvailable && BuiltIns.TryGetValue(unitId, out var builtIn) ? builtIn : null;
    }

    private UnitVector? ResolveDefinition(UnitDefinition definition, HashSet<string> visiting)
    {
        if (definition.Units.IsEmpty)
        {
            // L3V2 core, "The list of Units": an empty unit definition is an undefined unit.
            return null;
        }

        var product = UnitVector.Dimensionless;
        var ok = true;
        foreach (var unit in definition.Units)
        {
            if (!(unit.Multiplier > 0) || !double.IsFinite(unit.Multiplier) || !double.IsFinite(unit.Exponent))
            {
                Report(definition, definition.Id, string.Create(
                    CultureInfo.InvariantCulture,
                    $"unit definition '{definition.Id}': a unit needs a positive finite multiplier and a finite exponent (found multiplier {unit.Multiplier}, exponent {unit.Exponent})"));
                ok = false;
                continue;
            }

            UnitVector? kind = UnitKinds.TryGet(unit.Kind, out var k) ? k
                : definitions.ContainsKey(unit.Kind) || (builtInsAvailable && BuiltIns.ContainsKey(unit.Kind)) ? Resolve(unit.Kind, visiting)
                : null;
            if (kind is not { } found)
            {
                if (!IsDefined(unit.Kind))
                {
                    Report(definition, definition.Id, $"unit definition '{definition.Id}': '{unit.Kind}' is not a unit kind");
                }

                ok = false;
                continue;
            }

            product *= UnitKinds.Transform(found, unit);
        }

        return ok ? product : null;
    }

    private void Report(ModelElement element, string? elementId, string message)
    {
        if (reported.Add(message))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, message, element.Location, elementId));
        }
    }
}
