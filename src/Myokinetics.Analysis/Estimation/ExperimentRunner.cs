using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Analysis.Estimation;

/// <summary>
/// Simulates one experiment and reads the model's value at every measurement. The simulator writes
/// outputs on an equal grid, so the grid is chosen to contain every measurement time: the coarsest of
/// at most <see cref="MaxGrid"/> intervals on which each time lies (to 1e-9 of an interval). When no such
/// grid exists (times without a common divisor), the finest grid is used and values are interpolated
/// linearly between its points (spacing = span / 100,000, far below the dynamics of any model here).
/// Output times do not limit the integrator's steps, so the grid costs only the output rows.
/// </summary>
internal sealed class ExperimentRunner
{
    /// <summary>The most output intervals of one experiment's grid.</summary>
    public const int MaxGrid = 100_000;

    private readonly FitExperiment experiment;
    private readonly Simulator simulator;
    private readonly SimulationSettings settings;
    private readonly OutputVariable[] outputs;
    private readonly int[] column;
    private readonly int[] lowRow;
    private readonly double[] weight;
    private readonly int[] wantedRows;

    public ExperimentRunner(FitExperiment experiment, FitOptions options)
    {
        this.experiment = experiment;
        simulator = new Simulator(experiment.Model);
        var data = experiment.Data;
        var observables = data.Select(d => d.Observable).Distinct(StringComparer.Ordinal).ToArray();
        outputs = observables.Select(o => new OutputVariable(o)).ToArray();
        column = data.Select(d => Array.IndexOf(observables, d.Observable)).ToArray();
        var start = experiment.Start;
        var end = data.Max(d => d.Time);
        var span = end > start ? end - start : 1;
        var relative = data.Select(d => (d.Time - start) / span).ToArray();
        var steps = CommonGrid(relative);
        var exact = steps > 0;
        steps = exact ? steps : MaxGrid;
        lowRow = new int[data.Length];
        weight = new double[data.Length];
        for (var k = 0; k < data.Length; k++)
        {
            var position = relative[k] * steps;
            if (exact)
            {
                lowRow[k] = (int)Math.Round(position);
            }
            else
            {
                lowRow[k] = Math.Min((int)Math.Floor(position), steps - 1);
                weight[k] = position - lowRow[k];
            }
        }

        wantedRows = lowRow.Concat(exact ? [] : lowRow.Select(r => r + 1)).Distinct().Order().ToArray();
        settings = new SimulationSettings(start, start + span, steps, options.AbsoluteTolerance, options.RelativeTolerance, options.Integrator);
    }

    public FitExperiment Experiment => experiment;

    /// <summary>Simulates with <paramref name="changes"/> and writes the model's value at each
    /// measurement into <paramref name="predictions"/>; returns the failure's message when the
    /// simulation could not go on (or gave a value that is not finite), else null.</summary>
    public string? Predict(IReadOnlyDictionary<string, double> changes, Span<double> predictions, CancellationToken cancellationToken)
    {
        var sink = new RowSampler(wantedRows, outputs.Length);
        try
        {
            simulator.Run(settings, outputs, sink, changes, cancellationToken);
        }
        catch (MyokineticsException ex)
        {
            return ex.Message;
        }

        for (var k = 0; k < lowRow.Length; k++)
        {
            var low = sink.Value(lowRow[k], column[k]);
            var value = weight[k] == 0 ? low : low + (weight[k] * (sink.Value(lowRow[k] + 1, column[k]) - low));
            if (!double.IsFinite(value))
            {
                return $"the model's {experiment.Data[k].Observable} is {value} at t = {experiment.Data[k].Time}";
            }

            predictions[k] = value;
        }

        return null;
    }

    /// <summary>The model's values of the experiment's observables on <paramref name="steps"/> + 1
    /// equally spaced times from the start to the last measurement (for plots).</summary>
    public TimeCourse Curve(IReadOnlyDictionary<string, double> changes, int steps, CancellationToken cancellationToken) =>
        simulator.Run(settings with { Steps = steps }, outputs, changes, cancellationToken);

    /// <summary>The fewest intervals (≤ <see cref="MaxGrid"/>) on which every relative time in [0, 1]
    /// lies on a grid point, or 0 when there is none.</summary>
    private static int CommonGrid(double[] relative)
    {
        var distinct = relative.Distinct().ToArray();
        for (var n = 1; n <= MaxGrid; n++)
        {
            var fits = true;
            foreach (var r in distinct)
            {
                var position = r * n;
                if (Math.Abs(position - Math.Round(position)) > 1e-9 * Math.Max(1, n))
                {
                    fits = false;
                    break;
                }
            }

            if (fits)
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>Keeps only the wanted rows of a simulation's output.</summary>
    private sealed class RowSampler(int[] wanted, int columns) : ITimeCourseSink
    {
        private readonly double[] values = new double[wanted.Length * columns];
        private int row;
        private int next;

        public double Value(int rowIndex, int columnIndex) =>
            values[(Array.BinarySearch(wanted, rowIndex) * columns) + columnIndex];

        public void Begin(IReadOnlyList<string> names)
        {
            row = 0;
            next = 0;
        }

        public void Row(double time, ReadOnlySpan<double> rowValues)
        {
            if (next < wanted.Length && wanted[next] == row)
            {
                rowValues.CopyTo(values.AsSpan(next * columns, columns));
                next++;
            }

            row++;
        }

        public void End()
        {
        }
    }
}
