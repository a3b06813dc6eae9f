using Myokinetics.Numerics.Integrate;
using Myokinetics.Numerics.Tests.Problems;

namespace Myokinetics.Numerics.Tests;

public sealed class JacobianPatternTests
{
    [Fact]
    public void Rosenbrock_With_A_Declared_Jacobian_Pattern_Takes_The_Same_Steps_To_The_Same_Answer()
    {
        // Given HIRES (8 equations, 20 of 64 Jacobian entries non-zero), once as it is and once with its pattern declared
        var problem = StiffProblems.Hires();
        var patterned = new PatternSystem(problem.System, [1, 1, 1, 1, 1, 1, 1, 1]);
        var options = new IntegratorOptions(1e-8, 1e-10);

        // When both are integrated to the end with the Rosenbrock method
        var plain = TestKinds.Run(IntegratorKind.Rosenbrock, problem.System, 0, problem.Initial, problem.EndTime, options);
        var sparse = TestKinds.Run(IntegratorKind.Rosenbrock, patterned, 0, problem.Initial, problem.EndTime, options);

        // Then they take the same steps and end at the same state, which matches the reference solution
        Assert.True(patterned.JacobianPattern!.Length < 32, $"{patterned.JacobianPattern.Length} entries");
        Assert.Equal(0, patterned.OutsidePattern);
        Assert.Equal(plain.Statistics, sparse.Statistics);
        Assert.Equal(plain.State.ToArray(), sparse.State.ToArray());
        for (int i = 0; i < problem.Reference.Length; i++)
        {
            Assert.Equal(problem.Reference[i], sparse.State[i], 1e-7 * Math.Abs(problem.Reference[i]) + 1e-12);
        }
    }
}
