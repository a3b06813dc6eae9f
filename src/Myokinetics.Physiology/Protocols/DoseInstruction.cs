using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Physiology.Protocols;

/// <summary>
/// A <c>--dose</c> string, read: the drug, the amount as written (per kilogram of body mass or not),
/// the route with its model target, and when it is given.
/// </summary>
/// <param name="Text">The string as written.</param>
/// <param name="Source">Where the string came from, for messages.</param>
/// <param name="Drug">The drug.</param>
/// <param name="Amount">The amount as written (per kg when <paramref name="PerKilogram"/>).</param>
/// <param name="Unit">The unit the amount is written in.</param>
/// <param name="PerKilogram">Whether the amount is per kilogram of body mass.</param>
/// <param name="Route">The route and its target.</param>
/// <param name="Schedule">When the doses are given.</param>
public sealed record DoseInstruction(
    string Text,
    string Source,
    Drug Drug,
    double Amount,
    AmountUnit Unit,
    bool PerKilogram,
    DrugRoute Route,
    Schedule Schedule)
{
    /// <summary>The amount one dose adds to the target, in the target's unit.</summary>
    /// <param name="bodyMassKg">The subject's body mass; needed for per-kg amounts.</param>
    /// <exception cref="ProtocolFormatException">A per-kg amount without a body mass.</exception>
    public double TargetAmount(double? bodyMassKg)
    {
        var amount = Amount;
        if (PerKilogram)
        {
            if (bodyMassKg is not { } mass || !(mass > 0))
            {
                throw new ProtocolFormatException(Source, Text, 0, null, "a per-kg dose needs the subject's body mass: give it with --subject mass=… or use a model with a body_mass parameter");
            }

            amount *= mass;
        }

        return Drug.Convert(amount, Unit, Route.Unit);
    }

    /// <summary>The doses in model terms, in time order.</summary>
    public IEnumerable<Dose> ToDoses(double? bodyMassKg)
    {
        var amount = TargetAmount(bodyMassKg);
        return Schedule.Times().Select(t => new Dose(Drug.Name, t, Route.Target, amount, Text));
    }
}
