using System.CommandLine;
using Myokinetics.Cli.Simulation;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics simulate [MODEL] --end T [options]</c>: a time course as CSV (and an HTML report).</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("simulate");
        var end = new Option<TimeArgument>("--end")
        {
            Description = "The last output time: a number with a unit (s, min, h, d, w; e.g. 24h, 12w) or a plain number in the model's time units (hours for the crosstalk model).",
            HelpName = "T",
            Required = true,
            CustomParser = OptionParsers.Time("--end"),
        };
        var start = new Option<TimeArgument>("--start")
        {
            Description = "The first output time, where the simulation starts (as --end).",
            HelpName = "T",
            DefaultValueFactory = _ => new TimeArgument("--start", "0", 0, null),
            CustomParser = OptionParsers.Time("--start"),
        };
        var steps = new Option<int>("--steps")
        {
            Description = "The number of equal output intervals: the CSV has steps + 1 rows.",
            HelpName = "N",
            DefaultValueFactory = _ => 100,
            CustomParser = OptionParsers.PositiveInteger("--steps", "the number of output intervals"),
        };
        var step = new Option<TimeArgument?>("--step")
        {
            Description = "The output interval instead of --steps (as --end, e.g. 5min); it must divide the time span into whole steps.",
            HelpName = "T",
            CustomParser = result => OptionParsers.Time("--step", positive: true)(result),
        };
        var variables = new Option<string[]>("--variables")
        {
            Description = "The columns after time, comma-separated ids of species, compartments, parameters, reactions (rates) or species references. Default: the observables of the crosstalk model; for another model every species, then every parameter and compartment that changes.",
            HelpName = "a,b,c",
            CustomParser = OptionParsers.IdList("--variables"),
        };
        var amounts = new Option<string[]>("--amounts")
        {
            Description = "Write these species as amounts (added to the columns if not listed).",
            HelpName = "a,b",
            CustomParser = OptionParsers.IdList("--amounts"),
        };
        var concentrations = new Option<string[]>("--concentrations")
        {
            Description = "Write these species as concentrations (added to the columns if not listed). A species not named here or in --amounts is written as the model's math uses it: its concentration, or its amount when it has only substance units.",
            HelpName = "c,d",
            CustomParser = OptionParsers.IdList("--concentrations"),
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write the CSV to this file (complete or not at all) instead of standard output.",
            HelpName = "FILE",
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write a self-contained HTML report (plots of the observables, the protocol on the time axis, the subject) to this file.",
            HelpName = "FILE",
        };

        var command = new Command("simulate", "Simulate a model (by default the muscle–organ crosstalk model, with exercise, doses and a subject) and write its time course as CSV: a 'time' column, then one column per variable.")
        {
            model,
            end,
            start,
            steps,
            step,
            variables,
            amounts,
            concentrations,
        };
        var integration = new IntegrationOptions();
        integration.AddTo(command);
        command.Options.Add(output);
        var protocolOptions = new ProtocolOptions();
        protocolOptions.AddTo(command);
        command.Options.Add(report);
        ModelInput.RefuseBlank(command, model);
        command.Validators.Add(result =>
        {
            if (result.GetResult(steps) is { Implicit: false } && result.GetResult(step) is not null)
            {
                result.AddError("give either --steps or --step, not both");
            }
        });
        command.SetAction((parse, token) =>
        {
            var request = new SimulateRequest(
                parse.GetValue(model),
                parse.GetValue(start),
                parse.GetValue(end),
                parse.GetValue(steps),
                parse.GetValue(step),
                parse.GetResult(variables) is null ? null : parse.GetValue(variables),
                parse.GetValue(amounts) ?? [],
                parse.GetValue(concentrations) ?? [],
                integration.AbsoluteTolerance(parse),
                integration.RelativeTolerance(parse),
                integration.Integrator(parse),
                OutputPath(parse.GetValue(output)))
            {
                Protocol = protocolOptions.Read(parse),
                ReportPath = parse.GetValue(report),
            };
            var configuration = parse.InvocationConfiguration;
            SimulationJob.Run(request, configuration.Output, configuration.Error, GlobalOptions.IsVerbose(parse), token);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary><c>--out -</c> means standard output, as for most command-line tools.</summary>
    internal static string? OutputPath(string? path) => path is null or "-" ? null : path;
}
