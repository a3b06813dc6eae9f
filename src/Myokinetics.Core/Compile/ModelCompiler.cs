using System.Diagnostics;
using System.Linq.Expressions;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Symbolic;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Compiles a model once into fast delegates: the rates of all states in one function with shared
/// subexpressions, the analytic Jacobian by symbolic differentiation, the initial values, the update
/// of assigned quantities, and the event triggers and assignments. The result is immutable and can
/// be shared by any number of simulations and threads.
/// </summary>
public static class ModelCompiler
{
    /// <summary>Compiles <paramref name="model"/>. Throws <see cref="ModelValidationException"/> for a
    /// model that does not make sense and <see cref="UnsupportedFeatureException"/> for constructs this
    /// version does not simulate.</summary>
    public static CompiledModel Compile(Model.Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var clock = Stopwatch.StartNew();
        var analysis = ModelAnalysis.Analyze(model);
        var canonicalizer = new Canonicalizer(analysis, new FunctionInliner(model.Functions));
        var equations = new ModelEquations(analysis, canonicalizer);

        var usesDelay = ModelExpressions.All(model).Any(m => MathTraversal.Any(m, n => n is ApplyNode { Operator: MathOperator.Delay }));
        var splitter = new MethodSplitter(analysis.Values.Count);
        var (rates, ratesEmitter) = CompileRates(analysis, equations, splitter);
        var (jacobian, timeDerivative, jacobianPattern, jacobianNote) = CompileJacobian(analysis, equations, splitter, rates, ratesEmitter);
        var update = CompileUpdate(analysis, equations, splitter, rates, ratesEmitter);
        var initial = CompileInitial(analysis, equations, splitter);
        var events = CompileEvents(analysis, equations);
        var triggers = CompileTriggers(analysis, equations);
        var (roots, rootCount, thresholds, thresholdCount) = TriggerAtoms.Compile(analysis, equations);

        var diagnostics = analysis.Diagnostics.ToList();
        if (jacobianNote is not null)
        {
            diagnostics.Add(new Diagnostic(Severity.Info, jacobianNote));
        }

        diagnostics.AddRange(MissingValues(analysis, equations));
        return new CompiledModel(
            model,
            analysis.Values.ToImmutableArray(),
            analysis.States.ToImmutableArray(),
            DefaultValues(analysis),
            rates,
            jacobian,
            update,
            initial,
            triggers,
            events,
            thresholds,
            diagnostics.ToImmutableArray(),
            clock.Elapsed)
        {
            TimeThresholdCount = thresholdCount,
            TriggerRoots = roots,
            TriggerRootCount = rootCount,
            UsesDelay = usesDelay,
            LazyTimeDerivative = timeDerivative,
            JacobianPattern = jacobianPattern,
            ScratchSize = splitter.ScratchSize,
            InvariantSize = splitter.InvariantSize,
            FastScales = analysis.HasFastReactions
                ? (analysis.Symbols[FastReactions.SlowScale].ValueIndex, analysis.Symbols[FastReactions.FastScale].ValueIndex)
                : null,
            SmallestConstantDelay = SmallestConstantDelay(model),
            MassDiagonal = analysis.States.All(s => s.Determination != Determination.Algebraic)
                ? null
                : analysis.States.Select(s => s.Determination == Determination.Algebraic ? 0.0 : 1.0).ToArray(),
        };
    }

