using Myokinetics.Analysis.Estimation;
using Myokinetics.Antimony;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Analysis.Tests.Estimation;

/// <summary>Synthetic measurements: a model simulated at true values, with seeded normal noise.</summary>
internal static class SyntheticData
{
    public static CompiledModel Compile(string antimony) => ModelCompiler.Compile(AntimonyReader.ReadString(antimony).Model);

    /// <summary>Measurements of <paramref name="observables"/> at <paramref name="times"/> with the model
    /// run at <paramref name="truth"/>; noise N(0, sd) with sd = relative·|value| + absolute (0 for none).</summary>
    public static ImmutableArray<Measurement> Make(
        CompiledModel model,
        IReadOnlyDictionary<string, double> truth,
        double[] times,
        string[] observables,
        string experiment = "",
        double relative = 0,
        double absolute = 0,
        bool withSd = true,
        int seed = 7)
    {
        var end = times.Max();
        var steps = (int)Math.Round(end / (times[1] - times[0]));
        var settings = new SimulationSettings(0, end, steps, AbsoluteTolerance: 1e-13, RelativeTolerance: 1e-11);
        var course = new Simulator(model).Run(settings, observables.Select(o => new OutputVariable(o)).ToList(), truth);
        var random = new Random(seed);
        var result = ImmutableArray.CreateBuilder<Measurement>();
        var line = 2;
        foreach (var observable in observables)
        {
            var column = course.Column(observable);
            for (var r = 0; r < course.RowCount; r++)
            {
                if (!times.Any(t => Math.Abs(t - course.Times[r]) < 1e-9))
                {
                    continue;
                }

                var sd = (relative * Math.Abs(column[r])) + absolute;
                var value = column[r] + (sd * Normal(random));
                result.Add(new Measurement(experiment, course.Times[r], observable, value, withSd ? (sd > 0 ? sd : 0.01) : null, new SourceLocation("synthetic.csv", line++)));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public static double[] Times(double step, double end) =>
        Enumerable.Range(0, (int)Math.Round(end / step) + 1).Select(i => i * step).ToArray();
}
