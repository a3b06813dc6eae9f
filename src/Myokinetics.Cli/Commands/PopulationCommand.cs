using System.CommandLine;
using System.Globalization;
using Myokinetics.Analysis.Populations;
using Myokinetics.Cli.Populations;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics population [MODEL] --size N --end T --out DIR [options]</c>: a virtual
/// population's summary time courses (and, on request, every subject's).</summary>
internal static class PopulationCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("simulate as a population");
        var size = new Option<int>("--size")
        {
            Description = "The number of subjects N in the whole population (all shards together).",
            HelpName = "N",
            Required = true,
            CustomParser = OptionParsers.PositiveInteger("--size", "the number of subjects"),
        };
        var population = new Option<string?>("--population")
        {
            Description = "The population file (YAML): the parameters that vary between subjects, each with its distribution (lognormal: cv; normal: sd; uniform: min, max; optional mean, min/max truncation, relative_to, source) and optional correlations. Default for the crosstalk model: its models/crosstalk/population.yaml.",
            HelpName = "FILE",
        };
        var span = new TimeSpanOptions(100, "The number of equal output intervals of the summary time courses.", withStart: false);
        var variables = new Option<string[]>("--variables")
        {
            Description = "The variables to summarise, comma-separated ids. Default: the observables of the crosstalk model; for another model every species, then every parameter and compartment that changes.",
            HelpName = "a,b,c",
            CustomParser = OptionParsers.IdList("--variables"),
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "The population's seed: subject i's values depend only on the seed and i, so any thread count and any split into shards gives the same subjects.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                result.AddError($"--seed expects a whole number from 0 to {ulong.MaxValue}, got '{text}'");
                return 0;
            },
        };
        var shard = new Option<Shard>("--shard")
        {
            Description = "Run only part i of n of the population (1 ≤ i ≤ n; e.g. 3/10 for a Slurm array task), then combine the parts' folders with 'myokinetics merge'.",
            HelpName = "i/n",
            DefaultValueFactory = _ => Shard.Whole,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (Shard.TryParse(text, out var value))
                {
                    return value;
                }

                result.AddError($"--shard expects i/n with whole numbers 1 ≤ i ≤ n (e.g. 3/10), got '{text}'");
                return Shard.Whole;
            },
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Worker threads. Default: one per processor.",
            HelpName = "N",
            DefaultValueFactory = _ => 0,
            CustomParser = OptionParsers.PositiveInteger("--threads", "the number of threads"),
        };
        var perSubject = new Option<bool>("--per-subject")
        {
            Description = "Also write every subject's time course to DIR/subjects.csv (subject, time, then the variables; one long CSV in subject order).",
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder for summary.csv, parameters.csv, failures.csv, population.state (for merge) and, with --per-subject, subjects.csv. Created if needed.",
            HelpName = "DIR",
            Required = true,
        };

        var command = new Command("population", "Simulate a virtual population: N subjects whose parameters are drawn from distributions, on every core, summarised per variable and time as mean, median and 5th/25th/75th/95th percentiles.")
        {
            model,
            size,
            population,
        };
        span.AddTo(command);
        command.Options.Add(variables);
        command.Options.Add(seed);
        command.Options.Add(shard);
        command.Options.Add(threads);
        command.Options.Add(perSubject);
        var atSteadyState = SteadyStartOption.Create();
        command.Options.Add(atSteadyState);
        command.Options.Add(output);
        var integration = new IntegrationOptions();
        integration.AddTo(command);
        var protocolOptions = new ProtocolOptions();
        protocolOptions.AddTo(command);
        ModelInput.RefuseBlank(command, model);
        command.SetAction((parse, token) =>
        {
            var request = new PopulationRequest(
                parse.GetValue(model),
                parse.GetValue(size),
                parse.GetValue(population),
                span.Read(parse),
                parse.GetResult(variables) is null ? null : parse.GetValue(variables),
                parse.GetValue(seed),
                parse.GetValue(shard),
                parse.GetValue(threads),
                parse.GetValue(perSubject),
                parse.GetValue(output)!,
                integration.AbsoluteTolerance(parse),
                integration.RelativeTolerance(parse),
                integration.Integrator(parse))
            {
                Protocol = protocolOptions.Read(parse),
                AtSteadyState = parse.GetValue(atSteadyState),
            };
            var configuration = parse.InvocationConfiguration;
            PopulationJob.Run(request, configuration.Output, configuration.Error, GlobalOptions.IsVerbose(parse), token);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
