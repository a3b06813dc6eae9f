using Myokinetics.Numerics.Integrate;
using Myokinetics.Numerics.Tests.Problems;

namespace Myokinetics.Numerics.Tests;

/// <summary>What the simulator relies on: stop times, restarts, interpolation bounds, no allocation.</summary>
public sealed class StepperContractTests
{
    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Step_Never_Passes_The_Stop_Time_And_Lands_Exactly_On_It(IntegratorKind kind)
    {
        // Given stop times that are not multiples of any natural step (like event or dose times)
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(SmoothProblems.Oscillator(), 0, [1.0, 0.0], IntegratorOptions.Default);
        double[] stops = [0.1, 0.1 + 1e-12, 0.7, 2.0 / 3.0 + 1, Math.PI, 10];

        foreach (double stop in stops)
        {
            while (stepper.Time < stop)
            {
                double before = stepper.Time;
                stepper.Step(stop);

                // Then no step passes it, and the last one ends exactly on it
                Assert.True(stepper.Time <= stop);
                Assert.True(stepper.Time > before);
                Assert.Equal(before, stepper.PreviousTime);
            }

            Assert.Equal(stop, stepper.Time);
            double[] exact = SmoothProblems.OscillatorExact(stop);
            Assert.Equal(exact[0], stepper.State[0], 1e-4);
        }
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Restart_Continues_From_A_New_State_Without_History(IntegratorKind kind)
    {
        // y' = −y/2: at t = 2 the state is reset to 3 (a bolus), so y = 3·e^(−(t−2)/2) afterwards.
        var options = new IntegratorOptions(RelativeTolerance: 1e-9, AbsoluteTolerance: 1e-12);
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(SmoothProblems.Decay(), 0, [1.0], options);
        while (stepper.Time < 2)
        {
            stepper.Step(2);
        }

        long acceptedBefore = stepper.Statistics.AcceptedSteps;
        stepper.Restart(2, [3.0]);

        Assert.Equal(2, stepper.Time);
        Assert.Equal(2, stepper.PreviousTime);
        Assert.Equal(3, stepper.State[0]);
        var y = new double[1];
        stepper.Interpolate(2, y);
        Assert.Equal(3, y[0]);

        while (stepper.Time < 6)
        {
            stepper.Step(6);
        }

        Assert.Equal(3 * Math.Exp(-2), stepper.State[0], 1e-8);
        Assert.True(stepper.Statistics.AcceptedSteps > acceptedBefore);
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Interpolation_Outside_The_Last_Step_And_Stop_Times_Not_Ahead_Are_Refused(IntegratorKind kind)
    {
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(SmoothProblems.Decay(), 0, [1.0], IntegratorOptions.Default);
        stepper.Step(1);
        var y = new double[1];

        Assert.Throws<ArgumentOutOfRangeException>(() => stepper.Interpolate(stepper.Time + 0.5, y));
        Assert.Throws<ArgumentOutOfRangeException>(() => stepper.Interpolate(stepper.PreviousTime - 0.5, y));
        Assert.Throws<ArgumentException>(() => stepper.Interpolate(stepper.Time, new double[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => stepper.Step(stepper.Time));
        Assert.Throws<ArgumentOutOfRangeException>(() => stepper.Step(double.NaN));
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void A_Thousand_Steps_Allocate_Nothing_After_Warm_Up(IntegratorKind kind)
    {
        // The oscillator keeps the step size bounded, so 1,000 steps stay far from the stop time.
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(SmoothProblems.Oscillator(), 0, [1.0, 0.0], IntegratorOptions.Default);
        var y = new double[2];
        for (int k = 0; k < 50; k++)
        {
            stepper.Step(1e6);
            stepper.Interpolate(0.5 * (stepper.PreviousTime + stepper.Time), y);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 1000; k++)
        {
            stepper.Step(1e6);
            stepper.Interpolate(0.5 * (stepper.PreviousTime + stepper.Time), y);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(stepper.Time < 1e6);
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Restarts_Allocate_Nothing_After_Warm_Up(IntegratorKind kind)
    {
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(SmoothProblems.Decay(), 0, [1.0], IntegratorOptions.Default);
        double[] bolus = [2.0];
        for (int k = 0; k < 20; k++)
        {
            stepper.Step(stepper.Time + 1);
            stepper.Restart(stepper.Time, bolus);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 200; k++)
        {
            stepper.Step(stepper.Time + 1);
            stepper.Restart(stepper.Time, bolus);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Auto_Statistics_Do_Not_Carry_Over_From_An_Earlier_Initialize()
    {
        var stepper = new AutoStepper();
        stepper.Initialize(SmoothProblems.Oscillator(), 0, [1.0, 0.0], IntegratorOptions.Default);
        stepper.Step(5);
        var dae = new DelegateSystem(
            2,
            (_, y, f) =>
            {
                f[0] = -y[0];
                f[1] = y[1] - y[0];
            },
            null,
            [1, 0]);

        stepper.Initialize(dae, 0, [1.0, 1.0], IntegratorOptions.Default);

        Assert.Equal(0, stepper.Statistics.AcceptedSteps);
        Assert.Equal(dae.Evaluations, stepper.Statistics.FunctionEvaluations);
    }

    [Fact]
    public void The_Rosenbrock_Method_With_A_Numerical_Jacobian_Allocates_Nothing_Per_Step()
    {
        var system = new DelegateSystem(
            2,
            (_, y, f) =>
            {
                f[0] = y[1];
                f[1] = -4 * y[0];
            });
        IOdeStepper stepper = Integrators.Create(IntegratorKind.Rosenbrock);
        stepper.Initialize(system, 0, [1.0, 0.0], IntegratorOptions.Default);
        for (int k = 0; k < 50; k++)
        {
            stepper.Step(1e6);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 1000; k++)
        {
            stepper.Step(1e6);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void The_Auto_Stepper_Allocates_The_Stiff_Workspace_Once_At_The_Switch_And_Nothing_After()
    {
        // Van der Pol with μ = 1000 turns stiff within the first steps.
        ReferenceProblem vdp = StiffProblems.VanDerPol();
        var stepper = new AutoStepper();
        stepper.Initialize(vdp.System, 0, vdp.Initial, IntegratorOptions.Default);
        long switchAllocation = 0;
        while (!stepper.UsesStiffMethod)
        {
            long beforeStep = GC.GetAllocatedBytesForCurrentThread();
            stepper.Step(2000);
            switchAllocation += GC.GetAllocatedBytesForCurrentThread() - beforeStep;
        }

        // The Rosenbrock workspace of a 2-state system: a few hundred bytes to a few kilobytes, once.
        Assert.InRange(switchAllocation, 1, 16_384);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 1000 && stepper.Time < 2000; k++)
        {
            stepper.Step(2000);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(stepper.UsesStiffMethod);
    }

    [Fact]
    public void A_Non_Stiff_Auto_Run_Never_Allocates_The_Stiff_Workspace()
    {
        // A 60-state non-stiff system: the Rosenbrock workspace would hold two 60×60 matrices (57 KB).
        var system = new LinearDecay(60);
        var initial = Enumerable.Repeat(1.0, 60).ToArray();
        var stepper = new AutoStepper();
        long before = GC.GetAllocatedBytesForCurrentThread();
        stepper.Initialize(system, 0, initial, IntegratorOptions.Default);
        while (stepper.Time < 5)
        {
            stepper.Step(5);
        }

        Assert.False(stepper.UsesStiffMethod);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 1, 2 * 60 * 60 * sizeof(double) / 4);
        Assert.Equal(0, stepper.Statistics.Decompositions);
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Statistics_Count_The_Work(IntegratorKind kind)
    {
        var system = SmoothProblems.Oscillator();
        IOdeStepper stepper = TestKinds.Run(kind, system, 0, [1.0, 0.0], 3, IntegratorOptions.Default);

        IntegratorStatistics stats = stepper.Statistics;
        Assert.True(stats.AcceptedSteps > 5);
        Assert.Equal(system.Evaluations, stats.FunctionEvaluations);
        if (kind == IntegratorKind.Rosenbrock)
        {
            Assert.Equal(stats.AcceptedSteps, stats.JacobianEvaluations);
            Assert.Equal(stats.AcceptedSteps + stats.RejectedSteps, stats.Decompositions);
        }
        else
        {
            Assert.Equal(0, stats.Decompositions);
        }
    }

    [Fact]
    public void The_Auto_Stepper_Switches_To_Rosenbrock_When_Stiffness_Appears_And_Stays_Accurate()
    {
        ReferenceProblem vdp = StiffProblems.VanDerPol();
        var options = new IntegratorOptions(RelativeTolerance: 1e-8, AbsoluteTolerance: 1e-12);
        var stepper = new AutoStepper();
        stepper.Initialize(vdp.System, 0, vdp.Initial, options);
        Assert.Equal("dopri5", stepper.ActiveMethod);

        while (stepper.Time < vdp.EndTime)
        {
            stepper.Step(vdp.EndTime);
        }

        Assert.True(stepper.Statistics.SwitchedToStiff);
        Assert.Equal("rodas4", stepper.ActiveMethod);
        Assert.InRange(stepper.SwitchTime, 0, 10);
        Assert.Equal(vdp.Reference[0], stepper.State[0], 1e-6);
    }

    [Fact]
    public void Dormand_Prince_Detects_Stiffness_On_A_Stiff_Linear_Problem_But_Not_On_A_Smooth_One()
    {
        var stiff = new DelegateSystem(1, (t, y, f) => f[0] = -1000 * (y[0] - Math.Cos(t)));
        var dopri = new DormandPrinceStepper();
        dopri.Initialize(stiff, 0, [1.0], IntegratorOptions.Default);
        while (dopri.Time < 1 && !dopri.StiffnessDetected)
        {
            dopri.Step(1);
        }

        Assert.True(dopri.StiffnessDetected);
        Assert.InRange(dopri.StiffnessEstimate, 2.5, 10);

        dopri.Initialize(SmoothProblems.Oscillator(), 0, [1.0, 0.0], IntegratorOptions.Default);
        while (dopri.Time < 20)
        {
            dopri.Step(20);
        }

        Assert.False(dopri.StiffnessDetected);
    }

    [Fact]
    public void Fixed_Steps_Take_Exactly_The_Requested_Size()
    {
        IOdeStepper stepper = Integrators.Create(IntegratorKind.DormandPrince);
        stepper.Initialize(SmoothProblems.Decay(), 0, [1.0], new IntegratorOptions { FixedStep = 0.25 });
        stepper.Step(10);
        Assert.Equal(0.25, stepper.Time);
        stepper.Step(0.3);
        Assert.Equal(0.3, stepper.Time);
        stepper.Step(10);
        Assert.Equal(0.55, stepper.Time, 1e-15);
    }

    [Fact]
    public void The_Factory_Creates_Each_Kind_With_Its_Name()
    {
        Assert.Equal("auto", Integrators.Create(IntegratorKind.Auto).Name);
        Assert.Equal("dopri5", Integrators.Create(IntegratorKind.DormandPrince).Name);
        Assert.Equal("rodas4", Integrators.Create(IntegratorKind.Rosenbrock).Name);
        Assert.Throws<ArgumentOutOfRangeException>(() => Integrators.Create((IntegratorKind)42));
    }

    [Theory]
    [MemberData(nameof(TestKinds.All), MemberType = typeof(TestKinds))]
    public void Using_A_Stepper_Before_Initialize_Is_Refused(IntegratorKind kind)
    {
        IOdeStepper stepper = Integrators.Create(kind);

        Assert.Throws<InvalidOperationException>(() => stepper.Step(1));
        Assert.Throws<InvalidOperationException>(() => stepper.Restart(0, [1.0]));
    }

    /// <summary>y′ᵢ = −yᵢ/(i + 1): n uncoupled decays, not stiff.</summary>
    private sealed class LinearDecay(int n) : IOdeSystem
    {
        public int Dimension => n;

        public bool HasJacobian => false;

        public double[]? MassDiagonal => null;

        public void Evaluate(double t, double[] y, double[] dydt)
        {
            for (int i = 0; i < n; i++)
            {
                dydt[i] = -y[i] / (i + 1);
            }
        }

        public void Jacobian(double t, double[] y, double[] dfdy) => throw new InvalidOperationException("a non-stiff run asks for no Jacobian");
    }
}
