using System.Globalization;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Physiology.Protocols;

/// <summary>
/// Turns a protocol into events of the model: each session sets the exercise inputs at its start and
/// clears them at its end; each dose adds its amount to its target. Triggers compare <c>time</c> with a
/// number, so the simulator stops exactly at those times (doses happen exactly when given).
/// </summary>
public static class ProtocolApplier
{
    /// <summary>The exercise inputs a session sets, as the crosstalk model names them.</summary>
    public static readonly ImmutableArray<string> ExerciseInputs =
        ["ex_on", "ex_intensity", "ex_active_fraction", "ex_load", "ex_eccentric", "ex_resistance", "cho_intake"];

    /// <summary>The model with the protocol's events added (the model itself is not changed).</summary>
    /// <exception cref="ModelValidationException">Sessions overlap, a time is negative, or a target or
    /// input is not in the model.</exception>
    public static Model Apply(Model model, Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(protocol);
        Check(model, protocol);
        var events = model.Events.ToBuilder();
        var sessions = protocol.Sessions.OrderBy(s => s.Start).ToList();
        for (var i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            events.Add(TimedEvent($"exercise_{i + 1}_start", s.Start, Start(s)));
            events.Add(TimedEvent($"exercise_{i + 1}_end", s.End, ExerciseInputs.Select(id => (id, (MathNode)NumberNode.Zero))));
        }

        for (var i = 0; i < protocol.Doses.Length; i++)
        {
            var d = protocol.Doses[i];
            MathNode added = new ApplyNode(MathOperator.Plus, new SymbolNode(d.Target), new NumberNode(d.Amount));
            events.Add(TimedEvent($"dose_{i + 1}_{d.Drug}", d.Time, [(d.Target, added)]));
        }

        return model with { Events = events.ToImmutable() };
    }

    private static IEnumerable<(string Id, MathNode Value)> Start(ExerciseSession s) =>
    [
        ("ex_on", NumberNode.One),
        ("ex_intensity", new NumberNode(s.Intensity)),
        ("ex_active_fraction", new NumberNode(s.ActiveFraction)),
        ("ex_load", new NumberNode(s.Load)),
        ("ex_eccentric", s.Eccentric ? NumberNode.One : NumberNode.Zero),
        ("ex_resistance", s.Resistance ? NumberNode.One : NumberNode.Zero),
        ("cho_intake", new NumberNode(s.CarbohydrateGramsPerHour)),
    ];

    private static Event TimedEvent(string id, double time, IEnumerable<(string Id, MathNode Value)> assignments) =>
        new(
            id,
            new Trigger(new ApplyNode(MathOperator.Geq, CSymbolNode.Time, new NumberNode(time)), InitialValue: false, Persistent: true),
            null,
            null,
            true,
            assignments.Select(a => new EventAssignment(a.Id, a.Value)).ToImmutableArray());

    private static void Check(Model model, Protocol protocol)
    {
        var ids = model.Parameters.Select(p => p.Id)
            .Concat(model.Species.Select(s => s.Id))
            .Concat(model.Compartments.Select(c => c.Id))
            .ToHashSet(StringComparer.Ordinal);
        if (protocol.Sessions.Length > 0)
        {
            var missing = ExerciseInputs.Where(id => !ids.Contains(id)).ToList();
            if (missing.Count > 0)
            {
                throw new ModelValidationException($"model '{model.Id}' has no exercise input {string.Join(", ", missing)}: exercise sessions need the crosstalk model's inputs");
            }
        }

        var ordered = protocol.Sessions.OrderBy(s => s.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            if (!(s.Start >= 0) || !(s.Duration > 0))
            {
                throw new ModelValidationException(Invariant($"exercise session '{s.Description ?? s.Modality}' must start at 0 h or later and last more than 0 h (start {s.Start}, duration {s.Duration})"));
            }

            if (i > 0 && s.Start < ordered[i - 1].End)
            {
                throw new ModelValidationException(Invariant($"exercise sessions overlap: '{ordered[i - 1].Description ?? ordered[i - 1].Modality}' ends at {ordered[i - 1].End:0.###} h after '{s.Description ?? s.Modality}' starts at {s.Start:0.###} h"));
            }
        }

        foreach (var d in protocol.Doses)
        {
            if (!(d.Time >= 0))
            {
                throw new ModelValidationException(Invariant($"dose '{d.Description ?? d.Drug}' must be given at 0 h or later"));
            }

            if (!ids.Contains(d.Target))
            {
                throw new ModelValidationException($"dose '{d.Description ?? d.Drug}' adds to '{d.Target}', which model '{model.Id}' does not have");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
