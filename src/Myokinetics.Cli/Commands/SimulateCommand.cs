using System.CommandLine;
using Myokinetics.Cli.Simulation;
using Myokinetics.Core.Simulate;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics simulate MODEL --end T [options]</c>: a time course as CSV.</summary>
internal static class SimulateCommand
{
    private static readonly SimulationSettings Defaults = new(0, 1, 1);

    public static Command Create()
    {
        var model = ModelInput.CreateArgument("simulate");
        var end = new Option<double>("--end")
        {
            Description = "The last output time, in the model's time units.",
            HelpName = "T",
            Required = true,
            CustomParser = OptionParsers.FiniteNumber("--end", "a time (a number in the model's time units)"),
        };
        var start = new Option<double>("--start")
        {
            Description = "The first output time, where the simulation starts, in the model's time units.",
            HelpName = "T",
            DefaultValueFactory = _ => 0.0,
            CustomParser = OptionParsers.FiniteNumber("--start", "a time (a number in the model's time units)"),
        };
        var steps = new Option<int>("--steps")
        {
            Description = "The number of equal output intervals: the CSV has steps + 1 rows.",
            HelpName = "N",
            DefaultValueFactory = _ => 100,
            CustomParser = OptionParsers.PositiveInteger("--steps", "the number of output intervals"),
        };
        var variables = new Option<string[]>("--variables")
        {
            Description = "The columns after time, comma-separated ids of species, compartments, parameters, reactions (rates) or species references. Default: every species, then every parameter and compartment that changes.",
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
        var absoluteTolerance = new Option<double>("--absolute-tolerance")
        {
            Description = "The integrator's absolute tolerance.",
            HelpName = "x",
            DefaultValueFactory = _ => Defaults.AbsoluteTolerance,
            CustomParser = OptionParsers.PositiveNumber("--absolute-tolerance", "a tolerance"),
        };
        var relativeTolerance = new Option<double>("--relative-tolerance")
        {
            Description = "The integrator's relative tolerance.",
            HelpName = "y",
            DefaultValueFactory = _ => Defaults.RelativeTolerance,
            CustomParser = OptionParsers.PositiveNumber("--relative-tolerance", "a tolerance"),
        };
        var integrator = new Option<string>("--integrator")
        {
            Description = "auto: Dormand–Prince, switching to Rodas when the problem turns stiff; dopri5: Dormand–Prince 5(4) (non-stiff); rodas: Rodas Rosenbrock (stiff).",
            HelpName = "auto|dopri5|rodas",
            DefaultValueFactory = _ => "auto",
        };
        integrator.AcceptOnlyFromAmong("auto", "dopri5", "rodas");
        var output = new Option<string?>("--out")
        {
            Description = "Write the CSV to this file (complete or not at all) instead of standard output.",
            HelpName = "FILE",
        };

        var command = new Command("simulate", "Simulate a model and write its time course as CSV: a 'time' column, then one column per variable.")
        {
            model,
            end,
            start,
            steps,
            variables,
            amounts,
            concentrations,
            absoluteTolerance,
            relativeTolerance,
            integrator,
            output,
        };
        ModelInput.Require(command, model, "simulate");
        command.SetAction((parse, token) =>
        {
            var request = new SimulateRequest(
                parse.GetValue(model)!,
                parse.GetValue(start),
                parse.GetValue(end),
                parse.GetValue(steps),
                parse.GetResult(variables) is null ? null : parse.GetValue(variables),
                parse.GetValue(amounts) ?? [],
                parse.GetValue(concentrations) ?? [],
                parse.GetValue(absoluteTolerance),
                parse.GetValue(relativeTolerance),
                Integrator(parse.GetValue(integrator)),
                OutputPath(parse.GetValue(output)));
            var configuration = parse.InvocationConfiguration;
            SimulationJob.Run(request, configuration.Output, configuration.Error, GlobalOptions.IsVerbose(parse), token);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary><c>--out -</c> means standard output, as for most command-line tools.</summary>
    internal static string? OutputPath(string? path) => path is null or "-" ? null : path;

    private static IntegratorKind Integrator(string? name) => name switch
    {
        "dopri5" => IntegratorKind.DormandPrince,
        "rodas" => IntegratorKind.Rosenbrock,
        _ => IntegratorKind.Auto,
    };
}
