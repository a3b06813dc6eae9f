using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Analysis.Tests.Sensitivity;

public sealed class ParallelEvaluationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Each_Result_Lands_In_The_Row_Of_Its_Point_And_The_First_Failure_Is_Reported(int threads)
    {
        var points = Enumerable.Range(0, 200).Select(i => (double)i).ToArray();
        var square = new FunctionModel(["y"], (x, y) => y[0] = x[0] * x[0]);
        var failing = new FunctionModel(["y"], (x, y) => y[0] = x[0] >= 37 && x[0] % 2 == 1 ? throw new InvalidOperationException($"point {x[0]}") : x[0]);

        var results = ParallelEvaluation.Run(square, points, 1, threads, null, CancellationToken.None);
        var error = Assert.Throws<InvalidOperationException>(() => ParallelEvaluation.Run(failing, points, 1, threads, null, CancellationToken.None));

        Assert.Equal(points.Select(p => p * p), results);
        Assert.Equal("point 37", error.Message);
    }

    [Fact]
    public void A_Simulation_That_Fails_Names_The_Parameter_Values_It_Ran_With()
    {
        // k/(1 − c) grows without bound when c = 1: the rate is infinite from the start.
        var compiled = TestModels.Compile("""
            model blowup()
              compartment C = 1
              species A in C
              A = 1
              k = 1
              c = 0
              J: A -> ; k*A/(1 - c)
            end
            """);
        var model = new SimulationModel(compiled, new SimulationSettings(0, 1, 10), ["c"], [OutputFeatureParser.Parse("A@1")]);

        var error = Assert.Throws<SimulationException>(() => model.Evaluate([1.0], new double[1], CancellationToken.None));

        Assert.StartsWith("with c=1: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.ExitCode);
    }

    [Fact]
    public void A_Cancelled_Evaluation_Stops_With_Operation_Cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var model = new FunctionModel(["y"], (x, y) => y[0] = x[0]);

        Assert.ThrowsAny<OperationCanceledException>(() => ParallelEvaluation.Run(model, new double[10], 1, 2, null, cancellation.Token));
    }
}