    private static double[] DefaultValues(ModelAnalysis analysis)
    {
        var values = new double[analysis.Values.Count];
        Array.Fill(values, double.NaN);
        foreach (var c in analysis.Model.Compartments)
        {
            values[analysis.Symbols[c.Id].ValueIndex] = c.Size ?? (c.SpatialDimensions == 0 ? 1.0 : double.NaN);
        }

        foreach (var s in analysis.Model.Species)
        {
            values[analysis.Symbols[s.Id].ValueIndex] = s.InitialAmount ?? double.NaN;
            if (analysis.HasDeclaredConcentration(s))
            {
                values[analysis.Symbols[ModelAnalysis.DeclaredConcentrationId(s.Id)].ValueIndex] = s.InitialConcentration!.Value;
            }
        }

        foreach (var p in analysis.Model.Parameters)
        {
            values[analysis.Symbols[p.Id].ValueIndex] = p.Value ?? double.NaN;
        }

        foreach (var (id, sr) in analysis.SpeciesReferences)
        {
            values[analysis.Symbols[id].ValueIndex] = sr.Stoichiometry ?? double.NaN;
        }

        foreach (var r in analysis.Model.Reactions)
        {
            foreach (var lp in r.KineticLaw?.LocalParameters ?? ImmutableArray<Parameter>.Empty)
            {
                values[analysis.Symbols[ModelAnalysis.LocalId(r.Id, lp.Id)].ValueIndex] = lp.Value ?? double.NaN;
            }
        }

        if (analysis.HasFastReactions)
        {
            values[analysis.Symbols[FastReactions.SlowScale].ValueIndex] = 1.0;
            values[analysis.Symbols[FastReactions.FastScale].ValueIndex] = FastReactions.SpeedUp;
        }

        return values;
    }

    private static IEnumerable<Diagnostic> MissingValues(ModelAnalysis analysis, ModelEquations equations)
    {
        var defaults = DefaultValues(analysis);
        foreach (var symbol in analysis.Values)
        {
            if (symbol.Kind is SymbolKind.Reaction || symbol.Determination == Determination.Assigned)
            {
                continue;
            }

            if (double.IsNaN(defaults[symbol.ValueIndex]) && !equations.Initial.ContainsKey(symbol.Id))
            {
                yield return new Diagnostic(Severity.Warning, $"{Describe(symbol.Kind)} '{symbol.Id}' has no initial value; it starts as NaN", null, symbol.Id);
            }
        }
    }

