using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Tests;

/// <summary>
/// Structural equality of models for tests: every field of every element, math by
/// <see cref="MathNodeComparer"/>, ignoring <see cref="ModelElement.Location"/>. Lists whose elements
/// have ids (species, reactions, ...) are compared by id, because the IR's meaning does not depend on
/// their order; ordered content (reactants, event assignments, algebraic rules, unit factors,
/// function arguments, CV terms) is compared in order.
/// </summary>
internal static class ModelComparer
{
    public static void AssertEqual(Model expected, Model actual)
    {
        var differences = Differences(expected, actual);
        if (differences.Count > 0)
        {
            Assert.Fail("Models differ:\n  " + string.Join("\n  ", differences.Take(20)));
        }
    }

    public static List<string> Differences(Model expected, Model actual)
    {
        var d = new List<string>();
        Check(d, "model.Id", expected.Id, actual.Id);
        Check(d, "model.Units", expected.Units, actual.Units);
        Check(d, "model.ConversionFactor", expected.ConversionFactor, actual.ConversionFactor);
        Annotations(d, "model", expected, actual);
        Keyed(d, "function", expected.Functions, actual.Functions, f => f.Id, (p, a, b) =>
        {
            Sequence(d, p + ".Arguments", a.Arguments, b.Arguments, (q, x, y) => Check(d, q, x, y));
            Math(d, p + ".Body", a.Body, b.Body);
            Annotations(d, p, a, b);
        });
        Keyed(d, "unit", expected.UnitDefinitions, actual.UnitDefinitions, u => u.Id, (p, a, b) =>
        {
            Sequence(d, p + ".Units", a.Units, b.Units, (q, x, y) => Check(d, q, x, y));
            Annotations(d, p, a, b);
        });
        Keyed(d, "compartment", expected.Compartments, actual.Compartments, c => c.Id, (p, a, b) =>
        {
            Check(d, p + ".SpatialDimensions", a.SpatialDimensions, b.SpatialDimensions);
            Check(d, p + ".Size", a.Size, b.Size);
            Check(d, p + ".Units", a.Units, b.Units);
            Check(d, p + ".Constant", a.Constant, b.Constant);
            Annotations(d, p, a, b);
        });
        Keyed(d, "species", expected.Species, actual.Species, s => s.Id, (p, a, b) =>
        {
            Check(d, p + ".Compartment", a.Compartment, b.Compartment);
            Check(d, p + ".InitialAmount", a.InitialAmount, b.InitialAmount);
            Check(d, p + ".InitialConcentration", a.InitialConcentration, b.InitialConcentration);
            Check(d, p + ".SubstanceUnits", a.SubstanceUnits, b.SubstanceUnits);
            Check(d, p + ".HasOnlySubstanceUnits", a.HasOnlySubstanceUnits, b.HasOnlySubstanceUnits);
            Check(d, p + ".BoundaryCondition", a.BoundaryCondition, b.BoundaryCondition);
            Check(d, p + ".Constant", a.Constant, b.Constant);
            Check(d, p + ".ConversionFactor", a.ConversionFactor, b.ConversionFactor);
            Annotations(d, p, a, b);
        });
        Keyed(d, "parameter", expected.Parameters, actual.Parameters, x => x.Id, (p, a, b) => Parameter(d, p, a, b));
        Keyed(d, "initialAssignment", expected.InitialAssignments, actual.InitialAssignments, x => x.Symbol, (p, a, b) =>
        {
            Math(d, p + ".Math", a.Math, b.Math);
            Annotations(d, p, a, b);
        });
        Keyed(d, "rule", expected.Rules.Where(r => r is not AlgebraicRule).ToImmutableArray(),
            actual.Rules.Where(r => r is not AlgebraicRule).ToImmutableArray(), RuleKey, (p, a, b) =>
            {
                Math(d, p + ".Math", a.Math, b.Math);
                Annotations(d, p, a, b);
            });
        Sequence(d, "algebraicRule", expected.Rules.OfType<AlgebraicRule>().ToImmutableArray(),
            actual.Rules.OfType<AlgebraicRule>().ToImmutableArray(), (p, a, b) => Math(d, p, a.Math, b.Math));
        Keyed(d, "reaction", expected.Reactions, actual.Reactions, r => r.Id, (p, a, b) => Reaction(d, p, a, b));
        Keyed(d, "event", expected.Events, actual.Events, e => e.Id ?? "(no id)", (p, a, b) => Event(d, p, a, b));
        return d;
    }

    private static string RuleKey(Rule r) => r switch
    {
        AssignmentRule a => "assignment " + a.Variable,
        RateRule rr => "rate " + rr.Variable,
        _ => "algebraic",
    };

    private static void Parameter(List<string> d, string p, Parameter a, Parameter b)
    {
        Check(d, p + ".Value", a.Value, b.Value);
        Check(d, p + ".Units", a.Units, b.Units);
        Check(d, p + ".Constant", a.Constant, b.Constant);
        Annotations(d, p, a, b);
    }

