using Myokinetics.Numerics.Integrate;
using Myokinetics.Numerics.Tests.Problems;
using Xunit.Abstractions;

namespace Myokinetics.Numerics.Tests;

/// <summary>
/// Adaptive integrations of problems with closed-form solutions. Local error control does not bound
/// the global error by the tolerance itself; the bounds below are a small multiple of the tolerance
/// (the observed errors are printed and are several times smaller than the bounds).
/// </summary>
public sealed class AnalyticSolutionTests(ITestOutputHelper output)
{
    private static readonly IntegratorOptions Tight = new(RelativeTolerance: 1e-9, AbsoluteTolerance: 1e-12);

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Decay_Matches_The_Exponential_To_Tolerance(IntegratorKind kind)
    {
        IOdeStepper stepper = TestKinds.Run(kind, SmoothProblems.Decay(), 0, [1.0], 10, Tight);

        double error = Math.Abs(stepper.State[0] - SmoothProblems.DecayExact(10)) / SmoothProblems.DecayExact(10);
        output.WriteLine($"{kind}: relative error {error:E2}, {stepper.Statistics}");
        Assert.Equal(10, stepper.Time);
        Assert.True(error < 1e-8, $"relative error {error:E2}");
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Harmonic_Oscillator_Keeps_Amplitude_And_Phase_Over_Five_Periods(IntegratorKind kind)
    {
        double tEnd = 5 * Math.PI;
        IOdeStepper stepper = TestKinds.Run(kind, SmoothProblems.Oscillator(), 0, [1.0, 0.0], tEnd, Tight);

        double[] exact = SmoothProblems.OscillatorExact(tEnd);
        double error = Math.Max(Math.Abs(stepper.State[0] - exact[0]), Math.Abs(stepper.State[1] - exact[1]));
        output.WriteLine($"{kind}: max error {error:E2}, {stepper.Statistics}");
        Assert.True(error < 1e-7, $"error {error:E2}");
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Time_Dependent_Forcing_Matches_The_Closed_Form(IntegratorKind kind)
    {
        IOdeStepper stepper = TestKinds.Run(kind, SmoothProblems.Forced(), 0, [1.0], 20, Tight);

        double error = Math.Abs(stepper.State[0] - SmoothProblems.ForcedExact(20));
        output.WriteLine($"{kind}: error {error:E2}, {stepper.Statistics}");
        Assert.True(error < 1e-8, $"error {error:E2}");
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Dense_Output_Between_Steps_Is_As_Accurate_As_The_Steps(IntegratorKind kind)
    {
        // Given an adaptive integration of a nonlinear, time-dependent problem at rtol 1e-8
        var options = new IntegratorOptions(RelativeTolerance: 1e-8, AbsoluteTolerance: 1e-10);
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(SmoothProblems.Riccati(), 0, SmoothProblems.RiccatiInitial, options);
        var y = new double[2];
        double worstInside = 0;
        double worstAtSteps = 0;
        int steps = 0;

        // When every step is sampled at nine interior points
        while (stepper.Time < 10)
        {
            stepper.Step(10);
            steps++;
            double[] atStep = SmoothProblems.RiccatiExact(stepper.Time);
            worstAtSteps = Math.Max(worstAtSteps, MaxDifference(stepper.State, atStep));
            for (int k = 1; k < 10; k++)
            {
                double t = stepper.PreviousTime + k * 0.1 * (stepper.Time - stepper.PreviousTime);
                stepper.Interpolate(t, y);
                worstInside = Math.Max(worstInside, MaxDifference(y, SmoothProblems.RiccatiExact(t)));
            }
        }

        // Then the interpolated values are within a few times the error at the step ends
        output.WriteLine($"{kind}: {steps} steps, worst error at steps {worstAtSteps:E2}, inside steps {worstInside:E2}");
        Assert.True(steps > 10);
        Assert.True(worstInside < 1e-6, $"dense output error {worstInside:E2}");
        Assert.True(worstInside < 20 * Math.Max(worstAtSteps, 1e-9), $"dense {worstInside:E2} vs steps {worstAtSteps:E2}");
    }

    [Fact]
    public void Interpolation_At_The_Step_Ends_Returns_The_Step_States_Exactly()
    {
        IOdeStepper stepper = Integrators.Create(IntegratorKind.DormandPrince);
        stepper.Initialize(SmoothProblems.Oscillator(), 0, [1.0, 0.0], IntegratorOptions.Default);
        var start = new double[2];
        var end = new double[2];
        stepper.Interpolate(0, start);
        Assert.Equal([1.0, 0.0], start);

        double[] before = stepper.State.ToArray();
        stepper.Step(10);
        stepper.Interpolate(stepper.PreviousTime, start);
        stepper.Interpolate(stepper.Time, end);

        Assert.Equal(before, start);
        Assert.Equal(stepper.State.ToArray(), end);
    }

    private static double MaxDifference(ReadOnlySpan<double> a, double[] b)
    {
        double m = 0;
        for (int i = 0; i < b.Length; i++)
        {
            m = Math.Max(m, Math.Abs(a[i] - b[i]));
        }

        return m;
    }
}
