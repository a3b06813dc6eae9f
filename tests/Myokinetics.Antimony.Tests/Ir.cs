using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Tests;

/// <summary>Short builders for expected IR in the Antimony tests.</summary>
internal static class Ir
{
    public const string Default = "default_compartment";

    /// <summary>The compartment the reader creates for species placed nowhere else.</summary>
    public static readonly Compartment DefaultCompartment = new(Default, 3, 1, null, true) { SboTerm = "SBO:0000410" };

    public static MathNode M(string formula) => InfixParser.Parse(formula);

    public static Compartment Compartment(string id, double? size, bool constant = true, string? units = null) =>
        new(id, 3, size, units, constant);

    public static Species Species(string id, string compartment = Default, double? concentration = null, double? amount = null,
        bool boundary = false, bool substanceOnly = false, string? units = null) =>
        new(id, compartment, amount, concentration, units, substanceOnly, boundary, false, null);

    public static Parameter Parameter(string id, double? value, bool constant = true, string? units = null) =>
        new(id, value, units, constant);

    public static SpeciesReference Ref(string species, double stoichiometry = 1) => new(species, stoichiometry, true);

    public static Reaction Reaction(string id, SpeciesReference[] reactants, SpeciesReference[] products, string? rate,
        bool reversible = true, string[]? modifiers = null, string? compartment = null) =>
        new(
            id,
            [.. reactants],
            [.. products],
            (modifiers ?? []).Select(m => new ModifierReference(m)).ToImmutableArray(),
            rate is null ? null : new KineticLaw(M(rate), []),
            reversible,
            false,
            compartment);

    public static Event Event(string id, string trigger, (string Variable, string Math)[] assignments, string? delay = null,
        string? priority = null, bool t0 = true, bool persistent = true, bool fromTrigger = true) =>
        new(
            id,
            new Trigger(M(trigger), t0, persistent),
            delay is null ? null : M(delay),
            priority is null ? null : M(priority),
            fromTrigger,
            assignments.Select(a => new EventAssignment(a.Variable, M(a.Math))).ToImmutableArray());

    public static InitialAssignment Initial(string symbol, string math) => new(symbol, M(math));

    public static Model Model(string id = "__main") => Core.Model.Model.Empty(id);
}
