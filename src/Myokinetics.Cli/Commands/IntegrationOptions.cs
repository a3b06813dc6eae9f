using System.CommandLine;
using Myokinetics.Core.Simulate;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// The integrator options every verb that runs a model shares: <c>--absolute-tolerance</c>,
/// <c>--relative-tolerance</c> and <c>--integrator</c>.
/// </summary>
internal sealed class IntegrationOptions
{
    private static readonly SimulationSettings Defaults = new(0, 1, 1);

    private readonly Option<double> absoluteTolerance = new("--absolute-tolerance")
    {
        Description = "The integrator's absolute tolerance.",
        HelpName = "x",
        DefaultValueFactory = _ => Defaults.AbsoluteTolerance,
        CustomParser = OptionParsers.PositiveNumber("--absolute-tolerance", "a tolerance"),
    };

    private readonly Option<double> relativeTolerance = new("--relative-tolerance")
    {
        Description = "The integrator's relative tolerance.",
        HelpName = "y",
        DefaultValueFactory = _ => Defaults.RelativeTolerance,
        CustomParser = OptionParsers.PositiveNumber("--relative-tolerance", "a tolerance"),
    };

    private readonly Option<string> integrator = CreateIntegrator();

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(absoluteTolerance);
        command.Options.Add(relativeTolerance);
        command.Options.Add(integrator);
    }

    /// <summary>The absolute tolerance given (default 1e-12).</summary>
    public double AbsoluteTolerance(ParseResult parse) => parse.GetValue(absoluteTolerance);

    /// <summary>The relative tolerance given (default 1e-6).</summary>
    public double RelativeTolerance(ParseResult parse) => parse.GetValue(relativeTolerance);

    /// <summary>The integration method given (default auto).</summary>
    public IntegratorKind Integrator(ParseResult parse) => parse.GetValue(integrator) switch
    {
        "dopri5" => IntegratorKind.DormandPrince,
        "rodas" => IntegratorKind.Rosenbrock,
        _ => IntegratorKind.Auto,
    };

    private static Option<string> CreateIntegrator()
    {
        var option = new Option<string>("--integrator")
        {
            Description = "auto: Dormand–Prince, switching to Rodas when the problem turns stiff; dopri5: Dormand–Prince 5(4) (non-stiff); rodas: Rodas Rosenbrock (stiff).",
            HelpName = "auto|dopri5|rodas",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "dopri5", "rodas");
        return option;
    }
}
