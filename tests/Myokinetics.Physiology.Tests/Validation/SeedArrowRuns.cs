using Myokinetics.Core.Results;
using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Tests.Support;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>
/// Runs for the tests of the seed arrows added to the crosstalk model: the same protocol with an arrow as the
/// model has it and with the arrow switched off (its weights set to 0), so that a test can state how much that
/// one arrow moves an outcome.
/// </summary>
internal static class SeedArrowRuns
{
    /// <summary>Runs <paramref name="protocol"/> twice: as the model is, and with every parameter in
    /// <paramref name="arrowWeights"/> set to 0 (on top of <paramref name="subject"/>).</summary>
    public static (TimeCourse With, TimeCourse Without) WithAndWithout(
        Protocol protocol, double end, double step, string[] variables, string[] arrowWeights, IReadOnlyDictionary<string, double>? subject = null)
    {
        var off = new Dictionary<string, double>(subject ?? new Dictionary<string, double>());
        foreach (var weight in arrowWeights)
        {
            off[weight] = 0;
        }

        return (CrosstalkRun.Run(protocol, end, step, variables, subject), CrosstalkRun.Run(protocol, end, step, variables, off));
    }

    /// <summary>Twelve weeks of whole-body resistance training (1 h at 75 % 1RM, 70 % of the muscle working,
    /// Monday, Wednesday, Friday), the programme of the muscle-growth tests.</summary>
    public static Protocol TwelveWeeksOfResistanceTraining() => TherapyProtocols.Of(TherapyProtocols.Training(12));

    /// <summary>Twelve weeks, in hours.</summary>
    public const double TwelveWeeks = 12 * TherapyProtocols.Week;
}
