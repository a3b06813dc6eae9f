using Myokinetics.Numerics.Integrate;
using Myokinetics.Numerics.Tests.Problems;

namespace Myokinetics.Numerics.Tests;

/// <summary>Failures come as <see cref="IntegratorException"/> (numerical) or <see cref="ArgumentException"/> (input), with words that say what went wrong.</summary>
public sealed class FailureTests
{
    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void A_Finite_Time_Blow_Up_Fails_Near_The_Singularity(IntegratorKind kind)
    {
        // y' = y², y(0) = 1 has y = 1/(1 − t): it blows up at t = 1.
        var system = new DelegateSystem(1, (_, y, f) => f[0] = y[0] * y[0], (_, y, j) => j[0] = 2 * y[0]);
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(system, 0, [1.0], IntegratorOptions.Default);

        var ex = Assert.Throws<IntegratorException>(() =>
        {
            while (stepper.Time < 2)
            {
                stepper.Step(2);
            }
        });

        // The numerical solution's pole lies within its global error of t = 1 (observed: 1 + 4e-8 at rtol 1e-6).
        Assert.InRange(ex.Time, 0.99, 1.0001);
        Assert.Equal(0, ex.Component);
        Assert.Contains("step size", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("component 0", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void A_Right_Hand_Side_That_Turns_NaN_Names_The_Component(IntegratorKind kind)
    {
        // Component 2 of f becomes NaN after t = 0.5 (as sqrt of a negative argument would).
        var system = new DelegateSystem(
            3,
            (t, y, f) =>
            {
                f[0] = -y[0];
                f[1] = -2 * y[1];
                f[2] = t > 0.5 ? double.NaN : -y[2];
            });
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(system, 0, [1.0, 1.0, 1.0], IntegratorOptions.Default);

        var ex = Assert.Throws<IntegratorException>(() =>
        {
            while (stepper.Time < 1)
            {
                stepper.Step(1);
            }
        });

        Assert.Equal(2, ex.Component);
        Assert.Contains("NaN", ex.Reason, StringComparison.Ordinal);
        Assert.InRange(ex.Time, 0.49, 0.5);
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void A_NaN_Right_Hand_Side_At_The_Start_Fails_In_Initialize(IntegratorKind kind)
    {
        var system = new DelegateSystem(2, (_, y, f) =>
        {
            f[0] = -y[0];
            f[1] = Math.Sqrt(-1 - y[1]);
        });
        IOdeStepper stepper = Integrators.Create(kind);

        var ex = Assert.Throws<IntegratorException>(() => stepper.Initialize(system, 0, [1.0, 1.0], IntegratorOptions.Default));
        Assert.Equal(1, ex.Component);
        Assert.Equal(0, ex.Time);
        Assert.Contains("component 1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Exceeding_MaxSteps_Fails_With_A_Clear_Reason(IntegratorKind kind)
    {
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(SmoothProblems.Oscillator(), 0, [1.0, 0.0], new IntegratorOptions(MaxSteps: 20));

        var ex = Assert.Throws<IntegratorException>(() =>
        {
            while (stepper.Time < 100)
            {
                stepper.Step(100);
            }
        });

        Assert.Contains("MaxSteps = 20", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(-1, ex.Component);
        Assert.True(ex.Time > 0);
    }

    [Fact]
    public void Dormand_Prince_On_A_Very_Stiff_Problem_Runs_Out_Of_Steps_And_Suggests_The_Stiff_Method()
    {
        ReferenceProblem robertson = StiffProblems.Robertson();
        IOdeStepper stepper = Integrators.Create(IntegratorKind.DormandPrince);
        stepper.Initialize(robertson.System, 0, robertson.Initial, new IntegratorOptions(MaxSteps: 5000));

        var ex = Assert.Throws<IntegratorException>(() =>
        {
            while (stepper.Time < 1e5)
            {
                stepper.Step(1e5);
            }
        });

        Assert.Contains("stiff", ex.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, IntegratorOptions> BadOptions => new()
    {
        { "negative relative tolerance", new IntegratorOptions(RelativeTolerance: -1e-6) },
        { "NaN relative tolerance", new IntegratorOptions(RelativeTolerance: double.NaN) },
        { "relative tolerance of one", new IntegratorOptions(RelativeTolerance: 1) },
        { "negative absolute tolerance", new IntegratorOptions(AbsoluteTolerance: -1) },
        { "both tolerances zero", new IntegratorOptions(RelativeTolerance: 0, AbsoluteTolerance: 0) },
        { "wrong number of absolute tolerances", new IntegratorOptions(AbsoluteTolerances: [1e-8]) },
        { "infinite per-component tolerance", new IntegratorOptions(AbsoluteTolerances: [1e-8, double.PositiveInfinity]) },
        { "negative initial step", new IntegratorOptions(InitialStep: -0.1) },
        { "zero maximum step", new IntegratorOptions(MaxStep: 0) },
        { "zero MaxSteps", new IntegratorOptions(MaxSteps: 0) },
        { "negative fixed step", new IntegratorOptions { FixedStep = -1 } },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Invalid_Options_Are_Refused_With_An_Argument_Exception(string what, IntegratorOptions options)
    {
        foreach (IntegratorKind kind in new[] { IntegratorKind.DormandPrince, IntegratorKind.Rosenbrock, IntegratorKind.Auto })
        {
            IOdeStepper stepper = Integrators.Create(kind);
            Assert.Throws<ArgumentException>(() => stepper.Initialize(SmoothProblems.Oscillator(), 0, [1.0, 0.0], options));
        }

        Assert.NotEmpty(what);
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Invalid_Start_Points_Are_Refused_With_An_Argument_Exception(IntegratorKind kind)
    {
        IOdeStepper stepper = Integrators.Create(kind);
        var system = SmoothProblems.Oscillator();

        Assert.Throws<ArgumentException>(() => stepper.Initialize(system, double.NaN, [1.0, 0.0], IntegratorOptions.Default));
        Assert.Throws<ArgumentException>(() => stepper.Initialize(system, double.PositiveInfinity, [1.0, 0.0], IntegratorOptions.Default));
        Assert.Throws<ArgumentException>(() => stepper.Initialize(system, 0, [1.0], IntegratorOptions.Default));
        Assert.Throws<ArgumentException>(() => stepper.Initialize(system, 0, [double.NaN, 0.0], IntegratorOptions.Default));
        Assert.Throws<ArgumentNullException>(() => stepper.Initialize(null!, 0, [1.0, 0.0], IntegratorOptions.Default));
        Assert.Throws<ArgumentNullException>(() => stepper.Initialize(system, 0, [1.0, 0.0], null!));

        stepper.Initialize(system, 0, [1.0, 0.0], IntegratorOptions.Default);
        Assert.Throws<ArgumentException>(() => stepper.Restart(double.NaN, [1.0, 0.0]));
        Assert.Throws<ArgumentException>(() => stepper.Restart(1, [1.0, 0.0, 3.0]));
    }

    [Fact]
    public void A_Mass_Diagonal_Of_The_Wrong_Length_Is_Refused()
    {
        var system = new DelegateSystem(2, (_, y, f) => f.AsSpan().Clear(), null, [1.0]);

        Assert.Throws<ArgumentException>(() => Integrators.Create(IntegratorKind.Rosenbrock).Initialize(system, 0, [1.0, 0.0], IntegratorOptions.Default));
    }
}
