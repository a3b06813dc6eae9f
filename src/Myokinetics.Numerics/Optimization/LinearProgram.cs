namespace Myokinetics.Numerics.Optimization;

/// <summary>
/// A linear program in bounded form: optimise c·x subject to rowLower ≤ A·x ≤ rowUpper and
/// lower ≤ x ≤ upper, with A dense. Bounds may be infinite (a free variable has (−∞, +∞); an equality
/// row has rowLower = rowUpper). Build it with <see cref="SetObjectiveCoefficient"/>,
/// <see cref="SetBounds"/> and <see cref="AddConstraint"/>, then call <see cref="SimplexSolver.Solve"/>.
/// </summary>
/// <remarks>
/// Variables start with the bounds [0, +∞) and an objective coefficient of 0; the sense starts as
/// <see cref="OptimizationSense.Minimize"/>. NaN anywhere, an infinite coefficient, a lower bound of
/// +∞ or an upper bound of −∞ is refused with <see cref="ArgumentException"/>; a lower bound above the
/// upper one is accepted and makes the problem infeasible.
/// </remarks>
public sealed class LinearProgram
{
    private readonly double[] _objective;
    private readonly double[] _lower;
    private readonly double[] _upper;
    private readonly List<double[]> _rows = new();
    private readonly List<double> _rowLower = new();
    private readonly List<double> _rowUpper = new();

    /// <summary>Creates a program with <paramref name="variableCount"/> variables, no constraints,
    /// bounds [0, +∞) and a zero objective.</summary>
    /// <param name="variableCount">The number of variables, at least 1.</param>
    public LinearProgram(int variableCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(variableCount, 1);
        VariableCount = variableCount;
        _objective = new double[variableCount];
        _lower = new double[variableCount];
        _upper = new double[variableCount];
        Array.Fill(_upper, double.PositiveInfinity);
    }

    /// <summary>The number of variables.</summary>
    public int VariableCount { get; }

    /// <summary>The number of constraint rows added so far.</summary>
    public int ConstraintCount => _rows.Count;

    /// <summary>Whether c·x is minimised (the default) or maximised.</summary>
    public OptimizationSense Sense { get; set; } = OptimizationSense.Minimize;

    /// <summary>Sets c_j, the objective coefficient of variable <paramref name="variable"/>.</summary>
    public void SetObjectiveCoefficient(int variable, double coefficient)
    {
        CheckVariable(variable);
        CheckFinite(coefficient, nameof(coefficient));
        _objective[variable] = coefficient;
    }

    /// <summary>Sets the bounds of variable <paramref name="variable"/>: <paramref name="lower"/> may be
    /// −∞ and <paramref name="upper"/> +∞.</summary>
    public void SetBounds(int variable, double lower, double upper)
    {
        CheckVariable(variable);
        CheckBounds(lower, upper);
        _lower[variable] = lower;
        _upper[variable] = upper;
    }

    /// <summary>Adds the row lower ≤ Σ_j coefficients[j]·x_j ≤ upper and returns its index.</summary>
    /// <param name="coefficients">One finite coefficient per variable.</param>
    /// <param name="lower">The row's lower limit, or −∞.</param>
    /// <param name="upper">The row's upper limit, or +∞.</param>
    public int AddConstraint(ReadOnlySpan<double> coefficients, double lower, double upper)
    {
        if (coefficients.Length != VariableCount)
        {
            throw new ArgumentException($"a constraint needs {VariableCount} coefficients, not {coefficients.Length}.", nameof(coefficients));
        }

        foreach (var a in coefficients)
        {
            CheckFinite(a, nameof(coefficients));
        }

        CheckBounds(lower, upper);
        _rows.Add(coefficients.ToArray());
        _rowLower.Add(lower);
        _rowUpper.Add(upper);
        return _rows.Count - 1;
    }

    /// <summary>Adds the row Σ_j coefficients[j]·x_j = <paramref name="value"/> and returns its index.</summary>
    public int AddEquality(ReadOnlySpan<double> coefficients, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"the right-hand side of an equality must be finite, not {value}.", nameof(value));
        }

        return AddConstraint(coefficients, value, value);
    }

    /// <summary>c_j.</summary>
    public double ObjectiveCoefficient(int variable)
    {
        CheckVariable(variable);
        return _objective[variable];
    }

    /// <summary>The lower bound of a variable.</summary>
    public double LowerBound(int variable)
    {
        CheckVariable(variable);
        return _lower[variable];
    }

    /// <summary>The upper bound of a variable.</summary>
    public double UpperBound(int variable)
    {
        CheckVariable(variable);
        return _upper[variable];
    }

    /// <summary>The coefficients of constraint row <paramref name="row"/>.</summary>
    public ReadOnlySpan<double> ConstraintRow(int row) => _rows[row];

    /// <summary>The lower limit of constraint row <paramref name="row"/>.</summary>
    public double ConstraintLower(int row) => _rowLower[row];

    /// <summary>The upper limit of constraint row <paramref name="row"/>.</summary>
    public double ConstraintUpper(int row) => _rowUpper[row];

    private void CheckVariable(int variable) => ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)variable, (uint)VariableCount, nameof(variable));

    private static void CheckFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"coefficients must be finite, not {value}.", name);
        }
    }

    private static void CheckBounds(double lower, double upper)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper))
        {
            throw new ArgumentException("bounds must not be NaN.", double.IsNaN(lower) ? nameof(lower) : nameof(upper));
        }

        if (double.IsPositiveInfinity(lower))
        {
            throw new ArgumentException("a lower bound cannot be +∞.", nameof(lower));
        }

        if (double.IsNegativeInfinity(upper))
        {
            throw new ArgumentException("an upper bound cannot be −∞.", nameof(upper));
        }
    }
}
