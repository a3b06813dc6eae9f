using Myokinetics.Core.Math.Infix;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Tests.Support;

/// <summary>Builds small IR models for tests with infix math (e.g. <c>Reaction("J1", "A", "B", "k*A")</c>).</summary>
internal sealed class ModelSketch
{
    private Model.Model model = Model.Model.Empty("sketch");

    public ModelSketch Compartment(string id, double? size, bool constant = true, double dimensions = 3)
    {
        model = model with { Compartments = model.Compartments.Add(new Compartment(id, dimensions, size, null, constant)) };
        return this;
    }

    public ModelSketch Species(
        string id,
        double? amount = null,
        double? concentration = null,
        string compartment = "C",
        bool onlySubstance = false,
        bool boundary = false,
        bool constant = false,
        string? conversionFactor = null)
    {
        model = model with
        {
            Species = model.Species.Add(new Species(id, compartment, amount, concentration, null, onlySubstance, boundary, constant, conversionFactor)),
        };
        return this;
    }

    public ModelSketch Parameter(string id, double? value, bool constant = true)
    {
        model = model with { Parameters = model.Parameters.Add(new Parameter(id, value, null, constant)) };
        return this;
    }

    /// <summary>A reaction; sides are like <c>"2 A + B"</c> (empty for none).</summary>
    public ModelSketch Reaction(string id, string reactants, string products, string rate, bool fast = false, params (string Id, double Value)[] locals)
    {
        var law = new KineticLaw(
            InfixParser.Parse(rate),
            locals.Select(l => new Parameter(l.Id, l.Value, null, true)).ToImmutableArray());
        model = model with
        {
            Reactions = model.Reactions.Add(new Reaction(
                id, Side(reactants), Side(products), ImmutableArray<ModifierReference>.Empty, law, true, fast, null)),
        };
        return this;
    }

    public ModelSketch AssignmentRule(string variable, string math) => Rule(new AssignmentRule(variable, InfixParser.Parse(math)));

    public ModelSketch RateRule(string variable, string math) => Rule(new RateRule(variable, InfixParser.Parse(math)));

    public ModelSketch AlgebraicRule(string math) => Rule(new AlgebraicRule(InfixParser.Parse(math)));

    public ModelSketch InitialAssignment(string symbol, string math)
    {
        model = model with { InitialAssignments = model.InitialAssignments.Add(new InitialAssignment(symbol, InfixParser.Parse(math))) };
        return this;
    }

    public ModelSketch Function(string id, string[] arguments, string body)
    {
        model = model with { Functions = model.Functions.Add(new FunctionDefinition(id, arguments.ToImmutableArray(), InfixParser.Parse(body))) };
        return this;
    }

    public ModelSketch Event(
        string id,
        string trigger,
        (string Variable, string Math)[] assignments,
        string? delay = null,
        string? priority = null,
        bool persistent = true,
        bool initialValue = true,
        bool fromTrigger = true)
    {
        var e = new Event(
            id,
            new Trigger(InfixParser.Parse(trigger), initialValue, persistent),
            delay is null ? null : InfixParser.Parse(delay),
            priority is null ? null : InfixParser.Parse(priority),
            fromTrigger,
            assignments.Select(a => new EventAssignment(a.Variable, InfixParser.Parse(a.Math))).ToImmutableArray());
        model = model with { Events = model.Events.Add(e) };
        return this;
    }

    public Model.Model Build() => model;

    private ModelSketch Rule(Rule rule)
    {
        model = model with { Rules = model.Rules.Add(rule) };
        return this;
    }

    private static ImmutableArray<SpeciesReference> Side(string side)
    {
        if (string.IsNullOrWhiteSpace(side))
        {
            return ImmutableArray<SpeciesReference>.Empty;
        }

        return side.Split('+', StringSplitOptions.TrimEntries).Select(term =>
        {
            var parts = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 2
                ? new SpeciesReference(parts[1], double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), true)
                : new SpeciesReference(parts[0], 1.0, true);
        }).ToImmutableArray();
    }
}
