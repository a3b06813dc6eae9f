using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;
using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Core.Analysis;

/// <summary>
/// The linear program of flux balance analysis for one model and objective, checked and assembled
/// (see <see cref="FluxBalanceAnalysis"/> for the rules): one variable per reaction in model order, one
/// equality row per balanced species, the fbc bounds, and the objective's coefficients.
/// </summary>
internal sealed class FluxBalanceProblem
{
    private FluxBalanceProblem(
        Model.Model model,
        FluxBalance fluxBalance,
        FluxObjective objective,
        double[] objectiveCoefficients,
        double[] lower,
        double[] upper,
        List<double[]> rows,
        bool boundsFeasible)
    {
        Model = model;
        FluxBalance = fluxBalance;
        Objective = objective;
        ObjectiveCoefficients = objectiveCoefficients;
        Lower = lower;
        Upper = upper;
        Rows = rows;
        BoundsFeasible = boundsFeasible;
    }

    public Model.Model Model { get; }

    public FluxBalance FluxBalance { get; }

    public FluxObjective Objective { get; }

    /// <summary>c_j: the objective's coefficients summed per reaction.</summary>
    public double[] ObjectiveCoefficients { get; }

    public double[] Lower { get; }

    public double[] Upper { get; }

    /// <summary>The rows of S for the balanced species.</summary>
    public List<double[]> Rows { get; }

    /// <summary>False when some reaction's own bounds leave no finite flux (a non-strict model with
    /// crossed bounds, a lower bound of +∞ or an upper bound of −∞): the problem is infeasible.</summary>
    public bool BoundsFeasible { get; }

    public OptimizationSense Sense => Objective.Type == FluxObjectiveType.Maximize ? OptimizationSense.Maximize : OptimizationSense.Minimize;

    /// <summary>Checks the model's fbc constraints and assembles the problem for the objective
    /// <paramref name="objectiveId"/> (null: the active one, else the only one).</summary>
    public static FluxBalanceProblem Build(Model.Model model, string? objectiveId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var fluxBalance = model.FluxBalance
            ?? throw new ModelValidationException($"model '{model.Id}' has no flux balance constraints (SBML 'fbc' package), so flux balance analysis has no objective to optimise");
        var objective = ChooseObjective(model, fluxBalance, objectiveId);
        var reactions = model.Reactions;
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < reactions.Length; j++)
        {
            column[reactions[j].Id] = j;
        }

        foreach (var o in fluxBalance.Objectives)
        {
            foreach (var term in o.Terms)
            {
                if (!column.ContainsKey(term.Reaction))
                {
                    throw new ModelValidationException($"objective '{o.Id}' names reaction '{term.Reaction}', which the model does not have", term.Location ?? o.Location);
                }

                if (!double.IsFinite(term.Coefficient))
                {
                    throw new ModelValidationException($"objective '{o.Id}' gives reaction '{term.Reaction}' the coefficient {term.Coefficient}; a coefficient must be a finite number", term.Location ?? o.Location);
                }
            }
        }

        if (reactions.IsEmpty)
        {
            throw new ModelValidationException($"model '{model.Id}' has no reactions, so there are no fluxes to balance");
        }

        var start = StartValues.For(model, fluxBalance);
        var (lower, upper, feasible) = Bounds(model, fluxBalance, start, column);
        var rows = StoichiometricRows(model, start);
        var coefficients = new double[reactions.Length];
        foreach (var term in objective.Terms)
        {
            coefficients[column[term.Reaction]] += term.Coefficient;
        }

