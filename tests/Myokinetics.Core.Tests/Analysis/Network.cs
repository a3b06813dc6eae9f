using System.Globalization;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;
using IrModel = Myokinetics.Core.Model.Model;

namespace Myokinetics.Core.Tests.Analysis;

/// <summary>Builds small metabolic networks for flux balance tests: reactions written as equations
/// (<c>"X + 2 A -> B"</c>), species created on first use (declare sources and sinks with
/// <see cref="Boundary"/>), fbc bounds and objectives.</summary>
internal sealed class Network
{
    private readonly List<Species> _species = new();
    private readonly List<Reaction> _reactions = new();
    private readonly List<Parameter> _parameters = new();
    private readonly List<InitialAssignment> _initialAssignments = new();
    private readonly List<FluxBound> _bounds = new();
    private readonly List<FluxObjective> _objectives = new();
    private string? _active;
    private bool _strict;

    public Network Boundary(params string[] ids)
    {
        foreach (var id in ids)
        {
            _species.Add(Species(id, boundary: true));
        }

        return this;
    }

    /// <summary>Adds a reaction from an equation; a coefficient written <c>{id}</c> (e.g.
    /// <c>"A -> {s} B"</c>) makes a species reference with that id and no stoichiometry value.</summary>
    public Network Reaction(string id, string equation, bool reversible = true)
    {
        var sides = equation.Split("->");
        _reactions.Add(new Reaction(
            id,
            References(sides[0]),
            References(sides[1]),
            ImmutableArray<ModifierReference>.Empty,
            KineticLaw: null,
            reversible,
            Fast: false,
            Compartment: null));
        return this;
    }

    public Network Replace(string reactionId, Func<Reaction, Reaction> change)
    {
        int i = _reactions.FindIndex(r => r.Id == reactionId);
        _reactions[i] = change(_reactions[i]);
        return this;
    }

    public Network Bound(string reaction, FluxBoundOperation operation, double value)
    {
        _bounds.Add(new FluxBound($"b{_bounds.Count}", reaction, operation, value));
        return this;
    }

    public Network Between(string reaction, double lower, double upper) =>
        Bound(reaction, FluxBoundOperation.GreaterEqual, lower).Bound(reaction, FluxBoundOperation.LessEqual, upper);

    public Network BoundBy(string reaction, FluxBoundOperation operation, string parameter)
    {
        _bounds.Add(new FluxBound(null, reaction, operation, null, parameter));
        return this;
    }

    public Network Parameter(string id, double? value)
    {
        _parameters.Add(new Parameter(id, value, null, Constant: true));
        return this;
    }

    public Network InitialAssignment(string symbol, double value)
    {
        _initialAssignments.Add(new InitialAssignment(symbol, new NumberNode(value)));
        return this;
    }

    public Network Objective(string id, FluxObjectiveType type, params (string Reaction, double Coefficient)[] terms)
    {
        _objectives.Add(new FluxObjective(id, type, [.. terms.Select(t => new FluxObjectiveTerm(t.Reaction, t.Coefficient))]));
        return this;
    }

    public Network Maximize(string reaction) => Objective("obj", FluxObjectiveType.Maximize, (reaction, 1)).Active("obj");

    public Network Minimize(string reaction) => Objective("obj", FluxObjectiveType.Minimize, (reaction, 1)).Active("obj");

    public Network Active(string? id)
    {
        _active = id;
        return this;
    }

    public Network Strict()
    {
        _strict = true;
        return this;
    }

    public IrModel Build() => IrModel.Empty("net") with
    {
        Compartments = [new Compartment("cell", 3, 1, null, Constant: true)],
        Species = [.. _species],
        Parameters = [.. _parameters],
        InitialAssignments = [.. _initialAssignments],
        Reactions = [.. _reactions],
        FluxBalance = new FluxBalance([.. _bounds], [.. _objectives], _active, _strict),
    };

    private static Species Species(string id, bool boundary) =>
        new(id, "cell", 0, null, null, HasOnlySubstanceUnits: false, boundary, Constant: false, ConversionFactor: null);

    private ImmutableArray<SpeciesReference> References(string side)
    {
        var references = ImmutableArray.CreateBuilder<SpeciesReference>();
        foreach (var term in side.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var species = parts[^1];
            if (!_species.Any(s => s.Id == species))
            {
                _species.Add(Species(species, boundary: false));
            }

            if (parts.Length == 1)
            {
                references.Add(new SpeciesReference(species, 1, Constant: true));
            }
            else if (parts[0].StartsWith('{'))
            {
                references.Add(new SpeciesReference(species, null, Constant: true, parts[0].Trim('{', '}')));
            }
            else
            {
                references.Add(new SpeciesReference(species, double.Parse(parts[0], CultureInfo.InvariantCulture), Constant: true));
            }
        }

        return references.ToImmutable();
    }
}
