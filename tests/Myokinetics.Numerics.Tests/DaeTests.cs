using Myokinetics.Numerics.Integrate;
using Myokinetics.Numerics.Tests.Problems;

namespace Myokinetics.Numerics.Tests;

/// <summary>Semi-explicit index-1 DAEs M·y' = f with zero mass entries, solved by the Rosenbrock method.</summary>
public sealed class DaeTests
{
    private static readonly IntegratorOptions Options = new(RelativeTolerance: 1e-8, AbsoluteTolerance: 1e-10);

    /// <summary>y1' = −y2², 0 = y2² − y1, y(0) = (1, 1): y1 = e^(−t), y2 = e^(−t/2) (nonlinear constraint).</summary>
    private static DelegateSystem Nonlinear(bool analyticJacobian) => new(
        2,
        (_, y, f) =>
        {
            f[0] = -y[1] * y[1];
            f[1] = y[1] * y[1] - y[0];
        },
        analyticJacobian
            ? (_, y, j) =>
            {
                j[0] = 0; j[1] = -2 * y[1];
                j[2] = -1; j[3] = 2 * y[1];
            }
            : null,
        [1, 0]);

    /// <summary>y1' = y2, 0 = cos t − y2, y(0) = (0, 1): y1 = sin t, y2 = cos t (time-dependent constraint).</summary>
    private static DelegateSystem TimeDependent() => new(
        2,
        (t, y, f) =>
        {
            f[0] = y[1];
            f[1] = Math.Cos(t) - y[1];
        },
        null,
        [1, 0]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Nonlinear_Index_One_Dae_Matches_Its_Solution(bool analyticJacobian)
    {
        IOdeStepper stepper = TestKinds.Run(IntegratorKind.Rosenbrock, Nonlinear(analyticJacobian), 0, [1.0, 1.0], 5, Options);

        Assert.Equal(Math.Exp(-5), stepper.State[0], 1e-9);
        Assert.Equal(Math.Exp(-2.5), stepper.State[1], 1e-9);
    }

    [Fact]
    public void Time_Dependent_Algebraic_Equation_Is_Satisfied_Along_The_Solution_And_In_Between()
    {
        IOdeStepper stepper = Integrators.Create(IntegratorKind.Rosenbrock);
        stepper.Initialize(TimeDependent(), 0, [0.0, 1.0], Options);
        var y = new double[2];
        while (stepper.Time < 10)
        {
            stepper.Step(10);
            Assert.Equal(Math.Sin(stepper.Time), stepper.State[0], 1e-7);
            Assert.Equal(Math.Cos(stepper.Time), stepper.State[1], 1e-8);
            double middle = 0.5 * (stepper.PreviousTime + stepper.Time);
            stepper.Interpolate(middle, y);
            Assert.Equal(Math.Sin(middle), y[0], 1e-7);
            Assert.Equal(Math.Cos(middle), y[1], 1e-6);
        }
    }

    [Fact]
    public void Auto_Uses_The_Rosenbrock_Method_From_The_Start_For_A_Dae()
    {
        var stepper = new AutoStepper();
        stepper.Initialize(Nonlinear(true), 0, [1.0, 1.0], Options);

        Assert.True(stepper.UsesStiffMethod);
        Assert.Equal("rodas4", stepper.ActiveMethod);
        while (stepper.Time < 1)
        {
            stepper.Step(1);
        }

        Assert.Equal(Math.Exp(-1), stepper.State[0], 1e-9);
        Assert.False(stepper.Statistics.SwitchedToStiff);
        Assert.True(double.IsNaN(stepper.SwitchTime));
    }

    [Fact]
    public void Dormand_Prince_Refuses_Algebraic_Equations()
    {
        IOdeStepper stepper = Integrators.Create(IntegratorKind.DormandPrince);

        var ex = Assert.Throws<ArgumentException>(() => stepper.Initialize(Nonlinear(true), 0, [1.0, 1.0], Options));
        Assert.Contains("algebraic", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void A_Non_Unit_Mass_Diagonal_Scales_The_Derivative(IntegratorKind kind)
    {
        // 4·y' = −2·y, i.e. y' = −y/2.
        var system = new DelegateSystem(1, (_, y, f) => f[0] = -2 * y[0], (_, _, j) => j[0] = -2, [4.0]);

        IOdeStepper stepper = TestKinds.Run(kind, system, 0, [1.0], 4, Options);

        Assert.Equal(Math.Exp(-2), stepper.State[0], 1e-8);
    }

    [Fact]
    public void An_Algebraic_Equation_That_Does_Not_Determine_Its_Variable_Fails_As_Singular()
    {
        // 0 = y1 − 1 never mentions y2 (and nothing else does): M/(γh) − J has a zero column.
        var system = new DelegateSystem(
            2,
            (_, y, f) =>
            {
                f[0] = -y[0];
                f[1] = y[0] - 1;
            },
            (_, _, j) =>
            {
                j[0] = -1; j[1] = 0;
                j[2] = 1; j[3] = 0;
            },
            [1, 0]);
        IOdeStepper stepper = Integrators.Create(IntegratorKind.Rosenbrock);
        stepper.Initialize(system, 0, [1.0, 0.0], Options);

        var ex = Assert.Throws<IntegratorException>(() => stepper.Step(1));
        Assert.Contains("singular", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(1, ex.Component);
    }
}
