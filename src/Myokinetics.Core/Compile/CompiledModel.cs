using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Core.Compile;

/// <summary>
/// A model compiled into delegates (see <see cref="ModelCompiler"/>). Immutable and thread-safe:
/// any number of simulations share it, each with its own <see cref="ModelState"/>.
/// </summary>
public sealed class CompiledModel
{
    private readonly double[] defaults;
    private readonly Dictionary<string, ModelSymbol> byId;
    private readonly Lazy<JacobianFunction>? jacobian;

    internal CompiledModel(
        Model.Model model,
        ImmutableArray<ModelSymbol> symbols,
        ImmutableArray<ModelSymbol> states,
        double[] defaults,
        RatesFunction rates,
        Lazy<JacobianFunction>? jacobian,
        UpdateFunction update,
        InitialFunction initial,
        TriggersFunction triggers,
        ImmutableArray<CompiledEvent> events,
        ValuesFunction? timeThresholds,
        ImmutableArray<Diagnostic> diagnostics,
        TimeSpan compileTime)
    {
        Model = model;
        Symbols = symbols;
        States = states;
        this.defaults = defaults;
        Rates = rates;
        this.jacobian = jacobian;
        Update = update;
        Initial = initial;
        Triggers = triggers;
        Events = events;
        TimeThresholds = timeThresholds;
        Diagnostics = diagnostics;
        CompileTime = compileTime;
        byId = symbols.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The model this was compiled from.</summary>
    public Model.Model Model { get; }

    /// <summary>Every stored symbol, in value order.</summary>
    public ImmutableArray<ModelSymbol> Symbols { get; }

    /// <summary>The ODE state variables, in state order.</summary>
    public ImmutableArray<ModelSymbol> States { get; }

    /// <summary>Warnings and notes from compilation (missing values, no analytic Jacobian, ...).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>How long compilation took.</summary>
    public TimeSpan CompileTime { get; }

    public RatesFunction Rates { get; }

    /// <summary>The analytic Jacobian, or null when some expression could not be differentiated.
    /// Turned into code on first use (a non-stiff simulation never needs it).</summary>
    public JacobianFunction? Jacobian => jacobian?.Value;

    /// <summary>The positions (row · n + column, ascending) of the entries <see cref="Jacobian"/> writes:
    /// the others are zero for every state (structural zeros); null when there is no analytic Jacobian.
    /// Callers must not change the array.</summary>
    public int[]? JacobianPattern { get; init; }

    /// <summary>Whether there is an analytic Jacobian (without compiling it).</summary>
    public bool HasJacobian => jacobian is not null;

    /// <summary>∂rates/∂t (only the non-zero rows are written; the caller clears the output first), or
    /// null when no rate depends explicitly on time (or there is no analytic Jacobian). Turned into code on first use.</summary>
    public RatesFunction? TimeDerivative => LazyTimeDerivative?.Value;

    internal Lazy<RatesFunction>? LazyTimeDerivative { get; init; }

    public UpdateFunction Update { get; }

    public InitialFunction Initial { get; }

    public TriggersFunction Triggers { get; }

    public ImmutableArray<CompiledEvent> Events { get; }

    /// <summary>Times (as functions of stored values) at which some trigger compares time with a
    /// piecewise-constant quantity; null when there are none.</summary>
    public ValuesFunction? TimeThresholds { get; }

    /// <summary>The number of values <see cref="TimeThresholds"/> writes.</summary>
    public int TimeThresholdCount { get; init; }

    /// <summary>Root functions (left − right) of the comparisons in triggers that can change
    /// continuously; a sign change within a step means some trigger may have switched.</summary>
    public ValuesFunction? TriggerRoots { get; init; }

    /// <summary>The number of values <see cref="TriggerRoots"/> writes.</summary>
    public int TriggerRootCount { get; init; }

    /// <summary>The diagonal of the mass matrix: 0 for variables determined by algebraic rules (whose
    /// "rate" is the rule's residual), 1 for differential states; null when there are no algebraic rules.</summary>
    public double[]? MassDiagonal { get; init; }

    /// <summary>The length of <see cref="ModelState.Scratch"/> the compiled code needs.</summary>
    public int ScratchSize { get; init; }

    /// <summary>Whether some expression uses the delay csymbol (simulations then keep a history).</summary>
    public bool UsesDelay { get; init; }

    /// <summary>The smallest delay written as a positive number (+∞ when none); the simulator keeps steps below it.</summary>
    public double SmallestConstantDelay { get; init; } = double.PositiveInfinity;

    /// <summary>The symbol with the given id, or null.</summary>
    public ModelSymbol? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Where the declared value of <paramref name="id"/> is held in <see cref="ModelState.Values"/>
    /// before <see cref="Initialize"/>: for a species declared by an initial concentration, that
    /// concentration (its initial amount is computed from it and the compartment size); for every
    /// other symbol its own value index. Null when the model has no such symbol. Changing a parameter,
    /// compartment size or species initial value before initialisation writes here.</summary>
    public int? DeclaredValueIndex(string id) =>
        byId.TryGetValue(ModelAnalysis.DeclaredConcentrationId(id), out var declared) ? declared.ValueIndex
        : byId.TryGetValue(id, out var symbol) ? symbol.ValueIndex
        : null;

    /// <summary>A fresh state holding the declared values (before initial assignments).</summary>
    public ModelState CreateState()
    {
        var state = new ModelState((double[])defaults.Clone(), States.Length, ScratchSize, InvariantSize);
        if (UsesDelay)
        {
            state.History = new DelayHistory(this, state);
        }

        return state;
    }

    /// <summary>The length of <see cref="ModelState.Invariants"/> the compiled functions need.</summary>
    public int InvariantSize { get; init; }

    /// <summary>For models with fast reactions: the value indices of the slow and fast scales.</summary>
    public (int Slow, int Fast)? FastScales { get; init; }

    /// <summary>Re-solves the variables that algebraic rules determine and brings fast reactions to
    /// equilibrium, holding everything else fixed (at the start and after an event changed the state).</summary>
    public void MakeConsistent(ModelState state, double time)
    {
        ArgumentNullException.ThrowIfNull(state);
        AlgebraicSolver.MakeConsistent(this, state, time);
        FastReactions.Equilibrate(this, state, time);
    }

    /// <summary>Computes the initial values at <paramref name="time"/> from the declared values now in
    /// <paramref name="state"/> (change parameters before calling), fills the state vector and
    /// updates every assigned quantity.</summary>
    public void Initialize(ModelState state, double time)
    {
        ArgumentNullException.ThrowIfNull(state);
        (state.History as DelayHistory)?.Clear(time);
        Initial(time, state);
        foreach (var s in States)
        {
            state.States[s.StateIndex] = state.Values[s.ValueIndex];
        }

        MakeConsistent(state, time);
        Update(time, state.States, state);
    }
}
