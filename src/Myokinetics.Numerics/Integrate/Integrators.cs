namespace Myokinetics.Numerics.Integrate;

/// <summary>Creates the integrators by kind.</summary>
public static class Integrators
{
    /// <summary>A new, uninitialised stepper of the given kind: <see cref="IntegratorKind.Auto"/> →
    /// <see cref="AutoStepper"/>, <see cref="IntegratorKind.DormandPrince"/> → <see cref="DormandPrinceStepper"/>,
    /// <see cref="IntegratorKind.Rosenbrock"/> → <see cref="RosenbrockStepper"/>.</summary>
    public static IOdeStepper Create(IntegratorKind kind) => kind switch
    {
        IntegratorKind.Auto => new AutoStepper(),
        IntegratorKind.DormandPrince => new DormandPrinceStepper(),
        IntegratorKind.Rosenbrock => new RosenbrockStepper(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown integrator kind."),
    };
}
