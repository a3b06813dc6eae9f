namespace Myokinetics.Numerics.Integrate;

/// <summary>Counts of an integration's work since the stepper was initialised.</summary>
public sealed record IntegratorStatistics(
    long AcceptedSteps,
    long RejectedSteps,
    long FunctionEvaluations,
    long JacobianEvaluations,
    long Decompositions,
    bool SwitchedToStiff = false);
