using System.Linq.Expressions;
using System.Reflection;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Symbolic;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Turns canonical math into a block of LINQ expression-tree statements. Quantities defined in the
/// definition graph are computed once, in dependency order, into locals; subtrees that occur more
/// than once where they are always evaluated are computed once (common-subexpression sharing);
/// inputs (states, stored values, time) come from the resolver the caller gives.
/// </summary>
internal sealed class ExpressionEmitter
{
    private static readonly MethodInfo Pow = typeof(MathFunctions).GetMethod(nameof(MathFunctions.Power))!;
    private static readonly MethodInfo PowInt = typeof(MathFunctions).GetMethod(nameof(MathFunctions.PowInt))!;

    private readonly Func<string, MathNode?> definitions;
    private readonly Func<string, Expression?> inputs;
    private readonly Expression time;
    private readonly List<ParameterExpression> locals = [];
    private readonly List<Expression> statements = [];
    private readonly Dictionary<string, Expression> defined = new(StringComparer.Ordinal);
    private int conditionalDepth;
    private readonly Dictionary<MathNode, int> occurrences = new(MathNodeComparer.Instance);
    private readonly Dictionary<MathNode, Expression> shared = new(MathNodeComparer.Instance);
    private readonly Dictionary<string, int> namedScratch = new(StringComparer.Ordinal);
    private readonly Dictionary<MathNode, int> sharedScratch = new(MathNodeComparer.Instance);

    /// <param name="definitions">The definition of a derived name, or null for inputs.</param>
    /// <param name="inputs">The expression reading an input symbol, or null when it has none.</param>
    /// <param name="time">The expression for the time csymbol.</param>
    public ExpressionEmitter(Func<string, MathNode?> definitions, Func<string, Expression?> inputs, Expression time)
    {
        this.definitions = definitions;
        this.inputs = inputs;
        this.time = time;
    }

    /// <summary>How to read past values for <c>delay(x, d)</c>; null when the model has no delays.</summary>
    public DelaySupport? Delay { get; init; }

    /// <summary>Where subexpressions of stored values only are kept and refreshed (see
    /// <see cref="InvariantHoisting"/>); null computes every subexpression on every call.</summary>
    public InvariantHoisting? Hoisting { get; init; }

    private Expression? refresh;
    private bool refreshBuilt;

    /// <summary>The statement that recomputes the hoisted subexpressions when their inputs changed, to run
    /// before all others; null when nothing was hoisted. Call after everything was emitted.</summary>
    public Expression? InvariantRefresh()
    {
        if (!refreshBuilt)
        {
            refresh = Hoisting?.Refresh(definitions, inputs, time);
            refreshBuilt = true;
        }

        return refresh;
    }

    /// <summary>
    /// Prepares the emission of <paramref name="targets"/>: orders the definitions they need
    /// (dependencies first, cycles reported), counts repeated subtrees, and emits one statement per
    /// needed definition. Call once, before emitting the targets.
    /// </summary>
    public void Plan(IEnumerable<MathNode> targets)
    {
        var targetList = targets.ToList();
        var order = new List<string>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var target in targetList)
        {
            Visit(target, order, state, path);
        }

        foreach (var name in order)
        {
            Count(definitions(name)!, conditional: false);
        }

        foreach (var target in targetList)
        {
            Count(target, conditional: false);
        }

