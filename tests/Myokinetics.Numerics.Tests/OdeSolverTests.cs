using Myokinetics.Numerics.Integrate;
using Myokinetics.Numerics.Tests.Problems;

namespace Myokinetics.Numerics.Tests;

public sealed class OdeSolverTests
{
    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Solve_Returns_The_States_At_The_Output_Times(IntegratorKind kind)
    {
        double[] times = [0, 0.25, 0.5, 1, 1, 2.5, 7];
        var options = new IntegratorOptions(RelativeTolerance: 1e-9, AbsoluteTolerance: 1e-12);

        double[][] states = OdeSolver.Solve(SmoothProblems.Forced(), 0, [1.0], times, options, kind);

        Assert.Equal(times.Length, states.Length);
        Assert.Equal(1.0, states[0][0]);
        for (int k = 0; k < times.Length; k++)
        {
            Assert.Equal(SmoothProblems.ForcedExact(times[k]), states[k][0], 1e-8);
        }
    }

    [Theory]
    [InlineData(IntegratorKind.DormandPrince)]
    [InlineData(IntegratorKind.Auto)]
    public void Solve_Never_Evaluates_Beyond_The_Last_Output_Time(IntegratorKind kind)
    {
        double latest = double.NegativeInfinity;
        var system = new DelegateSystem(1, (t, y, f) =>
        {
            latest = Math.Max(latest, t);
            f[0] = -y[0];
        });

        OdeSolver.Solve(system, 0, [1.0], [0.3, 1.7], IntegratorOptions.Default, kind);

        Assert.True(latest <= 1.7, $"evaluated at t = {latest:R}");
    }

    [Fact]
    public void Solve_Without_Output_Times_Returns_Nothing()
    {
        Assert.Empty(OdeSolver.Solve(SmoothProblems.Decay(), 0, [1.0], [], IntegratorOptions.Default));
    }

    [Fact]
    public void Solve_Refuses_Output_Times_Before_The_Start_Or_Out_Of_Order()
    {
        Assert.Throws<ArgumentException>(() => OdeSolver.Solve(SmoothProblems.Decay(), 1, [1.0], [0.5], IntegratorOptions.Default));
        Assert.Throws<ArgumentException>(() => OdeSolver.Solve(SmoothProblems.Decay(), 0, [1.0], [2, 1], IntegratorOptions.Default));
        Assert.Throws<ArgumentException>(() => OdeSolver.Solve(SmoothProblems.Decay(), 0, [1.0], [double.NaN], IntegratorOptions.Default));
    }

    [Fact]
    public void Solve_Uses_The_Stiff_Method_Under_Auto_For_Robertson()
    {
        ReferenceProblem robertson = StiffProblems.Robertson();
        var options = new IntegratorOptions(RelativeTolerance: 1e-8, AbsoluteTolerances: [1e-14, 1e-20, 1e-14]);

        double[][] states = OdeSolver.Solve(robertson.System, 0, robertson.Initial, [1, 1e11], options);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(robertson.Reference[i], states[1][i], 1e-6 * robertson.Reference[i]);
        }
    }
}
