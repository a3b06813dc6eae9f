namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// What the global methods evaluate: parameter values in, one value per named output out. Must be
/// thread-safe (evaluations run in parallel) and deterministic (same parameters, same outputs).
/// </summary>
public interface ISensitivityModel
{
    /// <summary>The names of the outputs, in the order <see cref="Evaluate"/> writes them.</summary>
    IReadOnlyList<string> OutputNames { get; }

    /// <summary>Evaluates the outputs at <paramref name="parameters"/> (values, not unit fractions).</summary>
    void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs, CancellationToken cancellationToken);
}
