namespace Myokinetics.Analysis.Sensitivity;

/// <summary>Writes the outputs of a function at the given parameter values.</summary>
public delegate void ModelFunction(ReadOnlySpan<double> parameters, Span<double> outputs);

/// <summary>An <see cref="ISensitivityModel"/> given by a thread-safe function (analytic test functions,
/// or any model the caller evaluates itself).</summary>
public sealed class FunctionModel : ISensitivityModel
{
    private readonly ModelFunction function;

    public FunctionModel(IReadOnlyList<string> outputNames, ModelFunction function)
    {
        ArgumentNullException.ThrowIfNull(outputNames);
        ArgumentNullException.ThrowIfNull(function);
        OutputNames = outputNames;
        this.function = function;
    }

    public IReadOnlyList<string> OutputNames { get; }

    public void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs, CancellationToken cancellationToken) =>
        function(parameters, outputs);
}
