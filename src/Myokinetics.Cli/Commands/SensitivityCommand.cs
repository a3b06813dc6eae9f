using System.CommandLine;
using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Cli.Sensitivity;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// <c>myokinetics sensitivity [MODEL] --method local|morris|sobol --parameters … --outputs … --end T --out DIR</c>:
/// local sensitivity coefficients, Morris screening or Sobol' indices of a model's outputs, as tidy CSV tables
/// (and an HTML report with tornado charts and, for the local method, sensitivities over time).
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("analyse");
        var method = new Option<string>("--method")
        {
            Description = "local: normalised coefficients (∂y/∂p)(p/y) at the model's values, over time and for each output; morris: elementary-effects screening over the ranges; sobol: first- and total-order Sobol' indices over the ranges.",
            HelpName = "local|morris|sobol",
            DefaultValueFactory = _ => "local",
        };
        method.AcceptOnlyFromAmong("local", "morris", "sobol");
        var parameters = new Option<string>("--parameters")
        {
            Description = "The parameters to vary: ids separated by commas, each optionally with =RANGE (±X%, LO..HI, or *F for nominal/F..nominal×F) and :log or :linear, e.g. \"il6_k_other=±50%:log,il6_release_max\"; or a YAML file (.yaml/.yml) mapping ids to a range or to {range|min+max, scale}.",
            HelpName = "p1,p2|FILE",
            Required = true,
        };
        var outputs = new Option<string?>("--outputs")
        {
            Description = "The scalar outputs, separated by commas: X@T (value at a time), peak(X), tpeak(X), min(X), auc(X), each of the last four optionally over a window, e.g. \"peak(IL6_plasma),auc(glucose_plasma, 0h, 24h),IL6_plasma@2h\". Required for morris and sobol.",
            HelpName = "FEATURES",
        };
        var variables = new Option<string[]>("--variables")
        {
            Description = "local: the variables whose coefficients are resolved over time (default: the variables of --outputs).",
            HelpName = "a,b",
            CustomParser = OptionParsers.IdList("--variables"),
        };
        var range = new Option<string>("--range")
        {
            Description = "The range of a parameter that gives none (morris, sobol): ±X%, LO..HI or *F.",
            HelpName = "RANGE",
            DefaultValueFactory = _ => "±20%",
        };
        var scale = new Option<string>("--scale")
        {
            Description = "The sampling scale of a parameter that gives none: linear, or log (uniform in the logarithm; positive ranges only).",
            HelpName = "linear|log",
            DefaultValueFactory = _ => "linear",
        };
        scale.AcceptOnlyFromAmong("linear", "log");
        var samples = new Option<int?>("--samples")
        {
            Description = "morris: the number of trajectories r (default 20; r(k+1) simulations); sobol: the base sample size N (default 1024; a power of two is best; N(k+2) simulations).",
            HelpName = "N",
            CustomParser = result => OptionParsers.PositiveInteger("--samples", "a sample count")(result),
        };
        var levels = new Option<int>("--levels")
        {
            Description = "morris: grid levels per parameter (even).",
            HelpName = "P",
            DefaultValueFactory = _ => 4,
            CustomParser = OptionParsers.PositiveInteger("--levels", "a number of levels"),
        };
        var bootstrap = new Option<int>("--bootstrap")
        {
            Description = "morris, sobol: bootstrap resamples for the 95 % confidence intervals (0 for none).",
            HelpName = "B",
            DefaultValueFactory = _ => 1000,
            CustomParser = OptionParsers.NonNegativeInteger("--bootstrap"),
        };
        var seed = new Option<long>("--seed")
        {
            Description = "Seeds the sampling and the bootstrap; the same seed gives the same numbers on any number of threads.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
        };
        var threads = new Option<int?>("--threads")
        {
            Description = "Threads for the simulations (default: every core).",
            HelpName = "N",
            CustomParser = result => OptionParsers.PositiveInteger("--threads", "a thread count")(result),
        };
        var step = new Option<double?>("--relative-step")
        {
            Description = "local: the central-difference step as a fraction of each parameter (default: the cube root of the runs' relative tolerance, which is capped at 1e-8).",
            HelpName = "h",
            CustomParser = result => OptionParsers.PositiveNumber("--relative-step", "a step")(result),
        };
        var span = new TimeSpanOptions(240, "Equal output intervals of each simulation: the grid of the features (peaks are refined between grid points) and of the local coefficients over time.", withStep: false);
        var output = new Option<string>("--out")
        {
            Description = "The folder for the CSV tables (created if missing).",
            HelpName = "DIR",
            Required = true,
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write a self-contained HTML report: a tornado chart per output and, for the local method, the coefficients over time.",
            HelpName = "FILE",
        };

        var command = new Command("sensitivity", "Which parameters matter: local sensitivity coefficients, Morris screening or Sobol' indices of a model's outputs (by default the muscle–organ crosstalk model with a protocol), on every core, written as tidy CSV tables.")
        {
            model,
            method,
            parameters,
            outputs,
            variables,
            range,
            scale,
            samples,
            levels,
            bootstrap,
            seed,
            threads,
            step,
        };
        span.AddTo(command);
        var integration = new IntegrationOptions();
        integration.AddTo(command);
        command.Options.Add(output);
        var protocolOptions = new ProtocolOptions();
        protocolOptions.AddTo(command);
        command.Options.Add(report);
        ModelInput.RefuseBlank(command, model);
        command.SetAction((parse, token) =>
        {
            var request = new SensitivityRequest(
                parse.GetValue(model),
                parse.GetValue(method) switch { "morris" => SensitivityMethod.Morris, "sobol" => SensitivityMethod.Sobol, _ => SensitivityMethod.Local },
                parse.GetValue(parameters)!,
                parse.GetValue(outputs),
                parse.GetResult(variables) is null ? null : parse.GetValue(variables),
                parse.GetValue(range)!,
                parse.GetValue(scale) == "log" ? ParameterScale.Log : ParameterScale.Linear,
                parse.GetValue(samples),
                parse.GetValue(levels),
                parse.GetValue(bootstrap),
                parse.GetValue(seed),
                parse.GetValue(threads),
                parse.GetValue(step),
                span.Read(parse),
                integration.AbsoluteTolerance(parse),
                integration.RelativeTolerance(parse),
                integration.Integrator(parse),
                parse.GetValue(output)!)
            {
                Protocol = protocolOptions.Read(parse),
                ReportPath = parse.GetValue(report),
            };
            var configuration = parse.InvocationConfiguration;
            SensitivityJob.Run(request, configuration.Output, configuration.Error, GlobalOptions.IsVerbose(parse), token);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
