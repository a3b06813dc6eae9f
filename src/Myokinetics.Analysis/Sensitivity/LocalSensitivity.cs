using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// Local sensitivity by central differences of whole simulations: for each parameter p, runs at
/// p(1 + h) and p(1 − h) beside the nominal run, all in parallel, giving ∂y/∂p ≈ (y₊ − y₋)/(2hp) at
/// every output time and for every output feature, with error O(h²) plus the runs' integration error
/// over 2hp (see <see cref="LocalSensitivityOptions"/>). Differencing whole runs keeps every event of
/// the model (exercise sessions, doses) and its effect on the sensitivities exactly as the simulator
/// executes it; the compiled model offers ∂f/∂y and ∂f/∂t but not ∂f/∂p, and forward sensitivity
/// equations would also need the jump of the sensitivities at each event.
/// </summary>
public static class LocalSensitivity
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="model">The compiled model.</param>
    /// <param name="settings">Output times and method; the relative tolerance is capped by the options.</param>
    /// <param name="parameters">Ids of the parameters, compartments or species (initial values) to differentiate by.</param>
    /// <param name="variables">The variables whose sensitivities are resolved in time (may be empty).</param>
    /// <param name="features">Scalar outputs (may be empty).</param>
    /// <param name="options">Step, tolerance, threads (null: defaults).</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    /// <exception cref="SensitivityInputException">An unknown parameter, variable or feature.</exception>
    public static LocalSensitivityResult Run(
        CompiledModel model,
        SimulationSettings settings,
        IReadOnlyList<string> parameters,
        IReadOnlyList<string> variables,
        IReadOnlyList<OutputFeature> features,
        LocalSensitivityOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(features);
        options ??= LocalSensitivityOptions.Default;
        var nominal = SensitivityTargets.NominalValues(model, parameters);
        SensitivityTargets.CheckVariables(model, variables.Select(v => (v, "variable")));
        SensitivityTargets.CheckVariables(model, features.Select(f => (f.Variable, $"output '{f.Text}'")));
        foreach (var feature in features)
        {
            feature.Validate(settings.Start, settings.End);
        }

        var tolerance = Math.Min(settings.RelativeTolerance, options.MaxRelativeTolerance);
        var relativeStep = options.RelativeStep ?? Math.Cbrt(tolerance);
        if (!(relativeStep > 0) || !(relativeStep < 1))
        {
            throw new SensitivityInputException($"the relative step must be between 0 and 1, got {relativeStep}");
        }

        var runSettings = settings with { RelativeTolerance = tolerance };
        var columns = variables.Concat(features.Select(f => f.Variable)).Distinct(StringComparer.Ordinal).ToList();
        var outputs = columns.Select(c => new OutputVariable(c)).ToArray();
        var steps = nominal.Select(p => p == 0 ? relativeStep : relativeStep * Math.Abs(p)).ToArray();
        var simulator = new Simulator(model);
        var runs = new (double[] Times, double[][] Columns)[(2 * parameters.Count) + 1];
        ParallelRuns.For(runs.Length, options.Threads, i =>
        {
            var changes = new Dictionary<string, double>(StringComparer.Ordinal);
            if (i > 0)
            {
                var p = (i - 1) / 2;
                changes[parameters[p]] = nominal[p] + (i % 2 == 1 ? steps[p] : -steps[p]);
            }

            var sink = new ColumnSink(outputs.Length, settings.Steps + 1);
            try
            {
                simulator.Run(runSettings, outputs, sink, changes, cancellationToken);
            }
            catch (SimulationException ex) when (i > 0)
            {
                var (id, value) = changes.First();
                throw new SimulationException($"with {id}={value:G6} (the nominal value stepped for a central difference): {ex.Message}", ex.Time, ex.Variable, ex);
            }

            runs[i] = (sink.Times, [.. Enumerable.Range(0, outputs.Length).Select(sink.Column)]);
        }, cancellationToken);

        return Assemble(parameters, nominal, steps, tolerance, variables, features, columns, runs);
    }

    private static LocalSensitivityResult Assemble(
        IReadOnlyList<string> parameters,
        ImmutableArray<double> nominal,
        double[] steps,
        double tolerance,
        IReadOnlyList<string> variables,
        IReadOnlyList<OutputFeature> features,
        List<string> columns,
        (double[] Times, double[][] Columns)[] runs)
    {
        var times = runs[0].Times;
        var variableColumn = variables.Select(v => columns.IndexOf(v)).ToArray();
        var course = new double[times.Length * variables.Count];
        for (var t = 0; t < times.Length; t++)
        {
            for (var v = 0; v < variables.Count; v++)
            {
                course[(t * variables.Count) + v] = runs[0].Columns[variableColumn[v]][t];
            }
        }

        var derivatives = new double[parameters.Count * times.Length * variables.Count];
        var featureDerivatives = new double[parameters.Count * features.Count];
        double FeatureOf(int run, int f) => features[f].Evaluate(runs[run].Times, runs[run].Columns[columns.IndexOf(features[f].Variable)]);
        for (var p = 0; p < parameters.Count; p++)
        {
            var (up, down) = (runs[(2 * p) + 1], runs[(2 * p) + 2]);
            for (var t = 0; t < times.Length; t++)
            {
                for (var v = 0; v < variables.Count; v++)
                {
                    var c = variableColumn[v];
                    derivatives[(((p * times.Length) + t) * variables.Count) + v] = (up.Columns[c][t] - down.Columns[c][t]) / (2 * steps[p]);
                }
            }

            for (var f = 0; f < features.Count; f++)
            {
                featureDerivatives[(p * features.Count) + f] = (FeatureOf((2 * p) + 1, f) - FeatureOf((2 * p) + 2, f)) / (2 * steps[p]);
            }
        }

        return new LocalSensitivityResult(
            [.. parameters],
            nominal,
            [.. steps],
            tolerance,
            [.. variables],
            [.. times],
            [.. course],
            [.. derivatives],
            [.. features.Select(f => f.Text)],
            [.. Enumerable.Range(0, features.Count).Select(f => FeatureOf(0, f))],
            [.. featureDerivatives]);
    }
}
