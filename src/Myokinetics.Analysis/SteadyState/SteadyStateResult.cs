using Myokinetics.Core.Compile;

namespace Myokinetics.Analysis.SteadyState;

/// <summary>A steady state of a compiled model and how it was found.</summary>
/// <param name="Model">The compiled model.</param>
/// <param name="Method">Which path converged.</param>
/// <param name="Time">The time at which the rates were evaluated.</param>
/// <param name="States">The state vector (the model's state order; species as amounts).</param>
/// <param name="Values">Every stored value at the steady state (the model's value order), assigned
/// quantities recomputed.</param>
/// <param name="NewtonIterations">Newton iterations of the attempt that converged (0 for integration alone).</param>
/// <param name="IntegratedTime">How long the fallback integration ran (0 when Newton converged at once).</param>
/// <param name="ScaledResidual">The largest |rate| / (atol + rtol·|y|) over the states: the drift per
/// time unit in units of the tolerance.</param>
/// <param name="LargestRate">The largest |rate| of a state, in its unit per time unit.</param>
/// <param name="LargestRateState">The id of the state with <paramref name="LargestRate"/> (empty without states).</param>
/// <param name="ConservationLaws">The number of linear conservation laws found and held at their
/// initial totals (a reversible reaction A ⇌ B keeps A + B).</param>
public sealed record SteadyStateResult(
    CompiledModel Model,
    SteadyStateMethod Method,
    double Time,
    ImmutableArray<double> States,
    ImmutableArray<double> Values,
    int NewtonIterations,
    double IntegratedTime,
    double ScaledResidual,
    double LargestRate,
    string LargestRateState,
    int ConservationLaws)
{
    /// <summary>Whether some rate depends on time explicitly (the steady state is then that of the
    /// system frozen at <see cref="Time"/>).</summary>
    public bool DependsOnTime { get; init; }

    /// <summary>Why Newton's method failed before the path that converged (empty when it converged at once).</summary>
    public string NewtonFailure { get; init; } = string.Empty;

    /// <summary>The value of <paramref name="id"/> as the model's math means it: a species' concentration
    /// unless it has only substance units, else the stored value. Throws <see cref="ArgumentException"/>
    /// for an unknown id.</summary>
    public double Value(string id)
    {
        var symbol = Model.Find(id) ?? throw new ArgumentException($"no symbol '{id}' in model '{Model.Model.Id}'", nameof(id));
        var value = Values[symbol.ValueIndex];
        if (symbol.MathIsConcentration && !symbol.StoresConcentration && symbol.Compartment is { } compartment)
        {
            value /= Values[Model.Find(compartment)!.ValueIndex];
        }

        return value;
    }
}
