using System.Globalization;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// A compiled model as an <see cref="ISensitivityModel"/>: each evaluation runs one simulation with the
/// parameters changed (the model is compiled once and shared) and reduces the time course to the
/// output features. A simulation that fails reports the parameter values it ran with.
/// </summary>
public sealed class SimulationModel : ISensitivityModel
{
    private readonly Simulator simulator;
    private readonly SimulationSettings settings;
    private readonly ImmutableArray<string> parameterIds;
    private readonly ImmutableArray<OutputFeature> features;
    private readonly OutputVariable[] variables;
    private readonly int[] featureColumn;

    /// <param name="model">The compiled model.</param>
    /// <param name="settings">Times, tolerances and method of every run.</param>
    /// <param name="parameters">The ids varied, in the order of the parameter values passed to <see cref="Evaluate"/>.</param>
    /// <param name="features">The outputs.</param>
    /// <exception cref="SensitivityInputException">A parameter or a feature's variable is unknown, or a feature's time is outside the run.</exception>
    public SimulationModel(CompiledModel model, SimulationSettings settings, IReadOnlyList<string> parameters, IReadOnlyList<OutputFeature> features)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count == 0)
        {
            throw new SensitivityInputException("no outputs: name at least one feature, e.g. peak(X)");
        }

        Nominal = SensitivityTargets.NominalValues(model, parameters);
        SensitivityTargets.CheckVariables(model, features.Select(f => (f.Variable, $"output '{f.Text}'")));
        foreach (var feature in features)
        {
            feature.Validate(settings.Start, settings.End);
        }

        simulator = new Simulator(model);
        this.settings = settings;
        parameterIds = [.. parameters];
        this.features = [.. features];
        var distinct = features.Select(f => f.Variable).Distinct(StringComparer.Ordinal).ToList();
        variables = [.. distinct.Select(v => new OutputVariable(v))];
        featureColumn = [.. features.Select(f => distinct.IndexOf(f.Variable))];
        OutputNames = [.. features.Select(f => f.Text)];
    }

    /// <summary>The declared values of the parameters (before any change).</summary>
    public ImmutableArray<double> Nominal { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> OutputNames { get; }

    /// <inheritdoc/>
    public void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<string, double>(parameterIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < parameterIds.Length; i++)
        {
            changes[parameterIds[i]] = parameters[i];
        }

        var sink = new ColumnSink(variables.Length, settings.Steps + 1);
        try
        {
            simulator.Run(settings, variables, sink, changes, cancellationToken);
        }
        catch (SimulationException ex)
        {
            var values = string.Join(", ", changes.Select(c => $"{c.Key}={c.Value.ToString("G6", CultureInfo.InvariantCulture)}"));
            throw new SimulationException($"with {values}: {ex.Message}", ex.Time, ex.Variable, ex);
        }

        var times = sink.Times;
        var columns = new double[variables.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = sink.Column(c);
        }

        for (var f = 0; f < features.Length; f++)
        {
            outputs[f] = features[f].Evaluate(times, columns[featureColumn[f]]);
        }
    }
}
