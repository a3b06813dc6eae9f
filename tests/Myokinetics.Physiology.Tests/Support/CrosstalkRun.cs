using Myokinetics.Core.Compile;
using Myokinetics.Core.Model;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Physiology.Crosstalk;
using Myokinetics.Physiology.Protocols;

namespace Myokinetics.Physiology.Tests.Support;

/// <summary>Runs the crosstalk model for tests: protocol in, time course out (time in hours).</summary>
internal static class CrosstalkRun
{
    private static readonly Lazy<Model> BaseModel = new(() => CrosstalkModel.Read().Model);

    /// <summary>The crosstalk model as read from models/crosstalk.</summary>
    public static Model Model => BaseModel.Value;

    /// <summary>Simulates <paramref name="protocol"/> from 0 to <paramref name="end"/> hours with output every
    /// <paramref name="step"/> hours. <paramref name="changes"/> set subject parameters before the start.</summary>
    public static TimeCourse Run(Protocol protocol, double end, double step, string[] variables, IReadOnlyDictionary<string, double>? changes = null)
    {
        var model = ProtocolApplier.Apply(Model, protocol);
        var compiled = ModelCompiler.Compile(model);
        var steps = (int)System.Math.Round(end / step);
        var settings = new SimulationSettings(0, end, steps, AbsoluteTolerance: 1e-10, RelativeTolerance: 1e-8);
        return new Simulator(compiled).Run(settings, variables.Select(v => new OutputVariable(v)).ToList(), changes);
    }

    /// <summary>One session and nothing else.</summary>
    public static Protocol Session(ExerciseSession session) => new([session], ImmutableArray<Dose>.Empty);

    /// <summary>The value of <paramref name="variable"/> at the output time nearest <paramref name="time"/>.</summary>
    public static double At(this TimeCourse result, string variable, double time)
    {
        var times = result.Times;
        var best = 0;
        for (var i = 1; i < times.Count; i++)
        {
            if (System.Math.Abs(times[i] - time) < System.Math.Abs(times[best] - time))
            {
                best = i;
            }
        }

        return result.Column(variable)[best];
    }

    /// <summary>The largest value of <paramref name="variable"/> and when it occurs.</summary>
    public static (double Value, double Time) Peak(this TimeCourse result, string variable)
    {
        var column = result.Column(variable);
        var index = Array.IndexOf(column, column.Max());
        return (column[index], result.Times[index]);
    }
}
