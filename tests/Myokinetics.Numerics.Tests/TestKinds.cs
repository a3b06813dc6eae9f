using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Numerics.Tests;

/// <summary>Theory data: every integrator kind.</summary>
public static class TestKinds
{
    public static TheoryData<IntegratorKind> All => new()
    {
        IntegratorKind.DormandPrince,
        IntegratorKind.Rosenbrock,
        IntegratorKind.Auto,
    };

    /// <summary>Integrates to <paramref name="tEnd"/> with repeated steps and returns the stepper.</summary>
    public static IOdeStepper Run(IntegratorKind kind, IOdeSystem system, double t0, double[] y0, double tEnd, IntegratorOptions options)
    {
        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(system, t0, y0, options);
        while (stepper.Time < tEnd)
        {
            stepper.Step(tEnd);
        }

        return stepper;
    }
}
