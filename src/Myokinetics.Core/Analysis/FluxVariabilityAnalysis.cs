using Myokinetics.Core.Diagnostics;
using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Core.Analysis;

/// <summary>
/// Flux variability analysis (Mahadevan &amp; Schilling, Metabolic Engineering 5 (2003) 264–276): for
/// each reaction, the smallest and largest flux among all flux distributions that reach the optimum of
/// the flux balance objective. A reaction whose range has zero width is pinned by the optimum; a wide
/// range means flux balance analysis's choice for it is one of many.
/// </summary>
/// <remarks>The objective is held within max(1, |optimum|)·1e-9 of its optimum; each range takes two
/// linear programs, so the cost is 2·(reactions requested) solves.</remarks>
public static class FluxVariabilityAnalysis
{
    private const double OptimumTolerance = 1e-9;

    /// <summary>The flux ranges at the optimum of <paramref name="objectiveId"/> (null: the active
    /// objective) for <paramref name="reactionIds"/> (null: every reaction).</summary>
    /// <exception cref="ModelValidationException">As <see cref="FluxBalanceAnalysis.Solve(Model.Model)"/>,
    /// or a requested id is not a reaction of the model.</exception>
    public static FluxVariabilityResult Solve(Model.Model model, IEnumerable<string>? reactionIds = null, string? objectiveId = null)
    {
        var problem = FluxBalanceProblem.Build(model, objectiveId);
        var reactions = model.Reactions;
        var wanted = (reactionIds ?? reactions.Select(r => r.Id)).ToList();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < reactions.Length; j++)
        {
            column[reactions[j].Id] = j;
        }

        foreach (var id in wanted.Where(id => !column.ContainsKey(id)))
        {
            throw new ModelValidationException($"flux variability analysis was asked for '{id}', which is not a reaction of model '{model.Id}'");
        }

        var optimum = FluxBalanceAnalysis.Solve(model, objectiveId);
        var ranges = ImmutableDictionary.CreateBuilder<string, FluxRange>(StringComparer.Ordinal);
        if (optimum.Status != FluxBalanceStatus.Optimal)
        {
            foreach (var id in wanted)
            {
                ranges[id] = new FluxRange(double.NaN, double.NaN);
            }

            return new FluxVariabilityResult(optimum.ObjectiveValue, ranges.ToImmutable(), optimum.Status);
        }

        var program = problem.ToProgram();
        double slack = OptimumTolerance * System.Math.Max(1, System.Math.Abs(optimum.ObjectiveValue));
        if (problem.Sense == OptimizationSense.Maximize)
        {
            program.AddConstraint(problem.ObjectiveCoefficients, optimum.ObjectiveValue - slack, double.PositiveInfinity);
        }
        else
        {
            program.AddConstraint(problem.ObjectiveCoefficients, double.NegativeInfinity, optimum.ObjectiveValue + slack);
        }

        for (int j = 0; j < reactions.Length; j++)
        {
            program.SetObjectiveCoefficient(j, 0);
        }

        foreach (var id in wanted)
        {
            int j = column[id];
            program.SetObjectiveCoefficient(j, 1);
            ranges[id] = new FluxRange(Extreme(program, OptimizationSense.Minimize), Extreme(program, OptimizationSense.Maximize));
            program.SetObjectiveCoefficient(j, 0);
        }

        return new FluxVariabilityResult(optimum.ObjectiveValue, ranges.ToImmutable(), optimum.Status);
    }

    private static double Extreme(LinearProgram program, OptimizationSense sense)
    {
        program.Sense = sense;
        var result = SimplexSolver.Solve(program);
        return result.Status is LinearProgramStatus.Optimal or LinearProgramStatus.Unbounded ? result.ObjectiveValue + 0.0 : double.NaN;
    }
}