    private static string Describe(SymbolKind kind) => kind switch
    {
        SymbolKind.SpeciesReference => "species reference",
        SymbolKind.LocalParameter => "local parameter",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads in rate functions: states from y, assigned quantities computed, the rest stored.</summary>
    private static Func<string, Expression?> RateInputs(ModelAnalysis analysis, CompileContext context) => name =>
        analysis.Symbols.TryGetValue(name, out var symbol)
            ? symbol.IsState ? context.State(symbol.StateIndex)
                : symbol.Determination == Determination.Assigned ? null
                : context.Value(symbol.ValueIndex)
            : null;

    /// <summary>Whether a rate-function input is read from the stored values (neither a state nor assigned).</summary>
    private static Func<string, bool> StoredInput(ModelAnalysis analysis) => name =>
        analysis.Symbols.TryGetValue(name, out var symbol) && !symbol.IsState && symbol.Determination != Determination.Assigned;

    private static (RatesFunction Rates, ExpressionEmitter Emitter) CompileRates(ModelAnalysis analysis, ModelEquations equations, MethodSplitter splitter)
    {
        var context = new CompileContext(typeof(double[]));
        var emitter = new ExpressionEmitter(equations.Definition, RateInputs(analysis, context), context.Time)
        {
            Delay = Delays(analysis, equations, context),
            Scratch = splitter.ScratchFor(context),
            Hoisting = splitter.HoistingFor(context, StoredInput(analysis)),
        };
        var targets = analysis.States.Select(s => equations.StateRates[s.Id]).ToList();
        emitter.Plan(targets);
        for (var k = 0; k < targets.Count; k++)
        {
            var index = k;
            emitter.EmitNumeric(targets[k], value => Expression.Assign(context.OutputAt(index), value));
        }

        return (splitter.Compile<RatesFunction>(context, emitter, "Rates", context.Time, context.States, context.Model, context.Output), emitter);
    }

    private static (Lazy<JacobianFunction>? Jacobian, Lazy<RatesFunction>? TimeDerivative, int[]? Pattern, string? Note) CompileJacobian(ModelAnalysis analysis, ModelEquations equations, MethodSplitter splitter, RatesFunction rates, ExpressionEmitter ratesEmitter)
    {
        var n = analysis.States.Count;
        var builder = new JacobianBuilder(
            equations.Definition,
            name => analysis.Symbols.TryGetValue(name, out var s) ? s.StateIndex : -1,
            timeColumn: n);
        var entries = new List<(int Row, int Column, MathNode Math)>();
        try
        {
            for (var i = 0; i < n; i++)
            {
                foreach (var (j, math) in builder.Gradient(equations.StateRates[analysis.States[i].Id]))
                {
                    entries.Add((i, j, math));
                }
            }
        }
        catch (Exception ex) when (ex is NotDifferentiableException or UnsupportedFeatureException)
        {
            return (null, null, null, $"no analytic Jacobian ({ex.Message}); the stiff integrator uses finite differences");
        }

        // A model compiled in parts runs its rates function first and reads the quantities and shared
        // subexpressions it left in scratch, so the Jacobian's code holds the derivatives only.
        var reused = splitter.Split ? ratesEmitter : null;
        var stateEntries = entries.Where(e => e.Column < n).ToList();
        var jacobianCore = CompileEntries<JacobianFunction>(analysis, equations, splitter, builder, stateEntries, (row, column) => (row * n) + column, "Jacobian", reused);
        var jacobian = reused is null
            ? jacobianCore
            : new Lazy<JacobianFunction>(() => AfterRates(rates, jacobianCore.Value.Invoke), LazyThreadSafetyMode.ExecutionAndPublication);
        var pattern = stateEntries.Select(e => (e.Row * n) + e.Column).Distinct().Order().ToArray();
        var timeEntries = entries.Where(e => e.Column == n).ToList();
        if (timeEntries.Count == 0)
        {
            return (jacobian, null, pattern, null);
        }

        var timeCore = CompileEntries<RatesFunction>(analysis, equations, splitter, builder, timeEntries, (row, _) => row, "TimeDerivative", reused);
        var timeDerivative = reused is null
            ? timeCore
            : new Lazy<RatesFunction>(() => AfterRates(rates, timeCore.Value.Invoke).Invoke, LazyThreadSafetyMode.ExecutionAndPublication);
        return (jacobian, timeDerivative, pattern, null);
    }

    /// <summary><paramref name="core"/>, after the rates function has filled the scratch storage it reads.</summary>
    private static JacobianFunction AfterRates(RatesFunction rates, Action<double, double[], ModelState, double[]> core) =>
        (time, states, model, output) =>
        {
            rates(time, states, model, model.RateBuffer);
            core(time, states, model, output);
        };

    private static Lazy<TDelegate> CompileEntries<TDelegate>(
        ModelAnalysis analysis,
        ModelEquations equations,
        MethodSplitter splitter,
        JacobianBuilder builder,
        IReadOnlyList<(int Row, int Column, MathNode Math)> entries,
        Func<int, int, int> position,
        string name,
        ExpressionEmitter? reused)
        where TDelegate : Delegate
    {
        var context = new CompileContext(typeof(double[]));
        var emitter = new ExpressionEmitter(
            name => equations.Definition(name) ?? builder.PartialDefinition(name),
            RateInputs(analysis, context),
            context.Time)
        {
            Delay = Delays(analysis, equations, context),
            Scratch = splitter.ScratchFor(context),
            ScratchStart = reused?.ScratchEnd ?? 0,
            Hoisting = splitter.HoistingFor(context, StoredInput(analysis)),
        };
        if (reused is not null)
        {
            emitter.Reuse(reused);
        }

        emitter.Plan(entries.Select(e => e.Math));
        foreach (var (row, column, math) in entries)
        {
            var index = position(row, column);
            emitter.EmitNumeric(math, value => Expression.Assign(context.OutputAt(index), value));
        }

        return splitter.CompileOnFirstUse<TDelegate>(context, emitter, name, context.Time, context.States, context.Model, context.Output);
    }

    /// <summary>
    /// The update of the stored values. A model compiled in parts (see <see cref="MethodSplitter"/>)
    /// runs the rates function, which leaves every quantity the rates need in scratch storage, copies
    /// those into their stored values and computes only the rest (observables no rate reads): the
    /// same expressions, so the same values, and the rates' code is not compiled a second time.
    /// </summary>
    private static UpdateFunction CompileUpdate(ModelAnalysis analysis, ModelEquations equations, MethodSplitter splitter, RatesFunction rates, ExpressionEmitter ratesEmitter)
    {
        var assigned = analysis.Values.Where(s => s.Determination == Determination.Assigned).ToList();
        var copied = splitter.Split
            ? assigned.Select(s => (Symbol: s, Found: ratesEmitter.TryGetScratchIndex(s.Id, out var index), Index: index)).Where(c => c.Found).ToList()
            : [];
        var copiedIds = copied.Select(c => c.Symbol.Id).ToHashSet(StringComparer.Ordinal);
        var context = new CompileContext(typeof(double[]));
        var rateInputs = RateInputs(analysis, context);
        var emitter = new ExpressionEmitter(
            equations.Definition,
            name => copiedIds.Contains(name) ? context.Value(analysis.Symbols[name].ValueIndex) : rateInputs(name),
            context.Time)
        {
            Delay = Delays(analysis, equations, context),
            Scratch = splitter.ScratchFor(context),
            StorageFor = name => analysis.Symbols.TryGetValue(name, out var s) ? context.Value(s.ValueIndex) : null,
            Hoisting = splitter.HoistingFor(context, StoredInput(analysis)),
        };
        if (copied.Count == 0)
        {
            foreach (var state in analysis.States)
            {
                emitter.Add(Expression.Assign(context.Value(state.ValueIndex), context.State(state.StateIndex)));
            }
        }

        // Every assigned quantity is a definition stored straight into its element of the values array.
        emitter.Plan(assigned.Where(s => !copiedIds.Contains(s.Id)).Select(s => (MathNode)new SymbolNode(s.Id)));
        var rest = splitter.Compile<UpdateFunction>(context, emitter, "Update", context.Time, context.States, context.Model);
        if (copied.Count == 0)
        {
            return rest;
        }

        // Copies (the states into their stored values, then the rates' quantities) are plain loops here.
        var stateValues = analysis.States.Select(s => s.ValueIndex).ToArray();
        var stateIndices = analysis.States.Select(s => s.StateIndex).ToArray();
        var from = copied.Select(c => c.Index).ToArray();
        var to = copied.Select(c => c.Symbol.ValueIndex).ToArray();
        return (time, states, model) =>
        {
            var values = model.Values;
            for (var k = 0; k < stateValues.Length; k++)
            {
                values[stateValues[k]] = states[stateIndices[k]];
            }

            rates(time, states, model, model.RateBuffer);
            var scratch = model.Scratch;
            for (var k = 0; k < from.Length; k++)
            {
                values[to[k]] = scratch[from[k]];
            }

            rest(time, states, model);
        };
    }

    private static InitialFunction CompileInitial(ModelAnalysis analysis, ModelEquations equations, MethodSplitter splitter)
    {
        var context = new CompileContext(typeof(double[]));
        Expression? Inputs(string name) =>
            analysis.Symbols.TryGetValue(name, out var symbol)
                && symbol.Determination != Determination.Assigned
                && !equations.Initial.ContainsKey(name)
                ? context.Value(symbol.ValueIndex)
                : null;
        var emitter = new ExpressionEmitter(equations.InitialDefinition, Inputs, context.Time)
        {
            Delay = Delays(analysis, equations, context),
            Scratch = splitter.ScratchFor(context),
            StorageFor = name => analysis.Symbols.TryGetValue(name, out var s) ? context.Value(s.ValueIndex) : null,
        };

        // Initial values and assigned quantities are definitions stored straight into the values array.
        emitter.Plan(analysis.Values
            .Where(s => s.Determination == Determination.Assigned || equations.Initial.ContainsKey(s.Id))
            .Select(s => (MathNode)new SymbolNode(s.Id)));
        var tiered = splitter.CompileTiered<InitialFunction>(context, emitter, "Initial", context.Time, context.Model);
        return (time, model) => tiered.Current(time, model);
    }

    /// <summary>Reads in event-time functions: every symbol from the (up-to-date) stored values.</summary>
    internal static ExpressionEmitter EventEmitter(ModelAnalysis analysis, ModelEquations equations, CompileContext context) =>
        new(
            name => Names.IsRate(name, out _) ? equations.Definition(name) : null,
            name => analysis.Symbols.TryGetValue(name, out var symbol) ? context.Value(symbol.ValueIndex) : null,
            context.Time)
        {
            Delay = Delays(analysis, equations, context),
        };

    /// <summary>
    /// Past values come from the state's history; assigned quantities and rates are recomputed at τ
    /// from their definitions. Before the start a rate is zero and a value whose initial assignment
    /// depends on time follows that assignment (SBML Test Suite cases 00938 and 01400).
    /// </summary>
    private static DelaySupport Delays(ModelAnalysis analysis, ModelEquations equations, CompileContext context)
    {
        var history = Expression.Property(context.Model, nameof(ModelState.History));
        var timeDependentStart = TimeDependentInitialValues(analysis, equations);
        var beforeStart = new ApplyNode(MathOperator.Lt, CSymbolNode.Time, new SymbolNode(DelaySupport.StartName));

        Func<string, Expression?> InputsAt(Expression tau) => name =>
        {
            if (name == DelaySupport.StartName)
            {
                return Expression.Property(history, DelaySupport.StartProperty);
            }

            var id = name.StartsWith("#past:", StringComparison.Ordinal) ? name[6..] : name;
            if (!analysis.Symbols.TryGetValue(id, out var symbol) || symbol.Determination == Determination.Assigned
                || (id == name && timeDependentStart.Contains(id)))
            {
                return null;
            }

            return Expression.Call(history, DelaySupport.ValueMethod, Expression.Constant(symbol.ValueIndex), tau);
        };

        MathNode? Definitions(string name)
        {
            if (Names.IsRate(name, out _))
            {
                var rate = equations.Definition(name);
                return rate is null ? null : Build.IfThenElse(beforeStart, NumberNode.Zero, rate);
            }

            if (timeDependentStart.Contains(name))
            {
                return Build.IfThenElse(beforeStart, equations.Initial[name], new SymbolNode(DelaySupport.Recorded(name)));
            }

            return equations.Definition(name);
        }

        return new DelaySupport(InputsAt, Definitions);
    }

    /// <summary>Stored symbols whose initial value depends on time, directly or through others.</summary>
    private static HashSet<string> TimeDependentInitialValues(ModelAnalysis analysis, ModelEquations equations)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var (id, def) in equations.Initial)
            {
                if (result.Contains(id) || analysis.Symbols[id].Determination == Determination.Assigned)
                {
                    continue;
                }

                if (MathTraversal.Any(def, n => n is CSymbolNode { Kind: CSymbolKind.Time } || (n is SymbolNode s && result.Contains(s.Name))))
                {
                    result.Add(id);
                    changed = true;
                }
            }
        }
        while (changed);
        return result;
    }

    /// <summary>The smallest delay written as a positive number, or +∞ (bounds the step so stages only read the accepted past).</summary>
    private static double SmallestConstantDelay(Model.Model model)
    {
        var smallest = double.PositiveInfinity;
        foreach (var math in ModelExpressions.All(model))
        {
            foreach (var node in MathTraversal.Descendants(math))
            {
                if (node is ApplyNode { Operator: MathOperator.Delay } a && a.Arguments[1] is NumberNode { Value: > 0 } d)
                {
                    smallest = System.Math.Min(smallest, d.Value);
                }
            }
        }

        return smallest;
    }

    private static TriggersFunction CompileTriggers(ModelAnalysis analysis, ModelEquations equations)
    {
        var context = new CompileContext(typeof(bool[]));
        var emitter = EventEmitter(analysis, equations, context);
        var triggers = analysis.Model.Events
            .Select((e, i) => equations.Canonicalizer.Canonical(e.Trigger.Math, $"the trigger of event '{EventLabel(e, i)}'", e.Trigger.Location ?? e.Location))
            .ToList();

        // Single comparisons of numbers, time and stored values (a schedule's time >= tₖ) come from a table.
        var rest = new List<int>();
        var direct = DirectTriggers.Split(triggers, analysis, rest);
        if (rest.Count == 0)
        {
            return direct.Evaluate;
        }

        emitter.Plan(rest.Select(i => triggers[i]));
        foreach (var i in rest)
        {
            var index = i;
            emitter.EmitBoolean(triggers[i], value => Expression.Assign(context.OutputAt(index), value));
        }

        var generated = Expression.Lambda<TriggersFunction>(context.Body(emitter.Build()), "Triggers", [context.Time, context.Model, context.Output])
            .Compile();
        if (direct.Count == 0)
        {
            return generated;
        }

        return (time, model, output) =>
        {
            direct.Evaluate(time, model, output);
            generated(time, model, output);
        };
    }

    internal static string EventLabel(Event e, int index) => e.Id ?? $"event{index + 1}";

    private static ImmutableArray<CompiledEvent> CompileEvents(ModelAnalysis analysis, ModelEquations equations)
    {
        var result = ImmutableArray.CreateBuilder<CompiledEvent>(analysis.Model.Events.Length);
        for (var i = 0; i < analysis.Model.Events.Length; i++)
        {
            var e = analysis.Model.Events[i];
            var label = EventLabel(e, i);
            var values = e.Assignments
                .Select(a => equations.Canonicalizer.Canonical(a.Math, $"the assignment to '{a.Variable}' in event '{label}'", a.Location ?? e.Location))
                .ToList();
            var assignments = CompileValues(analysis, equations, values, $"Event_{i}_Assignments", tiered: true);
            var delay = e.Delay is null
                ? NumberNode.Zero
                : equations.Canonicalizer.Canonical(e.Delay, $"the delay of event '{label}'", e.Location);
            var priority = e.Priority is null
                ? new NumberNode(double.NaN)
                : equations.Canonicalizer.Canonical(e.Priority, $"the priority of event '{label}'", e.Location);
            var delayAndPriority = CompileValues(analysis, equations, [delay, priority], $"Event_{i}_DelayPriority", tiered: true);
            var targets = e.Assignments.Select(a =>
            {
                var symbol = analysis.Symbols[a.Variable];
                var compartment = symbol.MathIsConcentration && !symbol.StoresConcentration
                    ? analysis.Symbols[symbol.Compartment!].ValueIndex
                    : -1;
                return new EventTarget(symbol, compartment);
            }).ToImmutableArray();
            result.Add(new CompiledEvent(
                label, i, e.Trigger.InitialValue, e.Trigger.Persistent, e.UseValuesFromTriggerTime,
                e.Delay is not null, e.Priority is not null, targets, assignments, delayAndPriority));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Compiles values read at event time; <paramref name="tiered"/> for those a simulation
    /// evaluates only a few times (interpreted first, see <see cref="TieredFunction{TDelegate}"/>).
    /// Numbers, the time, stored values and differences of two of these come from a table
    /// (<see cref="DirectValues"/>) instead: no code is generated for a function made only of them.</summary>
    internal static ValuesFunction CompileValues(ModelAnalysis analysis, ModelEquations equations, IReadOnlyList<MathNode> values, string name, bool tiered = false)
    {
        var rest = new List<int>();
        var direct = DirectValues.Split(values, analysis, rest);
        if (rest.Count == 0)
        {
            return direct.Evaluate;
        }

        var generated = GenerateValues(analysis, equations, values, rest, name, tiered);
        if (direct.Count == 0)
        {
            return generated;
        }

        return (time, model, output) =>
        {
            direct.Evaluate(time, model, output);
            generated(time, model, output);
        };
    }

    /// <summary>Generated code writing the values at <paramref name="positions"/> into those positions of the output.</summary>
    private static ValuesFunction GenerateValues(ModelAnalysis analysis, ModelEquations equations, IReadOnlyList<MathNode> values, List<int> positions, string name, bool tiered)
    {
        var context = new CompileContext(typeof(double[]));
        var emitter = EventEmitter(analysis, equations, context);
        emitter.Plan(positions.Select(k => values[k]));
        foreach (var k in positions)
        {
            var index = k;
            emitter.EmitNumeric(values[k], value => Expression.Assign(context.OutputAt(index), value));
        }

        var lambda = Expression.Lambda<ValuesFunction>(context.Body(emitter.Build()), name, [context.Time, context.Model, context.Output]);
        if (!tiered)
        {
            return lambda.Compile();
        }

        var function = new TieredFunction<ValuesFunction>([lambda]);
        return (time, model, output) => function.Current(time, model, output);
    }
}
