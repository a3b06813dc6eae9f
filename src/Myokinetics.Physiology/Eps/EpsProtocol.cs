using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Physiology.Eps;

/// <summary>
/// Turns an EPS period into two events of the EPS model: at its start the stimulator inputs
/// (<c>eps_on</c>, <c>eps_freq</c>, <c>eps_pulse</c>, <c>eps_voltage</c>, <c>eps_duty</c>) are set, at
/// its end <c>eps_on</c> is cleared. Triggers compare <c>time</c> with a number, so the simulator
/// stops exactly there.
/// </summary>
public static class EpsProtocol
{
    /// <summary>The stimulator inputs the EPS model must have.</summary>
    public static readonly ImmutableArray<string> Inputs = ["eps_on", "eps_freq", "eps_pulse", "eps_voltage", "eps_duty"];

    /// <summary>The model with the period's events added (the model itself is not changed).</summary>
    /// <exception cref="ModelValidationException">The model lacks a stimulator input.</exception>
    public static Model Apply(Model model, EpsStimulation stimulation)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stimulation);
        var ids = model.Parameters.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var missing = Inputs.Where(id => !ids.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            throw new ModelValidationException($"model '{model.Id}' has no EPS input {string.Join(", ", missing)}: --eps needs the EPS model's inputs");
        }

        var events = model.Events.ToBuilder();
        events.Add(At("eps_start", stimulation.Start, [
            ("eps_on", NumberNode.One),
            ("eps_freq", new NumberNode(stimulation.FrequencyHz)),
            ("eps_pulse", new NumberNode(stimulation.PulseMs)),
            ("eps_voltage", new NumberNode(stimulation.Voltage)),
            ("eps_duty", new NumberNode(stimulation.Duty)),
        ]));
        events.Add(At("eps_end", stimulation.End, [("eps_on", NumberNode.Zero)]));
        return model with { Events = events.ToImmutable() };
    }

    private static Event At(string id, double time, (string Id, MathNode Value)[] assignments) =>
        new(
            id,
            new Trigger(new ApplyNode(MathOperator.Geq, CSymbolNode.Time, new NumberNode(time)), InitialValue: false, Persistent: true),
            null,
            null,
            true,
            assignments.Select(a => new EventAssignment(a.Id, a.Value)).ToImmutableArray());
}
