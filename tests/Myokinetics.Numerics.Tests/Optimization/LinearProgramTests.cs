using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Numerics.Tests.Optimization;

public sealed class LinearProgramTests
{
    [Fact]
    public void New_Variables_Are_Non_Negative_With_Zero_Cost_And_The_Sense_Is_Minimise()
    {
        var program = new LinearProgram(2);

        Assert.Equal(0, program.LowerBound(1));
        Assert.Equal(double.PositiveInfinity, program.UpperBound(1));
        Assert.Equal(0, program.ObjectiveCoefficient(0));
        Assert.Equal(OptimizationSense.Minimize, program.Sense);
        Assert.Equal(0, program.ConstraintCount);
    }

    [Fact]
    public void Nan_And_Impossible_Infinities_Are_Refused()
    {
        var program = new LinearProgram(2);

        Assert.Throws<ArgumentException>(() => program.SetObjectiveCoefficient(0, double.NaN));
        Assert.Throws<ArgumentException>(() => program.SetObjectiveCoefficient(0, double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => program.SetBounds(0, double.PositiveInfinity, double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => program.SetBounds(0, double.NegativeInfinity, double.NegativeInfinity));
        Assert.Throws<ArgumentException>(() => program.SetBounds(0, double.NaN, 1));
        Assert.Throws<ArgumentException>(() => program.AddConstraint([1, double.NaN], 0, 1));
        Assert.Throws<ArgumentException>(() => program.AddConstraint([1], 0, 1));
        Assert.Throws<ArgumentException>(() => program.AddEquality([1, 1], double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => program.SetBounds(2, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinearProgram(0));
    }

    [Fact]
    public void Solver_Options_Out_Of_Range_Are_Refused()
    {
        var program = new LinearProgram(1);

        Assert.Throws<ArgumentException>(() => SimplexSolver.Solve(program, new SimplexOptions(FeasibilityTolerance: 0)));
        Assert.Throws<ArgumentException>(() => SimplexSolver.Solve(program, new SimplexOptions(OptimalityTolerance: double.NaN)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SimplexSolver.Solve(program, new SimplexOptions(MaxIterations: -1)));
    }

    [Fact]
    public void Solving_Does_Not_Change_The_Program()
    {
        var program = Lp.Create(OptimizationSense.Maximize, 3, 5).LessEqual(4, 1, 0).LessEqual(18, 3, 2);

        SimplexSolver.Solve(program);

        Assert.Equal(3, program.ObjectiveCoefficient(0));
        Assert.Equal([1.0, 0.0], program.ConstraintRow(0).ToArray());
        Assert.Equal(18, program.ConstraintUpper(1));
    }
}
