using System.Globalization;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Analysis.SteadyState;

/// <summary>
/// Finds a steady state (all rates zero) of a compiled model: Newton's method with the analytic Jacobian
/// from the initial state first; when it fails, integration towards the steady state (to 1, 10, 100, …
/// time units after the start), trying Newton's method again at each stop; integration alone is accepted
/// when every state would change by less than its tolerance over a time as long as already integrated.
/// Rate rules, assignment rules, reactions and algebraic rules are all handled (the Jacobian covers them);
/// linear conservation laws are found and held at the initial totals (see <see cref="ConservationLaws"/>).
/// Events are not executed: this is the steady state of the continuous dynamics with the parameters as
/// they are after initialisation.
/// </summary>
public static class SteadyStateSolver
{
    /// <summary>The steady state reached from the model's initial state after applying
    /// <paramref name="changes"/> (declared values by id, as <c>Simulator.Run</c> takes them).</summary>
    /// <exception cref="SteadyStateException">No steady state was found (exit code 2).</exception>
    /// <exception cref="ModelValidationException">A change names no symbol of the model.</exception>
    public static SteadyStateResult Solve(
        CompiledModel model,
        IReadOnlyDictionary<string, double>? changes = null,
        SteadyStateOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= SteadyStateOptions.Default;
        options.Validate();
        var state = model.CreateState();
        if (changes is not null)
        {
            foreach (var (id, value) in changes)
            {
                var index = model.DeclaredValueIndex(id) ?? throw new ModelValidationException($"cannot change '{id}': there is no such symbol in model '{model.Model.Id}'");
                state.Values[index] = value;
            }
        }

        model.Initialize(state, options.Time);
        return Solve(model, state, options, cancellationToken);
    }

