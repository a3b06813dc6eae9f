using Myokinetics.Core.Diagnostics;
using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Core.Analysis;

/// <summary>
/// Flux balance analysis: the steady-state fluxes v of a model's reactions that optimise an objective
/// c·v subject to S·v = 0 and lower ≤ v ≤ upper (Orth, Thiele &amp; Palsson, Nature Biotechnology 28
/// (2010) 245–248), with S, the bounds and c from the model and its SBML 'fbc' constraints.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>S has one row per species that takes part in a reaction and does not have
/// <c>boundaryCondition="true"</c> (boundary species are the model's sources and sinks), and one column
/// per reaction: products count +stoichiometry, reactants −stoichiometry. Conversion factors and
/// compartment sizes do not enter (steady state is S·v = 0 whatever the scale).</item>
/// <item>Stoichiometries and bound parameters take their values at the start: declared, or set by an
/// initial assignment or rule (the model is then compiled and initialised). A stoichiometry that is an
/// expression (SBML Level 2 <c>stoichiometryMath</c>), missing, or not finite is refused.</item>
/// <item>Bounds: every fbc bound on a reaction holds (v1 <c>fluxBound</c>s, v2
/// <c>lowerFluxBound</c>/<c>upperFluxBound</c> parameters). A side without a bound is open (−∞ or +∞),
/// except that an irreversible reaction (<c>reversible="false"</c>) without a lower bound gets 0: the
/// convention of fbc version 1's authors (B. G. Olivier, COMBINE 2011: 0 ≤ v_irrev ≤ ∞,
/// −∞ ≤ v_rev ≤ ∞). Explicit bounds win over reversibility (SBML Test Suite case 01625 bounds an
/// irreversible reaction to [−1000, −100]). In a <c>strict</c> fbc version 2 model every reaction must
/// have both bounds, a lower bound may not be +∞ nor an upper bound −∞, and lower ≤ upper; a
/// non-strict model with crossed bounds is simply infeasible.</item>
/// <item>The objective is the one named by the caller, else the model's active objective, else the
/// model's only objective.</item>
/// </list>
/// The linear program is solved with <see cref="SimplexSolver"/>; infeasible and unbounded models are
/// results (<see cref="FluxBalanceResult.Status"/>), not exceptions.
/// </remarks>
public static class FluxBalanceAnalysis
{
    /// <summary>Optimises the model's active objective.</summary>
    /// <exception cref="ModelValidationException">The model has no fbc constraints or no objective, an
    /// objective or bound names an unknown reaction or parameter, a stoichiometry or bound is not a
    /// number, or a strict model breaks fbc's strict rules.</exception>
    /// <exception cref="UnsupportedFeatureException">An initial assignment or rule sets a bound or a
    /// stoichiometry, so the model is compiled, and it uses a construct the compiler does not support.</exception>
    public static FluxBalanceResult Solve(Model.Model model) => Solve(model, null);

    /// <summary>Optimises the objective <paramref name="objectiveId"/> (null: the active objective).</summary>
    /// <exception cref="ModelValidationException">As <see cref="Solve(Model.Model)"/>, or no objective
    /// has the id <paramref name="objectiveId"/>.</exception>
    public static FluxBalanceResult Solve(Model.Model model, string? objectiveId)
    {
        var problem = FluxBalanceProblem.Build(model, objectiveId);
        if (!problem.BoundsFeasible)
        {
            return Failed(problem, FluxBalanceStatus.Infeasible, double.NaN);
        }

        var solution = SimplexSolver.Solve(problem.ToProgram());
        return solution.Status switch
        {
            LinearProgramStatus.Optimal => Optimal(problem, solution),
            LinearProgramStatus.Infeasible => Failed(problem, FluxBalanceStatus.Infeasible, double.NaN),
            LinearProgramStatus.Unbounded => Failed(
                problem,
                FluxBalanceStatus.Unbounded,
                problem.Sense == OptimizationSense.Maximize ? double.PositiveInfinity : double.NegativeInfinity),
            _ => Failed(problem, FluxBalanceStatus.IterationLimit, double.NaN),
        };
    }

    private static FluxBalanceResult Optimal(FluxBalanceProblem problem, LinearProgramResult solution)
    {
        var (model, fluxBalance, objective) = (problem.Model, problem.FluxBalance, problem.Objective);
        var fluxes = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        for (int j = 0; j < model.Reactions.Length; j++)
        {
            // Adding 0 turns a negative zero into +0, which prints as "0".
            fluxes[model.Reactions[j].Id] = solution.Solution[j] + 0.0;
        }

        var objectives = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var o in fluxBalance.Objectives)
        {
            objectives[o.Id] = o.Terms.Sum(t => t.Coefficient * fluxes[t.Reaction]) + 0.0;
        }

        objectives[objective.Id] = solution.ObjectiveValue + 0.0;
        return new FluxBalanceResult(solution.ObjectiveValue + 0.0, fluxes.ToImmutable(), FluxBalanceStatus.Optimal)
        {
            ObjectiveId = objective.Id,
            ObjectiveValues = objectives.ToImmutable(),
        };
    }

    private static FluxBalanceResult Failed(FluxBalanceProblem problem, string status, double objectiveValue)
    {
        var (model, fluxBalance, objective) = (problem.Model, problem.FluxBalance, problem.Objective);
        var fluxes = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var reaction in model.Reactions)
        {
            fluxes[reaction.Id] = double.NaN;
        }

        var objectives = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var o in fluxBalance.Objectives)
        {
            objectives[o.Id] = double.NaN;
        }

        objectives[objective.Id] = objectiveValue;
        return new FluxBalanceResult(objectiveValue, fluxes.ToImmutable(), status)
        {
            ObjectiveId = objective.Id,
            ObjectiveValues = objectives.ToImmutable(),
        };
    }
}
