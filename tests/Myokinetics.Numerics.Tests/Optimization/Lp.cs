using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Numerics.Tests.Optimization;

/// <summary>Short-hand to write small linear programs in tests.</summary>
internal static class Lp
{
    public const double Inf = double.PositiveInfinity;

    /// <summary>A program over x ≥ 0 with the given objective.</summary>
    public static LinearProgram Create(OptimizationSense sense, params double[] objective)
    {
        var program = new LinearProgram(objective.Length) { Sense = sense };
        for (int j = 0; j < objective.Length; j++)
        {
            program.SetObjectiveCoefficient(j, objective[j]);
        }

        return program;
    }

    public static LinearProgram LessEqual(this LinearProgram program, double bound, params double[] row)
    {
        program.AddConstraint(row, double.NegativeInfinity, bound);
        return program;
    }

    public static LinearProgram GreaterEqual(this LinearProgram program, double bound, params double[] row)
    {
        program.AddConstraint(row, bound, Inf);
        return program;
    }

    public static LinearProgram Equal(this LinearProgram program, double value, params double[] row)
    {
        program.AddEquality(row, value);
        return program;
    }

    public static LinearProgram Bounds(this LinearProgram program, int variable, double lower, double upper)
    {
        program.SetBounds(variable, lower, upper);
        return program;
    }

    /// <summary>Asserts that every bound and row of <paramref name="program"/> holds at
    /// <paramref name="x"/> to <paramref name="tolerance"/>.</summary>
    public static void AssertFeasible(LinearProgram program, IReadOnlyList<double> x, double tolerance = 1e-9)
    {
        for (int j = 0; j < program.VariableCount; j++)
        {
            Assert.InRange(x[j], program.LowerBound(j) - tolerance, program.UpperBound(j) + tolerance);
        }

        for (int i = 0; i < program.ConstraintCount; i++)
        {
            var row = program.ConstraintRow(i);
            double activity = 0;
            for (int j = 0; j < row.Length; j++)
            {
                activity += row[j] * x[j];
            }

            Assert.InRange(activity, program.ConstraintLower(i) - tolerance, program.ConstraintUpper(i) + tolerance);
        }
    }
}
