using System.CommandLine;
using Myokinetics.Analysis.Estimation;
using Myokinetics.Cli.Estimation;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics fit [MODEL] --data D.csv --parameters P.yaml --out DIR [--eps TEXT] [--predict TEXT [--end T]] [options]</c>:
/// estimate parameters from data, with confidence intervals, goodness of fit, the fitted model, an
/// optional EPS prediction and an optional HTML report.</summary>
internal static class FitCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("fit");
        var data = new Option<string>("--data")
        {
            Description = "The data: CSV with columns time, observable, value and optionally sd and experiment (times in the model's time units, hours for the crosstalk model; observables are model ids).",
            HelpName = "FILE",
            Required = true,
        };
        var parameters = new Option<string>("--parameters")
        {
            Description = "The parameters to fit: YAML 'parameters: { id: { lower, upper[, start][, scale: log|linear] } }', optionally 'profile: [ids]' and 'error: constant|proportional'.",
            HelpName = "FILE",
            Required = true,
        };
        var experiments = new Option<string?>("--experiments")
        {
            Description = "Several experiments: YAML 'experiments: { id: protocol-file | { exercise, dose, subject, protocol } | { eps: TEXT|none } }'; the data's experiment column names them. Without it the protocol options (or --eps) describe the one experiment.",
            HelpName = "FILE",
        };
        var method = new Option<string>("--method")
        {
            Description = "lm: Levenberg–Marquardt from the start; multistart: also from Latin-hypercube starts; de: differential evolution, then Levenberg–Marquardt.",
            HelpName = "lm|multistart|de",
            DefaultValueFactory = _ => "lm",
        };
        method.AcceptOnlyFromAmong("lm", "multistart", "de");
        var starts = new Option<int>("--starts")
        {
            Description = "Multistart: Latin-hypercube starts besides the given one; de: the population size (0: 10 per parameter, at least 15).",
            HelpName = "N",
            DefaultValueFactory = _ => 8,
            CustomParser = OptionParsers.NonNegativeInteger("--starts"),
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seeds the starts and differential evolution: the same seed gives the same numbers for any --threads.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        var threads = new Option<int?>("--threads")
        {
            Description = "Threads to use (default: all cores).",
            HelpName = "N",
            CustomParser = result => OptionParsers.PositiveInteger("--threads", "a number of threads")(result),
        };
        var iterations = new Option<int>("--max-iterations")
        {
            Description = "Levenberg–Marquardt iterations before the fit gives up (exit 2).",
            HelpName = "N",
            DefaultValueFactory = _ => 100,
            CustomParser = OptionParsers.PositiveInteger("--max-iterations", "a number of iterations"),
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder for estimates.csv (parameter, estimate, se, ci_low, ci_high, unit), fit.csv (experiment, time, observable, data, model, residual), fitted.ant (the model with the estimates) and, with --predict, prediction.csv.",
            HelpName = "DIR",
            Required = true,
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write a self-contained HTML report: data with error bars and the fitted curves, residuals, estimates and profiles.",
            HelpName = "FILE",
        };

        var eps = new Option<string?>("--eps")
        {
            Description = "Fit the built-in in-vitro EPS model of a myotube well (or a MODEL with its stimulator inputs) under this stimulation, as simulate --eps takes it, e.g. \"endurance 1Hz 2ms 12V 24h\".",
            HelpName = "TEXT",
        };
        var predict = new Option<string?>("--predict")
        {
            Description = "After an EPS fit, also simulate the fitted model under this EPS stimulation (e.g. \"resistance 100Hz 1h\") and write DIR/prediction.csv (time, then the fitted observables); with --report, plot it.",
            HelpName = "TEXT",
        };
        var predictEnd = new Option<TimeArgument?>("--end")
        {
            Description = "Where the prediction ends (e.g. 48h; default: the end of the stimulation or the last data time, whichever is later).",
            HelpName = "TIME",
            CustomParser = result => OptionParsers.Time("--end", positive: true)(result),
        };

        var command = new Command("fit", "Estimate parameters of a model (by default the crosstalk model) from data: weighted least squares, or maximum likelihood with an estimated error when the data have no sd; confidence intervals from the Fisher information or the profile likelihood.")
        {
            model,
            data,
            parameters,
            experiments,
            method,
            starts,
            seed,
            threads,
            iterations,
            output,
        };
        var integration = new IntegrationOptions();
        integration.AddTo(command);
        var protocolOptions = new ProtocolOptions();
        protocolOptions.AddTo(command);
        command.Options.Add(report);
        command.Options.Add(eps);
        command.Options.Add(predict);
        command.Options.Add(predictEnd);
        ModelInput.RefuseBlank(command, model);
        command.SetAction((parse, token) =>
        {
            var chosen = parse.GetValue(method) switch
            {
                "multistart" => FitMethod.Multistart,
                "de" => FitMethod.DifferentialEvolution,
                _ => FitMethod.LevenbergMarquardt,
            };
            var options = new FitOptions(
                chosen,
                Starts: parse.GetValue(starts),
                Seed: parse.GetValue(seed),
                MaxDegreeOfParallelism: parse.GetValue(threads),
                MaxIterations: parse.GetValue(iterations),
                PopulationSize: chosen == FitMethod.DifferentialEvolution ? parse.GetValue(starts) : 0,
                RelativeTolerance: integration.RelativeTolerance(parse),
                AbsoluteTolerance: integration.AbsoluteTolerance(parse),
                Integrator: integration.Integrator(parse));
            var request = new FitRequest(
                parse.GetValue(model),
                parse.GetValue(data)!,
                parse.GetValue(parameters)!,
                parse.GetValue(experiments),
                protocolOptions.Read(parse),
                options,
                parse.GetValue(output)!,
                parse.GetValue(report))
            {
                Eps = parse.GetValue(eps),
                Predict = parse.GetValue(predict),
                PredictEnd = parse.GetValue(predictEnd),
            };
            var configuration = parse.InvocationConfiguration;
            FitJob.Run(request, configuration.Output, configuration.Error, GlobalOptions.IsVerbose(parse), token);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
