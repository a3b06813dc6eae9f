using System.CommandLine;
using Myokinetics.Analysis.SteadyState;
using Myokinetics.Cli.Estimation;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics steady-state [MODEL] [--subject …] [--out F.csv]</c>: the model's steady state
/// as CSV (<c>id,value,unit</c>).</summary>
internal static class SteadyStateCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("solve");
        var time = new Option<TimeArgument>("--time")
        {
            Description = "When to evaluate rates that depend on time explicitly (as --end of simulate).",
            HelpName = "T",
            DefaultValueFactory = _ => new TimeArgument("--time", "0", 0, null),
            CustomParser = OptionParsers.Time("--time"),
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write the CSV to this file (complete or not at all) instead of standard output.",
            HelpName = "FILE",
        };
        var command = new Command("steady-state", "Find the steady state (every rate zero) by Newton's method with the analytic Jacobian, integrating towards it first when Newton's method fails; write id,value,unit for every state and every assigned quantity. Events (sessions, doses) are not executed.")
        {
            model,
            time,
        };
        var integration = new IntegrationOptions();
        integration.AddTo(command);
        command.Options.Add(output);
        var protocolOptions = new ProtocolOptions();
        protocolOptions.AddTo(command);
        ModelInput.RefuseBlank(command, model);
        command.SetAction((parse, token) =>
        {
            var options = SteadyStateOptions.Default with
            {
                IntegrationAbsoluteTolerance = integration.AbsoluteTolerance(parse),
                IntegrationRelativeTolerance = integration.RelativeTolerance(parse),
                Integrator = integration.Integrator(parse),
            };
            var request = new SteadyStateRequest(parse.GetValue(model), protocolOptions.Read(parse), parse.GetValue(time), options, SimulateCommand.OutputPath(parse.GetValue(output)));
            var configuration = parse.InvocationConfiguration;
            SteadyStateJob.Run(request, configuration.Output, configuration.Error, GlobalOptions.IsVerbose(parse), token);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
