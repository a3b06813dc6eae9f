using System.Linq.Expressions;
using System.Reflection;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Symbolic;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Where an <see cref="ExpressionEmitter"/> keeps the subexpressions that depend on stored values
/// only (no state, no time, no delay), such as Kⁿ of a Hill term or (m/m_ref)^θ of an allometric
/// scaling: they are computed into <see cref="ModelState.Invariants"/> by a refresh block at the
/// start of the function and read from there by the rest of it.
/// The refresh block runs when any stored value the hoisted expressions read differs, bit for bit,
/// from the copy taken when they were last computed (and on the first call with a new state), so a
/// change by an event, an initial assignment, a parameter change before the start, a fast-reaction
/// scale or a caller writing <see cref="ModelState.Values"/> directly is always seen: the function
/// returns the same numbers as without hoisting.
/// </summary>
internal sealed class InvariantHoisting
{
    private static readonly MethodInfo Bits = typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits))!;

    private readonly Expression store;
    private readonly Func<string, bool> isConstantInput;
    private readonly Func<int> allocate;
    private readonly Dictionary<MathNode, bool> nodeMemo = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, bool> nameMemo = new(StringComparer.Ordinal);
    private readonly Dictionary<MathNode, int> slots = new(MathNodeComparer.Instance);
    private readonly List<(MathNode Node, int Slot)> hoisted = [];

    /// <param name="store">The expression of the invariant array (a local loaded from <see cref="ModelState.Invariants"/>).</param>
    /// <param name="isConstantInput">Whether an input symbol is a stored value that is not a state (read from the values array).</param>
    /// <param name="allocate">Hands out the next free element of the invariant array (shared by all functions of a model).</param>
    public InvariantHoisting(Expression store, Func<string, bool> isConstantInput, Func<int> allocate)
    {
        this.store = store;
        this.isConstantInput = isConstantInput;
        this.allocate = allocate;
    }

    /// <summary>The number of subexpressions hoisted so far.</summary>
    public int Count => hoisted.Count;

    /// <summary>
    /// The element holding <paramref name="node"/> when it depends on stored values only and costs
    /// more than reading it (it contains a power, exponential, logarithm, trigonometric function or
    /// division); null otherwise. The same subexpression always gets the same element.
    /// </summary>
    public Expression? Slot(MathNode node, Func<string, MathNode?> definitions, Func<string, Expression?> inputs)
    {
        // Cheap tests first: most nodes read a state and are ruled out by the memo, unhashed.
        if (node is NumberNode or SymbolNode or CSymbolNode || !IsInvariant(node, definitions, inputs))
        {
            return null;
        }

        if (slots.TryGetValue(node, out var existing))
        {
            return Element(existing);
        }

        if (!IsCostly(node))
        {
            return null;
        }

        var slot = allocate();
        slots[node] = slot;
        hoisted.Add((node, slot));
        return Element(slot);
    }

    /// <summary>
    /// The statement to run first in the function: when the stored values the hoisted expressions
    /// read changed since the last refresh (or there was none), recomputes them and records the
    /// values read. Null when nothing was hoisted.
    /// </summary>
    public Expression? Refresh(Func<string, MathNode?> definitions, Func<string, Expression?> inputs, Expression time)
    {
        if (hoisted.Count == 0)
        {
            return null;
        }

        var read = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Expression? Recording(string name)
        {
            var input = inputs(name);
            if (input is not null && seen.Add(name))
            {
                read.Add(name);
            }

            return input;
        }

        var emitter = new ExpressionEmitter(definitions, Recording, time);
        emitter.Plan(hoisted.Select(h => h.Node));
        foreach (var (node, slot) in hoisted)
        {
            emitter.EmitNumeric(node, value => Expression.Assign(Element(slot), value));
        }

        var flag = allocate();
        var copies = read.Select(_ => allocate()).ToList();
        var body = new List<Expression>(emitter.Statements);
        for (var i = 0; i < read.Count; i++)
        {
            body.Add(Expression.Assign(Element(copies[i]), inputs(read[i])!));
        }

        body.Add(Expression.Assign(Element(flag), Expression.Constant(1.0)));
        var changed = new List<Expression> { Expression.Equal(Element(flag), Expression.Constant(0.0)) };
        for (var i = 0; i < read.Count; i++)
        {
            changed.Add(Expression.NotEqual(Expression.Call(Bits, inputs(read[i])!), Expression.Call(Bits, Element(copies[i]))));
        }

        return Expression.IfThen(Any(changed, 0, changed.Count), Expression.Block(emitter.Locals, body));
    }

    // A balanced tree of non-short-circuit ors (no branch per comparison, shallow for many inputs).
    private static Expression Any(List<Expression> terms, int start, int end) =>
        end - start == 1 ? terms[start] : Expression.Or(Any(terms, start, (start + end) / 2), Any(terms, (start + end) / 2, end));

    private Expression Element(int slot) => Expression.ArrayAccess(store, Expression.Constant(slot));

    private bool IsInvariant(MathNode node, Func<string, MathNode?> definitions, Func<string, Expression?> inputs)
    {
        if (nodeMemo.TryGetValue(node, out var known))
        {
            return known;
        }

        var result = node switch
        {
            NumberNode or BooleanNode => true,
            CSymbolNode c => c.Kind != CSymbolKind.Time,
            SymbolNode s => IsInvariantName(s.Name, definitions, inputs),
            ApplyNode { Operator: MathOperator.Delay or MathOperator.RateOf } => false,
            _ => MathTraversal.Children(node).All(child => IsInvariant(child, definitions, inputs)),
        };
        nodeMemo[node] = result;
        return result;
    }

    private bool IsInvariantName(string name, Func<string, MathNode?> definitions, Func<string, Expression?> inputs)
    {
        if (nameMemo.TryGetValue(name, out var known))
        {
            return known;
        }

        if (inputs(name) is not null)
        {
            return nameMemo[name] = isConstantInput(name);
        }

        // A quantity defined by a rule is invariant when its definition is (a cycle is not).
        nameMemo[name] = false;
        var definition = definitions(name);
        return nameMemo[name] = definition is not null && IsInvariant(definition, definitions, inputs);
    }

    private static bool IsCostly(MathNode node) =>
        ExpressionEmitter.IsNumeric(node) && MathTraversal.Any(node, n => n is ApplyNode a && IsCostlyOperator(a));

    private static bool IsCostlyOperator(ApplyNode a) => a.Operator switch
    {
        MathOperator.Power => a.Arguments.Length == 2 && !(a.Arguments[1] is NumberNode { Value: var e } && e == System.Math.Floor(e) && System.Math.Abs(e) <= 2),
        MathOperator.Plus or MathOperator.Minus or MathOperator.Times or MathOperator.Max or MathOperator.Min or MathOperator.Abs
            or MathOperator.Floor or MathOperator.Ceiling => false,
        _ => !ExpressionEmitter.IsBooleanOperator(a.Operator),
    };
}