    /// <summary>The steady state reached from the state vector of <paramref name="state"/> (initialised
    /// by the caller; its values are updated to the steady state).</summary>
    /// <exception cref="SteadyStateException">No steady state was found (exit code 2).</exception>
    public static SteadyStateResult Solve(CompiledModel model, ModelState state, SteadyStateOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var system = new ModelRateSystem(model, state);
        var n = system.Dimension;
        var t0 = options.Time;
        var y = (double[])state.States.Clone();
        var start = (double[])y.Clone();
        var laws = ConservationLaws.Find(system, t0, y);
        var newton = new NewtonIteration(system, laws, options);

        var outcome = newton.Solve(y, cancellationToken);
        var rejection = outcome.Converged ? Reject(model, system, laws, start, y, options, 1) : null;
        if (outcome.Converged && rejection is null)
        {
            return Result(model, state, system, options, SteadyStateMethod.Newton, y, outcome.Iterations, 0, laws.Count);
        }

        var firstFailure = rejection ?? outcome.Reason;
        if (!options.AllowIntegration || n == 0)
        {
            throw new SteadyStateException($"no steady state found: Newton's method failed ({firstFailure})");
        }

        // Integrate from the initial state, stopping at t0 + 1, 10, 100, … to try Newton again.
        var stepper = Integrators.Create(model.MassDiagonal is not null && options.Integrator == IntegratorKind.DormandPrince ? IntegratorKind.Rosenbrock : options.Integrator);
        var integratorOptions = new IntegratorOptions(options.IntegrationRelativeTolerance, options.IntegrationAbsoluteTolerance);
        var rates = new double[n];
        var lastFailure = firstFailure;
        try
        {
            stepper.Initialize(system, t0, start, integratorOptions);
            for (var horizon = 1.0; ; horizon *= 10)
            {
                var stop = t0 + Math.Min(horizon, options.MaxIntegrationTime);
                while (stepper.Time < stop)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    stepper.Step(stop);
                }

                var integrated = stepper.State.ToArray();
                Array.Copy(integrated, y, n);
                outcome = newton.Solve(y, cancellationToken);
                rejection = outcome.Converged ? Reject(model, system, laws, start, y, options, stop - t0) : null;
                if (outcome.Converged && rejection is null)
                {
                    return Result(model, state, system, options, SteadyStateMethod.IntegrationThenNewton, y, outcome.Iterations, stop - t0, laws.Count) with { NewtonFailure = firstFailure };
                }

                lastFailure = rejection ?? outcome.Reason;
                system.Evaluate(t0, integrated, rates);
                if (Settled(integrated, rates, stop - t0, options))
                {
                    return Result(model, state, system, options, SteadyStateMethod.Integration, integrated, 0, stop - t0, laws.Count) with { NewtonFailure = $"{firstFailure}; after integrating: {lastFailure}" };
                }

                if (horizon >= options.MaxIntegrationTime)
                {
                    var worst = Worst(integrated, rates, options);
                    throw new SteadyStateException(
                        $"no steady state found: Newton's method failed from the initial state ({firstFailure}) and after integrating to t = {Text(stop)} ({lastFailure}); " +
                        $"at t = {Text(stop)} '{model.States[worst].Id}' still changes at {Text(rates[worst])} per time unit (value {Text(integrated[worst])}), so the model may have no steady state");
                }
            }
        }
        catch (IntegratorException ex)
        {
            var variable = ex.Component >= 0 && ex.Component < n ? $" ('{model.States[ex.Component].Id}')" : string.Empty;
            throw new SteadyStateException($"no steady state found: Newton's method failed ({firstFailure}) and the fallback integration stopped: {ex.Message}{variable}", ex);
        }
    }

    /// <summary>Why a root Newton's method converged to is not the steady state sought, or null when it
    /// is: a state that started non-negative is negative (beyond a tolerance's worth of rounding), or a
    /// free state (held at its start) would still change by more than its tolerance over
    /// <paramref name="span"/> (1 time unit, or as long as already integrated).</summary>
    private static string? Reject(CompiledModel model, ModelRateSystem system, ConservationLaws laws, double[] start, double[] y, SteadyStateOptions options, double span)
    {
        for (var i = 0; i < y.Length; i++)
        {
            if (start[i] >= 0 && y[i] < -(options.AbsoluteTolerance + (options.RelativeTolerance * Math.Abs(start[i]))))
            {
                return $"it found a root with '{model.States[i].Id}' = {Text(y[i])} < 0";
            }
        }

        if (laws.Free.Length > 0)
        {
            var rates = new double[y.Length];
            system.Evaluate(options.Time, y, rates);
            foreach (var j in laws.Free)
            {
                if (!(Math.Abs(rates[j]) * Math.Max(span, 1) <= options.AbsoluteTolerance + (options.RelativeTolerance * Math.Abs(y[j]))))
                {
                    return $"at the root of the other equations '{model.States[j].Id}', which no rate depends on, still changes at {Text(rates[j])} per time unit";
                }
            }
        }

        return null;
    }

    /// <summary>Every |rate|·span within the tolerance of its state.</summary>
    private static bool Settled(double[] y, double[] rates, double span, SteadyStateOptions options)
    {
        for (var i = 0; i < y.Length; i++)
        {
            var tolerance = options.AbsoluteTolerance + (options.RelativeTolerance * Math.Abs(y[i]));
            if (!(Math.Abs(rates[i]) * span <= tolerance))
            {
                return false;
            }
        }

        return true;
    }

    private static int Worst(double[] y, double[] rates, SteadyStateOptions options)
    {
        var worst = 0;
        var largest = -1.0;
        for (var i = 0; i < y.Length; i++)
        {
            var scaled = Math.Abs(rates[i]) / (options.AbsoluteTolerance + (options.RelativeTolerance * Math.Abs(y[i])));
            if (double.IsNaN(scaled) || scaled > largest)
            {
                largest = double.IsNaN(scaled) ? double.PositiveInfinity : scaled;
                worst = i;
            }
        }

        return worst;
    }

    private static SteadyStateResult Result(
        CompiledModel model,
        ModelState state,
        ModelRateSystem system,
        SteadyStateOptions options,
        SteadyStateMethod method,
        double[] y,
        int iterations,
        double integrated,
        int laws)
    {
        var t = options.Time;
        var n = y.Length;
        var rates = new double[n];
        system.Evaluate(t, y, rates);
        Array.Copy(y, state.States, n);
        model.Update(t, state.States, state);
        var scaled = 0.0;
        var largest = 0.0;
        var largestId = string.Empty;
        for (var i = 0; i < n; i++)
        {
            scaled = Math.Max(scaled, Math.Abs(rates[i]) / (options.AbsoluteTolerance + (options.RelativeTolerance * Math.Abs(y[i]))));
            if (largestId.Length == 0 || Math.Abs(rates[i]) > largest)
            {
                largest = Math.Abs(rates[i]);
                largestId = model.States[i].Id;
            }
        }

        return new SteadyStateResult(model, method, t, [.. y], [.. state.Values], iterations, integrated, scaled, largest, largestId, laws)
        {
            DependsOnTime = model.TimeDerivative is not null,
        };
    }

    private static string Text(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
