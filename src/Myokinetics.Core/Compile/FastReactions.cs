using Myokinetics.Core.Diagnostics;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Core.Compile;

/// <summary>
/// SBML's fast reactions (rapid equilibrium), done kinetically. During a simulation fast reactions
/// run <see cref="SpeedUp"/> times faster than written, which keeps them within about
/// (slow flux)/(speed-up · fast rate constant) of equilibrium. At the start and after every event
/// the fast subsystem is relaxed to equilibrium exactly: everything else is switched off, time is
/// frozen, and the equations are integrated until nothing changes. Relaxing (rather than solving
/// rate = 0) picks the stable equilibrium when there are several, and copes with fast reactions whose
/// rate is zero for every state (switched off), as the SBML Test Suite expects (cases 01399, 01568, 00988).
/// </summary>
internal static class FastReactions
{
    /// <summary>Stored value that scales everything except fast reactions.</summary>
    public const string SlowScale = "#slow";

    /// <summary>Stored value that scales fast reactions.</summary>
    public const string FastScale = "#fast";

    /// <summary>How much faster fast reactions run than written during a simulation.</summary>
    public const double SpeedUp = 1e8;

    private const double RelaxationEnd = 1e12;

    public static void Equilibrate(CompiledModel model, ModelState state, double time)
    {
        if (model.FastScales is not var (slow, fast))
        {
            return;
        }

        var v = state.Values;
        var (savedSlow, savedFast) = (v[slow], v[fast]);
        v[slow] = 0.0;
        v[fast] = 1.0;
        try
        {
            Relax(model, state, time);
        }
        finally
        {
            v[slow] = savedSlow;
            v[fast] = savedFast;
        }
    }

    private static void Relax(CompiledModel model, ModelState state, double time)
    {
        var system = new FrozenTimeSystem(model, state, time);
        var stepper = new RosenbrockStepper();
        stepper.Initialize(system, 0.0, state.States, new IntegratorOptions(RelativeTolerance: 1e-11, AbsoluteTolerance: 1e-15, MaxSteps: 100_000));
        var y = new double[model.States.Length];
        var rates = new double[model.States.Length];
        try
        {
            while (stepper.Time < RelaxationEnd)
            {
                stepper.Step(RelaxationEnd);
                stepper.State.CopyTo(y);
                system.Evaluate(stepper.Time, y, rates);
                if (Settled(y, rates, stepper.Time))
                {
                    break;
                }
            }
        }
        catch (IntegratorException ex)
        {
            throw new SimulationException($"at t = {time:G10} the fast reactions could not be brought to equilibrium: {ex.Reason}", time, null, ex);
        }

        stepper.State.CopyTo(state.States);
    }

    private static bool Settled(double[] y, double[] rates, double elapsed)
    {
        // Settled when what is left to change over the time already elapsed is negligible.
        for (var i = 0; i < y.Length; i++)
        {
            if (System.Math.Abs(rates[i]) * System.Math.Max(elapsed, 1.0) > 1e-13 * System.Math.Max(System.Math.Abs(y[i]), 1e-12))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The model's equations with time held at one value.</summary>
    private sealed class FrozenTimeSystem(CompiledModel model, ModelState state, double time) : IOdeSystem
    {
        public int Dimension => model.States.Length;

        public bool HasJacobian => model.HasJacobian;

        public double[]? MassDiagonal => model.MassDiagonal;

        public void Evaluate(double t, double[] y, double[] dydt) => model.Rates(time, y, state, dydt);

        public void Jacobian(double t, double[] y, double[] dfdy)
        {
            Array.Clear(dfdy);
            model.Jacobian!(time, y, state, dfdy);
        }
    }
}
