using System.Globalization;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Simulate;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Cli.Simulation;

/// <summary>
/// Turns an <see cref="IntegratorException"/> that reached the command line (the simulator wraps
/// failures of its steps, but not of the integrator's first evaluation at the start) into the
/// <see cref="SimulationException"/> the simulator would give: what failed, at what time, in which
/// variable, and — when the failure is at the start — the reaction rates that are not finite there.
/// </summary>
internal static class IntegratorFailure
{
    public static SimulationException Explain(CompiledModel model, SimulationSettings settings, IntegratorException failure)
    {
        var variable = failure.Component >= 0 && failure.Component < model.States.Length ? model.States[failure.Component].Id : null;
        var where = variable is null ? string.Empty : $" (variable '{variable}')";
        var rates = failure.Time == settings.Start ? NonFiniteRatesAtStart(model, settings.Start) : string.Empty;
        return new SimulationException(
            $"the simulation stopped at t = {failure.Time.ToString("G10", CultureInfo.InvariantCulture)}{where}: {failure.Reason.TrimEnd('.')}{rates}",
            failure.Time,
            variable,
            failure);
    }

    private static string NonFiniteRatesAtStart(CompiledModel model, double start)
    {
        var state = model.CreateState();
        try
        {
            model.Initialize(state, start);
        }
        catch (ArithmeticException)
        {
            return string.Empty;
        }

        var bad = model.Symbols
            .Where(s => s.Kind == SymbolKind.Reaction && !double.IsFinite(state.Values[s.ValueIndex]))
            .Select(s => $"{s.Id} = {state.Values[s.ValueIndex].ToString(CultureInfo.InvariantCulture)}")
            .ToList();
        return bad.Count == 0 ? string.Empty : $"; non-finite reaction rates (division by zero?): {string.Join(", ", bad)}";
    }
}