        return new FluxBalanceProblem(model, fluxBalance, objective, coefficients, lower, upper, rows, feasible);
    }

    /// <summary>The linear program: optimise c·v subject to S·v = 0 and the bounds (only when
    /// <see cref="BoundsFeasible"/>).</summary>
    public LinearProgram ToProgram()
    {
        var program = new LinearProgram(Lower.Length) { Sense = Sense };
        for (int j = 0; j < Lower.Length; j++)
        {
            program.SetObjectiveCoefficient(j, ObjectiveCoefficients[j]);
            program.SetBounds(j, Lower[j], Upper[j]);
        }

        foreach (var row in Rows)
        {
            program.AddEquality(row, 0);
        }

        return program;
    }

    private static FluxObjective ChooseObjective(Model.Model model, FluxBalance fluxBalance, string? objectiveId)
    {
        if (fluxBalance.Objectives.IsEmpty)
        {
            throw new ModelValidationException($"model '{model.Id}' defines no flux objective (fbc listOfObjectives), so flux balance analysis has nothing to optimise");
        }

        var id = objectiveId ?? fluxBalance.ActiveObjective;
        if (id is null)
        {
            if (fluxBalance.Objectives.Length == 1)
            {
                return fluxBalance.Objectives[0];
            }

            throw new ModelValidationException(
                $"model '{model.Id}' has {fluxBalance.Objectives.Length} flux objectives and names no active one (fbc activeObjective); choose one of: {string.Join(", ", fluxBalance.Objectives.Select(o => o.Id))}");
        }

        return fluxBalance.Objectives.FirstOrDefault(o => o.Id == id)
            ?? throw new ModelValidationException(
                $"model '{model.Id}' has no flux objective '{id}'; its objectives are: {string.Join(", ", fluxBalance.Objectives.Select(o => o.Id))}");
    }

    /// <summary>The flux bounds of every reaction (see <see cref="FluxBalanceAnalysis"/>'s remarks). <c>Feasible</c> is false when
    /// some reaction's bounds leave no finite flux (non-strict models only; strict ones throw).</summary>
    private static (double[] Lower, double[] Upper, bool Feasible) Bounds(
        Model.Model model,
        FluxBalance fluxBalance,
        StartValues start,
        Dictionary<string, int> column)
    {
        var reactions = model.Reactions;
        var lower = new double[reactions.Length];
        var upper = new double[reactions.Length];
        var hasLower = new bool[reactions.Length];
        var hasUpper = new bool[reactions.Length];
        Array.Fill(lower, double.NegativeInfinity);
        Array.Fill(upper, double.PositiveInfinity);
        foreach (var bound in fluxBalance.Bounds)
        {
            if (!column.TryGetValue(bound.Reaction, out int j))
            {
                throw new ModelValidationException($"a flux bound names reaction '{bound.Reaction}', which the model does not have", bound.Location);
            }

            double value = BoundValue(model, bound, start);
            if (bound.Operation is FluxBoundOperation.GreaterEqual or FluxBoundOperation.Equal)
            {
                lower[j] = hasLower[j] ? System.Math.Max(lower[j], value) : value;
                hasLower[j] = true;
            }

            if (bound.Operation is FluxBoundOperation.LessEqual or FluxBoundOperation.Equal)
            {
                upper[j] = hasUpper[j] ? System.Math.Min(upper[j], value) : value;
                hasUpper[j] = true;
            }
        }

        bool feasible = true;
        for (int j = 0; j < reactions.Length; j++)
        {
            var reaction = reactions[j];
            if (fluxBalance.Strict && !(hasLower[j] && hasUpper[j]))
            {
                throw new ModelValidationException(
                    $"reaction '{reaction.Id}' lacks fbc:{(hasLower[j] ? "upper" : "lower")}FluxBound, which a strict fbc model requires of every reaction", reaction.Location);
            }

            if (!hasLower[j] && !reaction.Reversible)
            {
                lower[j] = 0;
            }

            if (double.IsPositiveInfinity(lower[j]) || double.IsNegativeInfinity(upper[j]) || lower[j] > upper[j])
            {
                if (fluxBalance.Strict)
                {
                    throw new ModelValidationException(
                        $"reaction '{reaction.Id}' has the flux bounds [{lower[j]}, {upper[j]}], which a strict fbc model does not allow (lower ≤ upper, lower ≠ +∞, upper ≠ −∞)", reaction.Location);
                }

                feasible = false;
            }
        }

        return (lower, upper, feasible);
    }

    private static double BoundValue(Model.Model model, FluxBound bound, StartValues start)
    {
        double? value = bound.Value;
        if (bound.Parameter is { } parameter)
        {
            if (!model.Parameters.Any(p => p.Id == parameter))
            {
                throw new ModelValidationException($"the flux bound of reaction '{bound.Reaction}' names parameter '{parameter}', which the model does not have", bound.Location);
            }

            value = start.Parameter(parameter)
                ?? throw new ModelValidationException($"parameter '{parameter}', a flux bound of reaction '{bound.Reaction}', has no value", bound.Location);
        }

        if (value is not { } number || double.IsNaN(number))
        {
            throw new ModelValidationException($"a flux bound of reaction '{bound.Reaction}' is not a number ({value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"})", bound.Location);
        }

        return number;
    }

    /// <summary>The rows of S for the species that take part in some reaction and are not boundary
    /// species, in the model's species order.</summary>
    private static List<double[]> StoichiometricRows(Model.Model model, StartValues start)
    {
        var species = model.Species.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var reactions = model.Reactions;
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in model.Species)
        {
            if (!s.BoundaryCondition)
            {
                rowOf[s.Id] = rowOf.Count;
            }
        }

        var rows = new double[rowOf.Count][];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new double[reactions.Length];
        }

        var used = new bool[rows.Length];
        for (int j = 0; j < reactions.Length; j++)
        {
            var reaction = reactions[j];
            foreach (var (reference, sign) in reaction.Reactants.Select(r => (r, -1.0)).Concat(reaction.Products.Select(p => (p, 1.0))))
            {
                if (!species.ContainsKey(reference.Species))
                {
                    throw new ModelValidationException($"reaction '{reaction.Id}' names species '{reference.Species}', which the model does not have", reference.Location ?? reaction.Location);
                }

                double value = start.Stoichiometry(reference) is { } number && double.IsFinite(number)
                    ? number
                    : throw new ModelValidationException(NotNumeric(reaction, reference, start), reference.Location ?? reaction.Location);
                if (rowOf.TryGetValue(reference.Species, out int i))
                {
                    rows[i][j] += sign * value;
                    used[i] = true;
                }
            }
        }

        return rows.Where((_, i) => used[i]).ToList();
    }

    private static string NotNumeric(Reaction reaction, SpeciesReference reference, StartValues start)
    {
        var what = reference.StoichiometryMath is not null
            ? "is an expression (stoichiometryMath)"
            : start.Stoichiometry(reference) is { } value ? $"is {value}" : "has no value";
        return $"the stoichiometry of species '{reference.Species}' in reaction '{reaction.Id}' {what}; flux balance analysis needs a finite number";
    }
}
