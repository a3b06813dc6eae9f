using System.CommandLine;
using Myokinetics.Cli.Simulation;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// The output time span every verb that simulates over time shares: <c>--end</c> (required),
/// <c>--start</c> (default 0), <c>--steps</c> (the verb's default) and <c>--step</c> (instead of
/// <c>--steps</c>). A verb leaves out <c>--start</c> or <c>--step</c> when they do not apply to it.
/// </summary>
internal sealed class TimeSpanOptions
{
    private static readonly TimeArgument ZeroStart = new("--start", "0", 0, null);

    private readonly Option<TimeArgument> end = new("--end")
    {
        Description = "The last output time: a number with a unit (s, min, h, d, w; e.g. 24h, 12w) or a plain number in the model's time units (hours for the crosstalk model).",
        HelpName = "T",
        Required = true,
        CustomParser = OptionParsers.Time("--end"),
    };

    private readonly Option<TimeArgument>? start;

    private readonly Option<int> steps;

    private readonly Option<TimeArgument?>? step;

    /// <summary>The options of one verb.</summary>
    /// <param name="defaultSteps">The default number of output intervals (at least 1).</param>
    /// <param name="stepsDescription">What <c>--steps</c> means for the verb.</param>
    /// <param name="withStart">Whether the verb has <c>--start</c> (otherwise every run starts at 0).</param>
    /// <param name="withStep">Whether the verb has <c>--step</c>.</param>
    public TimeSpanOptions(int defaultSteps, string stepsDescription, bool withStart = true, bool withStep = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(defaultSteps, 1);
        ArgumentNullException.ThrowIfNull(stepsDescription);
        start = withStart
            ? new Option<TimeArgument>("--start")
            {
                Description = "The first output time, where the simulation starts (as --end).",
                HelpName = "T",
                DefaultValueFactory = _ => ZeroStart,
                CustomParser = OptionParsers.Time("--start"),
            }
            : null;
        steps = new Option<int>("--steps")
        {
            Description = stepsDescription,
            HelpName = "N",
            DefaultValueFactory = _ => defaultSteps,
            CustomParser = OptionParsers.PositiveInteger("--steps", "the number of output intervals"),
        };
        step = withStep
            ? new Option<TimeArgument?>("--step")
            {
                Description = "The output interval instead of --steps (as --end, e.g. 5min); it must divide the time span into whole steps.",
                HelpName = "T",
                CustomParser = result => OptionParsers.Time("--step", positive: true)(result),
            }
            : null;
    }

    /// <summary>Adds <c>--end</c>, <c>--start</c>, <c>--steps</c> and <c>--step</c> (those the verb has, in
    /// that order) to <paramref name="command"/>, and refuses <c>--steps</c> given together with <c>--step</c>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(end);
        if (start is not null)
        {
            command.Options.Add(start);
        }

        command.Options.Add(steps);
        if (step is not null)
        {
            command.Options.Add(step);
            command.Validators.Add(result =>
            {
                if (result.GetResult(steps) is { Implicit: false } && result.GetResult(step) is not null)
                {
                    result.AddError("give either --steps or --step, not both");
                }
            });
        }
    }

    /// <summary>The values given on the command line.</summary>
    public TimeSpanRequest Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new TimeSpanRequest(
            start is null ? ZeroStart : parse.GetValue(start),
            parse.GetValue(end),
            parse.GetValue(steps),
            step is null ? null : parse.GetValue(step));
    }
}
