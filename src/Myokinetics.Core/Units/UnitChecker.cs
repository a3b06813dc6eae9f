using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;
using IrModel = Myokinetics.Core.Model.Model;

namespace Myokinetics.Core.Units;

/// <summary>
/// Checks that a model's units are consistent, as SBML recommends (L3V2 core, section "Consistency
/// of units in mathematical expressions and treatment of unspecified units", and the unit
/// validation rules 10501–10565): it derives the units of every expression bottom-up and compares
/// them with what the expression's place in the model requires. It only reports; it never converts
/// values (SBML defines no implicit unit conversion) and never throws for a unit problem.
/// </summary>
/// <remarks>
/// <para>Every inconsistency is a <see cref="Severity.Warning"/> naming the element, its location
/// and both units in <see cref="UnitFormatter"/>'s form, e.g.
/// <c>kinetic law of reaction J1 has units mole/litre/second; expected mole/second (extent/time)</c>.
/// Problems of the unit declarations themselves (an undefined unit id, a faulty unit definition)
/// come first, from <see cref="UnitRegistry"/>.</para>
/// <para>Numbers without <c>sbml:units</c> and symbols with undeclared units make the units of what
/// contains them undetermined, which agrees with anything; through <c>plus</c>, <c>minus</c>,
/// relations and <c>piecewise</c> the other arguments' units still carry on (<c>S + 1</c> has the
/// units of <c>S</c>). Symbols whose undeclared units kept something from being checked are
/// listed once, at the end, in a single <see cref="Severity.Info"/> diagnostic.</para>
/// </remarks>
public static class UnitChecker
{
    /// <summary>Checks <paramref name="model"/>; see the remarks of <see cref="UnitChecker"/>.</summary>
    /// <returns>Warnings in model order (unit declarations, kinetic laws, rules, initial
    /// assignments, events, species' conversion), then at most one Info about undeclared units.</returns>
    public static ImmutableArray<Diagnostic> Check(IrModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Check(model, UnitRegistry.Create(model));
    }

    /// <summary>Checks <paramref name="model"/> with an already built registry of it.</summary>
    public static ImmutableArray<Diagnostic> Check(IrModel model, UnitRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(registry);
        var session = new CheckSession(model, registry);
        CheckReactions(session);
        CheckRules(session);
        CheckInitialAssignments(session);
        CheckEvents(session);
        CheckConversions(session);
        return session.Finish();
    }

    private static void CheckReactions(CheckSession session)
    {
        var registry = session.Registry;
        foreach (var reaction in session.Model.Reactions)
        {
            if (reaction.KineticLaw is { } law)
            {
                var context = new ExpressionContext(
                    $"kinetic law of reaction {reaction.Id}", reaction.Id, law.Location ?? reaction.Location, reaction.Id);
                if (registry.Extent is null)
                {
                    session.MarkUndeclared("model extent units");
                }

                if (registry.Time is null)
                {
                    session.MarkUndeclared("model time units");
                }

                Expect(session, context, law.Math, registry.ReactionRate, "extent/time");
            }

            foreach (var reference in reaction.Reactants.Concat(reaction.Products))
            {
                if (reference.StoichiometryMath is { } math)
                {
                    var context = new ExpressionContext(
                        $"stoichiometry of species {reference.Species} in reaction {reaction.Id}",
                        reference.Id ?? reaction.Id,
                        reference.Location ?? reaction.Location);
                    Expect(session, context, math, UnitVector.Dimensionless, why: null);
                }
            }
        }
    }

    private static void CheckRules(CheckSession session)
    {
        var algebraic = 0;
        foreach (var rule in session.Model.Rules)
        {
            switch (rule)
            {
                case AssignmentRule a:
                    {
                        var context = new ExpressionContext($"assignment rule for {a.Variable}", a.Variable, a.Location);
                        Expect(session, context, a.Math, TargetUnits(session, a.Variable), $"units of {a.Variable}");
                        break;
                    }

                case RateRule r:
                    {
                        var context = new ExpressionContext($"rate rule for {r.Variable}", r.Variable, r.Location);
                        var time = session.Registry.Time;
                        if (time is null)
                        {
                            session.MarkUndeclared("model time units");
                        }

                        var expected = TargetUnits(session, r.Variable) is { } v && time is { } t ? v / t : (UnitVector?)null;
                        Expect(session, context, r.Math, expected, $"units of {r.Variable}/time");
                        break;
                    }

                default:
                    {
                        algebraic++;
                        var context = new ExpressionContext($"algebraic rule {algebraic}", null, rule.Location);
                        new UnitInference(session, context).Derive(rule.Math);
                        break;
                    }
            }
        }
    }

