using System.CommandLine;
using Myokinetics.Cli.Simulation;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// The options every verb that runs the model shares for its protocol and subject:
/// <c>--exercise</c>, <c>--dose</c> (both repeatable), <c>--subject</c> and <c>--protocol</c>.
/// </summary>
internal sealed class ProtocolOptions
{
    private readonly Option<string[]> exercise = new("--exercise")
    {
        Description = "An exercise session, repeatable: \"MODALITY AMOUNT @INTENSITY [cho=Ng/h] [eccentric] [at TIME] [every TIME xCOUNT]\", e.g. \"cycling 60min @65%VO2max\", \"resistance-legs 4x12 @75%1RM at 8h\".",
        HelpName = "TEXT",
    };

    private readonly Option<string[]> dose = new("--dose")
    {
        Description = "A drug dose, repeatable: \"DRUG AMOUNT ROUTE [at TIME] [every TIME xCOUNT]\", e.g. \"testosterone_cypionate 100mg im every 7d x12\", \"cjc1295 60ug/kg sc\".",
        HelpName = "TEXT",
    };

    private readonly Option<string?> subject = new("--subject")
    {
        Description = "The subject: \"sex=male age=30 mass=75kg lean=60kg vo2max=50 testosterone=600ng/dL trained=no\" (keys left out keep the model's reference adult, except that lean mass follows mass and sex: 80 % of mass for men, 70 % for women; a woman's testosterone and VO2max default to 30 ng/dL and 36) or a YAML file of those keys.",
        HelpName = "TEXT|FILE",
    };

    private readonly Option<string?> protocol = new("--protocol")
    {
        Description = "A YAML protocol file: name, subject, exercise and doses, written with the same strings.",
        HelpName = "FILE",
    };

    /// <summary>Adds the four options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(exercise);
        command.Options.Add(dose);
        command.Options.Add(subject);
        command.Options.Add(protocol);
    }

    /// <summary>The values given on the command line.</summary>
    public ProtocolRequest Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new ProtocolRequest(
            parse.GetValue(exercise) ?? [],
            parse.GetValue(dose) ?? [],
            parse.GetValue(subject),
            parse.GetValue(protocol));
    }
}