        foreach (var name in order)
        {
            var value = Numeric(definitions(name)!);
            var slot = StorageFor?.Invoke(name) ?? NewSlot(name);
            statements.Add(Expression.Assign(slot, value));
            defined[name] = slot;
        }
    }

    private void Visit(MathNode node, List<string> order, Dictionary<string, bool> state, List<string> path)
    {
        foreach (var name in MathTraversal.Symbols(node).Distinct(StringComparer.Ordinal))
        {
            if (defined.ContainsKey(name) || inputs(name) is not null)
            {
                continue;
            }

            if (state.TryGetValue(name, out var done))
            {
                if (!done)
                {
                    var start = path.IndexOf(name);
                    var cycle = path.Skip(start).Append(name).Select(Display);
                    throw new ModelValidationException($"'{Display(name)}' is defined in terms of itself ({string.Join(" → ", cycle)}): rules must not form a cycle");
                }

                continue;
            }

            var def = definitions(name) ?? throw new ModelValidationException($"'{Display(name)}' has no value: it is neither set nor defined by a rule");
            state[name] = false;
            path.Add(name);
            Visit(def, order, state, path);
            path.RemoveAt(path.Count - 1);
            state[name] = true;
            order.Add(name);
        }
    }

    /// <summary>Appends a statement that evaluates <paramref name="math"/> and passes the value to <paramref name="store"/>.</summary>
    public void EmitNumeric(MathNode math, Func<Expression, Expression> store)
    {
        var value = Numeric(math);
        statements.Add(store(value));
    }

    /// <summary>Appends a statement that evaluates the condition <paramref name="math"/> and passes the boolean to <paramref name="store"/>.</summary>
    public void EmitBoolean(MathNode math, Func<Expression, Expression> store)
    {
        var value = Boolean(math);
        statements.Add(store(value));
    }

    /// <summary>Appends a raw statement.</summary>
    public void Add(Expression statement) => statements.Add(statement);

    /// <summary>The scratch element that holds the defined quantity <paramref name="name"/> once the
    /// statements have run (scratch mode, planned definitions only).</summary>
    public bool TryGetScratchIndex(string name, out int index) => namedScratch.TryGetValue(name, out index);

    /// <summary>
    /// Takes over what <paramref name="earlier"/> leaves in scratch storage — its planned definitions and
    /// its shared subexpressions — for code that runs right after it on the same inputs: those are read
    /// from scratch instead of computed again. Both emitters must be in scratch mode, this one's slots
    /// starting at or after the other's end. Call before <see cref="Plan"/>.
    /// </summary>
    public void Reuse(ExpressionEmitter earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (Scratch is null || ScratchStart < earlier.ScratchEnd)
        {
            throw new InvalidOperationException("reuse needs scratch storage beyond the earlier emitter's");
        }

        foreach (var (name, index) in earlier.namedScratch)
        {
            defined[name] = Expression.ArrayAccess(Scratch, Expression.Constant(index));
        }

        foreach (var (node, index) in earlier.sharedScratch)
        {
            shared[node] = Expression.ArrayAccess(Scratch, Expression.Constant(index));
        }
    }

    /// <summary>The local holding a defined quantity, computing it first if needed.</summary>
    public Expression Defined(string name) => Reference(name);

    /// <summary>
    /// When set, defined quantities and shared subexpressions are kept in this array (from
    /// <see cref="ScratchStart"/> on) instead of locals, so the statements can be split into several
    /// methods: one very large method costs much JIT time and, past the JIT's size limits, is compiled
    /// without optimisation.
    /// </summary>
    public Expression? Scratch { get; init; }

    /// <summary>Where a defined quantity is stored when it has a home of its own (e.g. its element of
    /// the values array in the update function), or null for a local or scratch slot.</summary>
    public Func<string, Expression?>? StorageFor { get; init; }

    /// <summary>The first scratch slot this emitter may use.</summary>
    public int ScratchStart { get; init; }

    /// <summary>One past the last scratch slot used.</summary>
    public int ScratchEnd => ScratchStart + scratchUsed;

    /// <summary>The statements emitted so far, in order.</summary>
    public IReadOnlyList<Expression> Statements => statements;

    /// <summary>The locals the statements use (empty in scratch mode, except those of nested blocks).</summary>
    public IReadOnlyList<ParameterExpression> Locals => locals;

    private int scratchUsed;

    private Expression NewSlot(string? name, MathNode? node = null)
    {
        if (Scratch is null)
        {
            var local = Expression.Variable(typeof(double), name);
            locals.Add(local);
            return local;
        }

        var index = ScratchStart + scratchUsed++;
        if (name is not null)
        {
            namedScratch[name] = index;
        }
        else if (node is not null)
        {
            sharedScratch[node] = index;
        }

        return Expression.ArrayAccess(Scratch, Expression.Constant(index));
    }

    /// <summary>The block of all statements emitted so far, ending with <paramref name="result"/> (or void).</summary>
    public BlockExpression Build(Expression? result = null)
    {
        var body = new List<Expression>();
        if (InvariantRefresh() is { } first)
        {
            body.Add(first);
        }

        body.AddRange(statements);
        body.Add(result ?? Expression.Empty());
        return Expression.Block(locals, body);
    }

    private void Count(MathNode node, bool conditional)
    {
        if (!IsTrivial(node) && !conditional)
        {
            occurrences[node] = occurrences.GetValueOrDefault(node) + 1;
            if (occurrences[node] > 1)
            {
                return;
            }
        }

        switch (node)
        {
            case PiecewiseNode p:
                for (var i = 0; i < p.Pieces.Length; i++)
                {
                    Count(p.Pieces[i].Condition, conditional || i > 0);
                    Count(p.Pieces[i].Value, true);
                }

                if (p.Otherwise is not null)
                {
                    Count(p.Otherwise, true);
                }

                break;
            case ApplyNode { Operator: MathOperator.And or MathOperator.Or or MathOperator.Implies } a:
                for (var i = 0; i < a.Arguments.Length; i++)
                {
                    Count(a.Arguments[i], conditional || i > 0);
                }

                break;
            case ApplyNode { Operator: MathOperator.Delay }:
                break;
            default:
                foreach (var child in MathTraversal.Children(node))
                {
                    Count(child, conditional);
                }

                break;
        }
    }

    private static bool IsTrivial(MathNode node) =>
        node is NumberNode or BooleanNode or SymbolNode or CSymbolNode
        || (node is ApplyNode { Operator: MathOperator.Minus, Arguments.Length: 1 } neg && neg.Arguments[0] is NumberNode or SymbolNode);

    private Expression Reference(string name)
    {
        if (defined.TryGetValue(name, out var local))
        {
            return local;
        }

        return inputs(name) ?? throw new InvalidOperationException($"'{name}' was not planned before emission");
    }

    private static string Display(string name) => Names.IsRate(name, out var id) ? $"rateOf({id})" : name;

    private Expression Numeric(MathNode node)
    {
        if (shared.TryGetValue(node, out var local))
        {
            return local;
        }

        if (Hoisting?.Slot(node, definitions, inputs) is { } invariant)
        {
            return invariant;
        }

        var value = NumericCore(node);
        if (conditionalDepth == 0 && occurrences.GetValueOrDefault(node) > 1 && !IsTrivial(node) && IsNumericValued(node))
        {
            // First (unconditional) evaluation: compute into a slot and reuse it afterwards.
            var slot = NewSlot(null, node);
            shared[node] = slot;
            return Expression.Assign(slot, value);
        }

        return value;
    }

    private Expression NumericCore(MathNode node)
    {
        switch (node)
        {
            case NumberNode n:
                return Expression.Constant(n.Value);
            case BooleanNode b:
                return Expression.Constant(b.Value ? 1.0 : 0.0);
            case SymbolNode s:
                return Reference(s.Name);
            case CSymbolNode { Kind: CSymbolKind.Time }:
                return time;
            case CSymbolNode:
                return Expression.Constant(Constants.Avogadro);
            case PiecewiseNode p:
                return Piecewise(p, numeric: true);
            case ApplyNode a when IsBooleanOperator(a.Operator):
                return Expression.Condition(Boolean(a), Expression.Constant(1.0), Expression.Constant(0.0));
            case ApplyNode a:
                return Apply(a);
            default:
                throw new ModelValidationException($"cannot evaluate {node.GetType().Name}");
        }
    }

    private Expression Boolean(MathNode node)
    {
        switch (node)
        {
            case BooleanNode b:
                return Expression.Constant(b.Value);
            case ApplyNode a when IsBooleanOperator(a.Operator):
                return BooleanApply(a);
            case PiecewiseNode p when IsBooleanValued(p):
                return Piecewise(p, numeric: false);
            default:
                return Expression.NotEqual(Numeric(node), Expression.Constant(0.0));
        }
    }

    private Expression Piecewise(PiecewiseNode p, bool numeric)
    {
        // Emit in evaluation order: only the first condition is always evaluated.
        var conditions = new Expression[p.Pieces.Length];
        var values = new Expression[p.Pieces.Length];
        Expression otherwise;
        conditions[0] = Boolean(p.Pieces[0].Condition);
        conditionalDepth++;
        try
        {
            for (var i = 0; i < p.Pieces.Length; i++)
            {
                if (i > 0)
                {
                    conditions[i] = Boolean(p.Pieces[i].Condition);
                }

                values[i] = numeric ? Numeric(p.Pieces[i].Value) : Boolean(p.Pieces[i].Value);
            }

            otherwise = p.Otherwise is null
                ? (numeric ? Expression.Constant(double.NaN) : Expression.Constant(false))
                : (numeric ? Numeric(p.Otherwise) : Boolean(p.Otherwise));
        }
        finally
        {
            conditionalDepth--;
        }

        var result = otherwise;
        for (var i = p.Pieces.Length - 1; i >= 0; i--)
        {
            result = Expression.Condition(conditions[i], values[i], result);
        }

        return result;
    }

    private Expression Conditionally(Func<Expression> emit)
    {
        conditionalDepth++;
        try
        {
            return emit();
        }
        finally
        {
            conditionalDepth--;
        }
    }

    private Expression BooleanApply(ApplyNode a)
    {
        var args = a.Arguments;
        switch (a.Operator)
        {
            case MathOperator.And:
                return args.Length == 0 ? Expression.Constant(true) : ShortCircuit(args, Expression.AndAlso);
            case MathOperator.Or:
                return args.Length == 0 ? Expression.Constant(false) : ShortCircuit(args, Expression.OrElse);
            case MathOperator.Xor:
                return args.Length == 0 ? Expression.Constant(false) : args.Select(Boolean).ToList().Aggregate(Expression.ExclusiveOr);
            case MathOperator.Not:
                return Expression.Not(Boolean(args[0]));
            case MathOperator.Implies:
                {
                    var premise = Boolean(args[0]);
                    return Expression.OrElse(Expression.Not(premise), Conditionally(() => Boolean(args[1])));
                }

            default:
                return Relational(a.Operator, args);
        }
    }

    private Expression ShortCircuit(ImmutableArray<MathNode> args, Func<Expression, Expression, BinaryExpression> combine)
    {
        var result = Boolean(args[0]);
        for (var i = 1; i < args.Length; i++)
        {
            var index = i;
            result = combine(result, Conditionally(() => Boolean(args[index])));
        }

        return result;
    }

    private Expression Relational(MathOperator op, ImmutableArray<MathNode> args)
    {
        if (args.Length < 2)
        {
            return Expression.Constant(true);
        }

        var values = new Expression[args.Length];
        values[0] = Numeric(args[0]);
        values[1] = Numeric(args[1]);
        if (args.Length > 2)
        {
            // Later comparisons of a chain are short-circuited: their operands are conditional.
            for (var i = 2; i < args.Length; i++)
            {
                var index = i;
                values[i] = Conditionally(() => Numeric(args[index]));
            }
        }

        Expression? result = null;
        for (var i = 0; i + 1 < values.Length; i++)
        {
            Expression comparison = op switch
            {
                MathOperator.Eq => Expression.Equal(values[i], values[i + 1]),
                MathOperator.Neq => Expression.NotEqual(values[i], values[i + 1]),
                MathOperator.Gt => Expression.GreaterThan(values[i], values[i + 1]),
                MathOperator.Lt => Expression.LessThan(values[i], values[i + 1]),
                MathOperator.Geq => Expression.GreaterThanOrEqual(values[i], values[i + 1]),
                _ => Expression.LessThanOrEqual(values[i], values[i + 1]),
            };
            result = result is null ? comparison : Expression.AndAlso(result, comparison);
        }

        return result!;
    }

    private Expression Apply(ApplyNode a)
    {
        var args = a.Arguments;
        switch (a.Operator)
        {
            case MathOperator.Plus:
                return args.Length == 0 ? Expression.Constant(0.0) : args.Select(Numeric).Aggregate(Expression.Add);
            case MathOperator.Times:
                return args.Length == 0 ? Expression.Constant(1.0) : args.Select(Numeric).Aggregate(Expression.Multiply);
            case MathOperator.Minus:
                return args.Length == 1 ? Expression.Negate(Numeric(args[0])) : Expression.Subtract(Numeric(args[0]), Numeric(args[1]));
            case MathOperator.Divide:
                return Expression.Divide(Numeric(args[0]), Numeric(args[1]));
            case MathOperator.Power:
                return Power(args[0], args[1]);
            case MathOperator.Max:
            case MathOperator.Min:
                return Extremum(a.Operator, args);
            case MathOperator.Delay:
                return Delayed(args[0], args[1]);
            case MathOperator.RateOf:
                throw new ModelValidationException("rateOf must be applied to one symbol");
            default:
                return Call(a.Operator, args);
        }
    }

    /// <summary>
    /// <c>delay(x, d)</c>: x evaluated at τ = t − d from the stored past. Stored quantities are read
    /// from the history at τ; assigned quantities are recomputed at τ from their definitions.
    /// </summary>
    private Expression Delayed(MathNode x, MathNode d)
    {
        var support = Delay ?? throw new UnsupportedFeatureException("delay", "the delay csymbol cannot be evaluated here");
        var delay = Numeric(d);
        var tau = Expression.Variable(typeof(double), "tau");
        var nested = new ExpressionEmitter(support.Definitions, support.InputsAt(tau), tau)
        {
            Delay = support,
        };
        nested.Plan([x]);
        var value = nested.Numeric(x);
        return Expression.Block(
            typeof(double),
            [tau],
            Expression.Assign(tau, Expression.Subtract(time, delay)),
            nested.Build(value));
    }

    private Expression Power(MathNode baseNode, MathNode exponent)
    {
        var b = Numeric(baseNode);
        if (exponent is NumberNode { Value: var e } && e == System.Math.Floor(e) && System.Math.Abs(e) <= 8)
        {
            return Expression.Call(PowInt, b, Expression.Constant((int)e));
        }

        if (exponent is NumberNode { Value: 0.5 })
        {
            return Expression.Call(typeof(System.Math).GetMethod(nameof(System.Math.Sqrt))!, b);
        }

        return Expression.Call(Pow, b, Numeric(exponent));
    }

    private Expression Extremum(MathOperator op, ImmutableArray<MathNode> args)
    {
        if (args.Length == 0)
        {
            return Expression.Constant(op == MathOperator.Max ? double.NegativeInfinity : double.PositiveInfinity);
        }

        var method = typeof(System.Math).GetMethod(op == MathOperator.Max ? nameof(System.Math.Max) : nameof(System.Math.Min), [typeof(double), typeof(double)])!;
        return args.Select(Numeric).Aggregate((x, y) => Expression.Call(method, x, y));
    }

    private Expression Call(MathOperator op, ImmutableArray<MathNode> args)
    {
        var (type, name) = op switch
        {
            MathOperator.Abs => (typeof(System.Math), nameof(System.Math.Abs)),
            MathOperator.Exp => (typeof(System.Math), nameof(System.Math.Exp)),
            MathOperator.Ln => (typeof(System.Math), nameof(System.Math.Log)),
            MathOperator.Floor => (typeof(System.Math), nameof(System.Math.Floor)),
            MathOperator.Ceiling => (typeof(System.Math), nameof(System.Math.Ceiling)),
            MathOperator.Sin => (typeof(System.Math), nameof(System.Math.Sin)),
            MathOperator.Cos => (typeof(System.Math), nameof(System.Math.Cos)),
            MathOperator.Tan => (typeof(System.Math), nameof(System.Math.Tan)),
            MathOperator.Sinh => (typeof(System.Math), nameof(System.Math.Sinh)),
            MathOperator.Cosh => (typeof(System.Math), nameof(System.Math.Cosh)),
            MathOperator.Tanh => (typeof(System.Math), nameof(System.Math.Tanh)),
            MathOperator.ArcSin => (typeof(System.Math), nameof(System.Math.Asin)),
            MathOperator.ArcCos => (typeof(System.Math), nameof(System.Math.Acos)),
            MathOperator.ArcTan => (typeof(System.Math), nameof(System.Math.Atan)),
            MathOperator.ArcSinh => (typeof(System.Math), nameof(System.Math.Asinh)),
            MathOperator.ArcCosh => (typeof(System.Math), nameof(System.Math.Acosh)),
            MathOperator.ArcTanh => (typeof(System.Math), nameof(System.Math.Atanh)),
            _ => (typeof(MathFunctions), op.ToString()),
        };
        var parameterCount = op is MathOperator.Root or MathOperator.Log or MathOperator.Quotient or MathOperator.Rem ? 2 : 1;
        if (args.Length != parameterCount)
        {
            throw new ModelValidationException($"'{op}' takes {parameterCount} argument(s), not {args.Length}");
        }

        var method = type.GetMethod(name, Enumerable.Repeat(typeof(double), parameterCount).ToArray())
            ?? throw new InvalidOperationException($"no method {type.Name}.{name}");
        return Expression.Call(method, args.Select(Numeric));
    }

    /// <summary>Whether the operator yields a boolean.</summary>
    public static bool IsBooleanOperator(MathOperator op) =>
        op is MathOperator.Eq or MathOperator.Neq or MathOperator.Gt or MathOperator.Lt or MathOperator.Geq or MathOperator.Leq
            or MathOperator.And or MathOperator.Or or MathOperator.Xor or MathOperator.Not or MathOperator.Implies;

    /// <summary>Whether the node yields a number (not a boolean).</summary>
    public static bool IsNumeric(MathNode node) => IsNumericValued(node);

    private static bool IsNumericValued(MathNode node) => node switch
    {
        BooleanNode => false,
        ApplyNode a => !IsBooleanOperator(a.Operator),
        PiecewiseNode p => !IsBooleanValued(p),
        _ => true,
    };

    /// <summary>Whether every branch of the piecewise yields a boolean.</summary>
    public static bool IsBooleanValued(PiecewiseNode p) =>
        p.Pieces.All(piece => IsBooleanNode(piece.Value)) && (p.Otherwise is null || IsBooleanNode(p.Otherwise));

    private static bool IsBooleanNode(MathNode node) => node switch
    {
        BooleanNode => true,
        ApplyNode a => IsBooleanOperator(a.Operator),
        PiecewiseNode p => IsBooleanValued(p),
        _ => false,
    };
}