    private static void CheckInitialAssignments(CheckSession session)
    {
        foreach (var assignment in session.Model.InitialAssignments)
        {
            var context = new ExpressionContext($"initial assignment to {assignment.Symbol}", assignment.Symbol, assignment.Location);
            Expect(session, context, assignment.Math, TargetUnits(session, assignment.Symbol), $"units of {assignment.Symbol}");
        }
    }

    private static void CheckEvents(CheckSession session)
    {
        var index = 0;
        foreach (var e in session.Model.Events)
        {
            index++;
            var name = e.Id ?? $"#{index}";
            var trigger = new ExpressionContext($"trigger of event {name}", e.Id, e.Trigger.Location ?? e.Location);
            var derived = new UnitInference(session, trigger).Derive(e.Trigger.Math);
            if (derived.IsKnown && !derived.Units.IsDimensionless)
            {
                session.Warn($"{trigger.Description} has units {derived.Units}; expected a boolean or dimensionless", trigger.Location, e.Id);
            }

            if (e.Delay is { } delay)
            {
                if (session.Registry.Time is null)
                {
                    session.MarkUndeclared("model time units");
                }

                var context = new ExpressionContext($"delay of event {name}", e.Id, e.Location);
                Expect(session, context, delay, session.Registry.Time, "model time units");
            }

            if (e.Priority is { } priority)
            {
                var context = new ExpressionContext($"priority of event {name}", e.Id, e.Location);
                Expect(session, context, priority, UnitVector.Dimensionless, why: null);
            }

            foreach (var assignment in e.Assignments)
            {
                var context = new ExpressionContext(
                    $"assignment to {assignment.Variable} in event {name}", e.Id ?? assignment.Variable, assignment.Location ?? e.Location);
                Expect(session, context, assignment.Math, TargetUnits(session, assignment.Variable), $"units of {assignment.Variable}");
            }
        }
    }

    /// <summary>Rule 10542: a species changed by reactions has substance units equal to the extent
    /// units times the units of its conversion factor (or to the extent units without one).</summary>
    private static void CheckConversions(CheckSession session)
    {
        var model = session.Model;
        var registry = session.Registry;
        var referenced = new HashSet<string>(
            model.Reactions.SelectMany(r => r.Reactants.Concat(r.Products)).Select(s => s.Species),
            StringComparer.Ordinal);
        foreach (var species in model.Species)
        {
            if (!referenced.Contains(species.Id)
                || registry.SpeciesAmountUnits(species.Id) is not { } amount
                || registry.Extent is not { } extent)
            {
                continue;
            }

            var factorId = species.ConversionFactor ?? model.ConversionFactor;
            var expected = extent;
            if (factorId is not null)
            {
                if (registry.UnitsOf(factorId) is not { } factor)
                {
                    if (registry.TryGetSymbol(factorId, out _))
                    {
                        session.MarkUndeclared(factorId);
                    }

                    continue;
                }

                expected = extent * factor;
            }

            if (!amount.Equals(expected))
            {
                var why = factorId is null ? "extent units" : $"extent units times the units of conversion factor {factorId}";
                session.Warn(
                    $"species {species.Id} has substance units {amount}; reactions change it in {expected} ({why})",
                    species.Location,
                    species.Id);
            }
        }
    }

    /// <summary>The units a rule or assignment to <paramref name="variable"/> should have; null
    /// (and noted as undeclared) when they are unknown.</summary>
    private static UnitVector? TargetUnits(CheckSession session, string variable)
    {
        if (!session.Registry.TryGetSymbol(variable, out var symbol))
        {
            return null;
        }

        if (symbol.Units is null)
        {
            session.MarkUndeclared(variable);
        }

        return symbol.Units;
    }

    private static void Expect(CheckSession session, ExpressionContext context, MathNode math, UnitVector? expected, string? why)
    {
        var derived = new UnitInference(session, context).Derive(math).AsNumber();
        if (expected is not { } e || !derived.IsKnown || derived.Units.Equals(e))
        {
            return;
        }

        var reason = why is null ? string.Empty : $" ({why})";
        session.Warn($"{context.Description} has units {derived.Units}; expected {e}{reason}", context.Location, context.Element);
    }
}
