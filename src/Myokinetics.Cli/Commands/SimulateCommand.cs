using System.CommandLine;
using Myokinetics.Cli.Simulation;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics simulate [MODEL] --end T [options]</c>: a time course as CSV (and an HTML report).</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("simulate");
        var span = new TimeSpanOptions(100, "The number of equal output intervals: the CSV has steps + 1 rows.");
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

        var eps = new Option<string?>("--eps")
        {
            Description = "Simulate the built-in in-vitro model of one myotube well under electrical pulse stimulation instead (no MODEL): \"KIND [FREQUENCYHz] [PULSEms] [VOLTAGEV] DURATION [at TIME]\", KIND endurance (1 Hz continuous) or resistance (100 Hz trains of 200 ms every 5 s), e.g. \"endurance 1Hz 2ms 12V 24h\", \"resistance 100Hz 1h\". The columns are the medium concentrations (pg/mL), time in hours.",
            HelpName = "TEXT",
        };

        var command = new Command("simulate", "Simulate a model (by default the muscle–organ crosstalk model, with exercise, doses and a subject) and write its time course as CSV: a 'time' column, then one column per variable.")
        {
            model,
        };
        span.AddTo(command);
        command.Options.Add(variables);
        command.Options.Add(amounts);
        command.Options.Add(concentrations);
        var integration = new IntegrationOptions();
        integration.AddTo(command);
        command.Options.Add(output);
        var protocolOptions = new ProtocolOptions();
        protocolOptions.AddTo(command);
        command.Options.Add(report);
        command.Options.Add(eps);
        var atSteadyState = SteadyStartOption.Create();
        command.Options.Add(atSteadyState);
        ModelInput.RefuseBlank(command, model);
        command.SetAction((parse, token) =>
        {
            var request = new SimulateRequest(
                parse.GetValue(model),
                span.Read(parse),
                parse.GetResult(variables) is null ? null : parse.GetValue(variables),
                parse.GetValue(amounts) ?? [],
                parse.GetValue(concentrations) ?? [],
                integration.AbsoluteTolerance(parse),
                integration.RelativeTolerance(parse),
                integration.Integrator(parse),
                OutputPath(parse.GetValue(output)))
            {
                Protocol = protocolOptions.Read(parse),
                AtSteadyState = parse.GetValue(atSteadyState),
                ReportPath = parse.GetValue(report),
                Eps = parse.GetValue(eps),
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