    private static void Reaction(List<string> d, string p, Reaction a, Reaction b)
    {
        void Reference(string q, SpeciesReference x, SpeciesReference y)
        {
            Check(d, q + ".Species", x.Species, y.Species);
            Check(d, q + ".Stoichiometry", x.Stoichiometry, y.Stoichiometry);
            Check(d, q + ".Constant", x.Constant, y.Constant);
            Check(d, q + ".Id", x.Id, y.Id);
            OptionalMath(d, q + ".StoichiometryMath", x.StoichiometryMath, y.StoichiometryMath);
            Annotations(d, q, x, y);
        }

        Sequence(d, p + ".Reactants", a.Reactants, b.Reactants, Reference);
        Sequence(d, p + ".Products", a.Products, b.Products, Reference);
        Sequence(d, p + ".Modifiers", a.Modifiers, b.Modifiers, (q, x, y) =>
        {
            Check(d, q + ".Species", x.Species, y.Species);
            Check(d, q + ".Id", x.Id, y.Id);
            Annotations(d, q, x, y);
        });
        if ((a.KineticLaw is null) != (b.KineticLaw is null))
        {
            d.Add($"{p}.KineticLaw: expected {(a.KineticLaw is null ? "none" : "one")}, found {(b.KineticLaw is null ? "none" : "one")}");
        }
        else if (a.KineticLaw is not null && b.KineticLaw is not null)
        {
            Math(d, p + ".KineticLaw.Math", a.KineticLaw.Math, b.KineticLaw.Math);
            Keyed(d, p + ".LocalParameter", a.KineticLaw.LocalParameters, b.KineticLaw.LocalParameters, x => x.Id, (q, x, y) => Parameter(d, q, x, y));
            Annotations(d, p + ".KineticLaw", a.KineticLaw, b.KineticLaw);
        }

        Check(d, p + ".Reversible", a.Reversible, b.Reversible);
        Check(d, p + ".Fast", a.Fast, b.Fast);
        Check(d, p + ".Compartment", a.Compartment, b.Compartment);
        Annotations(d, p, a, b);
    }

    private static void Event(List<string> d, string p, Event a, Event b)
    {
        Math(d, p + ".Trigger", a.Trigger.Math, b.Trigger.Math);
        Check(d, p + ".Trigger.InitialValue", a.Trigger.InitialValue, b.Trigger.InitialValue);
        Check(d, p + ".Trigger.Persistent", a.Trigger.Persistent, b.Trigger.Persistent);
        Annotations(d, p + ".Trigger", a.Trigger, b.Trigger);
        OptionalMath(d, p + ".Delay", a.Delay, b.Delay);
        OptionalMath(d, p + ".Priority", a.Priority, b.Priority);
        Check(d, p + ".UseValuesFromTriggerTime", a.UseValuesFromTriggerTime, b.UseValuesFromTriggerTime);
        Sequence(d, p + ".Assignments", a.Assignments, b.Assignments, (q, x, y) =>
        {
            Check(d, q + ".Variable", x.Variable, y.Variable);
            Math(d, q + ".Math", x.Math, y.Math);
            Annotations(d, q, x, y);
        });
        Annotations(d, p, a, b);
    }

    private static void Annotations(List<string> d, string p, ModelElement a, ModelElement b)
    {
        Check(d, p + ".Name", a.Name, b.Name);
        Check(d, p + ".MetaId", a.MetaId, b.MetaId);
        Check(d, p + ".SboTerm", a.SboTerm, b.SboTerm);
        Check(d, p + ".Notes", a.Notes, b.Notes);
        Sequence(d, p + ".CvTerms", a.CvTerms, b.CvTerms, (q, x, y) =>
        {
            Check(d, q + ".Qualifier", x.Qualifier, y.Qualifier);
            Sequence(d, q + ".Resources", x.Resources, y.Resources, (r, u, v) => Check(d, r, u, v));
        });
    }

    private static void Keyed<T>(List<string> d, string what, ImmutableArray<T> a, ImmutableArray<T> b, Func<T, string> key, Action<string, T, T> compare)
    {
        var right = b.ToDictionary(key, StringComparer.Ordinal);
        var left = a.ToDictionary(key, StringComparer.Ordinal);
        foreach (var x in a)
        {
            var k = key(x);
            if (right.TryGetValue(k, out var y))
            {
                compare($"{what} '{k}'", x, y);
            }
            else
            {
                d.Add($"{what} '{k}' is missing");
            }
        }

        foreach (var y in b.Where(y => !left.ContainsKey(key(y))))
        {
            d.Add($"{what} '{key(y)}' is not expected");
        }
    }

    private static void Sequence<T>(List<string> d, string what, ImmutableArray<T> a, ImmutableArray<T> b, Action<string, T, T> compare)
    {
        if (a.Length != b.Length)
        {
            d.Add($"{what}: expected {a.Length} items, found {b.Length}");
            return;
        }

        for (var i = 0; i < a.Length; i++)
        {
            compare($"{what}[{i}]", a[i], b[i]);
        }
    }

    private static void Math(List<string> d, string what, MathNode a, MathNode b)
    {
        if (!MathNodeComparer.Instance.Equals(a, b))
        {
            d.Add($"{what}: expected {InfixFormatter.Format(a)}, found {InfixFormatter.Format(b)}");
        }
    }

    private static void OptionalMath(List<string> d, string what, MathNode? a, MathNode? b)
    {
        if (a is null || b is null)
        {
            if (a is not null || b is not null)
            {
                d.Add($"{what}: expected {(a is null ? "none" : InfixFormatter.Format(a))}, found {(b is null ? "none" : InfixFormatter.Format(b))}");
            }

            return;
        }

        Math(d, what, a, b);
    }

    private static void Check<T>(List<string> d, string what, T a, T b)
    {
        if (!EqualityComparer<T>.Default.Equals(a, b))
        {
            d.Add($"{what}: expected {a?.ToString() ?? "null"}, found {b?.ToString() ?? "null"}");
        }
    }
}
