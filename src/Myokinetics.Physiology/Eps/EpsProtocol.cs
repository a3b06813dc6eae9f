using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Physiology.Eps;

/// <summary>
/// Turns each EPS period into two events of the EPS model: at its start the stimulator inputs
/// (<c>eps_on</c>, <c>eps_freq</c>, <c>eps_pulse</c>, <c>eps_voltage</c>, <c>eps_duty</c>) are set, at
/// its end <c>eps_on</c> is cleared. One period gives <c>eps_start</c> and <c>eps_end</c>; repeated
/// periods give <c>eps_start_1</c>, <c>eps_end_1</c>, <c>eps_start_2</c> … Triggers compare <c>time</c> with a number, so the simulator
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
        ArgumentNullException.ThrowIfNull(stimulation);
        RequireInputs(model);
        var events = model.Events.ToBuilder();
        for (var i = 0; i < stimulation.Repeats; i++)
        {
            var suffix = stimulation.Repeats == 1 ? string.Empty : FormattableString.Invariant($"_{i + 1}");
            var start = stimulation.StartOf(i);
            events.Add(At("eps_start" + suffix, start, [
                ("eps_on", NumberNode.One),
                ("eps_freq", new NumberNode(stimulation.FrequencyHz)),
                ("eps_pulse", new NumberNode(stimulation.PulseMs)),
                ("eps_voltage", new NumberNode(stimulation.Voltage)),
                ("eps_duty", new NumberNode(stimulation.Duty)),
            ]));
            events.Add(At("eps_end" + suffix, start + stimulation.Duration, [("eps_on", NumberNode.Zero)]));
        }

        return model with { Events = events.ToImmutable() };
    }

    /// <summary>Checks that <paramref name="model"/> has every stimulator input.</summary>
    /// <exception cref="ModelValidationException">The model lacks a stimulator input.</exception>
    public static void RequireInputs(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var ids = model.Parameters.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var missing = Inputs.Where(id => !ids.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            throw new ModelValidationException($"model '{model.Id}' has no EPS input {string.Join(", ", missing)}: EPS stimulation needs the EPS model's inputs");
        }
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
