using Myokinetics.Core.Compile;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Analysis;

/// <summary>
/// The values flux balance analysis reads from the model: the parameters that bound fluxes and the
/// reactions' stoichiometries, as they stand at the start (time 0). When none of them is the target
/// of an initial assignment or a rule (and the model has no algebraic rule), these are the declared
/// values; otherwise the model is compiled and initialised, so that initial assignments and rules give
/// the values exactly as a simulation would start.
/// </summary>
internal sealed class StartValues
{
    private readonly Dictionary<string, double> _parameters;
    private readonly Dictionary<string, double> _speciesReferences;

    private StartValues(Dictionary<string, double> parameters, Dictionary<string, double> speciesReferences)
    {
        _parameters = parameters;
        _speciesReferences = speciesReferences;
    }

    /// <summary>Collects the start values of the parameters named by <paramref name="fluxBalance"/>'s
    /// bounds and of the species references that have ids.</summary>
    public static StartValues For(Model.Model model, FluxBalance fluxBalance)
    {
        var parameterIds = fluxBalance.Bounds.Select(b => b.Parameter).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var referenceIds = model.Reactions
            .SelectMany(r => r.Reactants.Concat(r.Products))
            .Select(s => s.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        var targets = model.InitialAssignments.Select(a => a.Symbol)
            .Concat(model.Rules.OfType<AssignmentRule>().Select(r => r.Variable))
            .Concat(model.Rules.OfType<RateRule>().Select(r => r.Variable))
            .ToHashSet(StringComparer.Ordinal);
        bool needsCompiler = model.Rules.OfType<AlgebraicRule>().Any()
            || parameterIds.Overlaps(targets)
            || referenceIds.Overlaps(targets);

        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        var references = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!needsCompiler)
        {
            foreach (var p in model.Parameters)
            {
                if (parameterIds.Contains(p.Id) && p.Value is { } value)
                {
                    parameters[p.Id] = value;
                }
            }

            foreach (var s in model.Reactions.SelectMany(r => r.Reactants.Concat(r.Products)))
            {
                if (s.Id is { } id && s.Stoichiometry is { } value && s.StoichiometryMath is null)
                {
                    references[id] = value;
                }
            }

            return new StartValues(parameters, references);
        }

        var compiled = ModelCompiler.Compile(model);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        foreach (var id in parameterIds)
        {
            if (compiled.Find(id) is { Kind: SymbolKind.Parameter } symbol)
            {
                parameters[id] = state.Values[symbol.ValueIndex];
            }
        }

        foreach (var id in referenceIds)
        {
            if (compiled.Find(id) is { Kind: SymbolKind.SpeciesReference } symbol)
            {
                references[id] = state.Values[symbol.ValueIndex];
            }
        }

        return new StartValues(parameters, references);
    }

    /// <summary>The start value of a global parameter, or null when it has none or is not a parameter.</summary>
    public double? Parameter(string id) => _parameters.TryGetValue(id, out var value) ? value : null;

    /// <summary>The start value of a stoichiometry: the value an initial assignment or rule gave the
    /// species reference's id, else the declared number; null when there is neither, or when the
    /// stoichiometry is an expression (SBML Level 2 <c>stoichiometryMath</c>).</summary>
    public double? Stoichiometry(SpeciesReference reference)
    {
        if (reference.StoichiometryMath is not null)
        {
            return null;
        }

        return reference.Id is { } id && _speciesReferences.TryGetValue(id, out var value) ? value : reference.Stoichiometry;
    }
}
