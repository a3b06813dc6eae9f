using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Symbolic;
using static Myokinetics.Core.Math.Symbolic.Build;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Sparse forward-mode symbolic differentiation of the state rates through the definition graph:
/// the gradient of every defined quantity is itself a set of named definitions
/// (<see cref="Names.Partial"/>), so the chain rule through assignment rules and reaction rates
/// shares work exactly as the rates do.
/// </summary>
internal sealed class JacobianBuilder
{
    private readonly Func<string, MathNode?> definitions;
    private readonly Func<string, int> stateIndex;
    private readonly Dictionary<string, SortedDictionary<int, MathNode>> gradients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MathNode> partialDefinitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);

    private readonly int timeColumn;

    /// <param name="definitions">The rate-time definition graph (assigned quantities, rates).</param>
    /// <param name="stateIndex">The state index of a symbol, or -1 when it is not a state.</param>
    /// <param name="timeColumn">The column that holds ∂/∂t (the number of states): time is treated as one more variable.</param>
    public JacobianBuilder(Func<string, MathNode?> definitions, Func<string, int> stateIndex, int timeColumn)
    {
        this.definitions = definitions;
        this.stateIndex = stateIndex;
        this.timeColumn = timeColumn;
    }

    /// <summary>The definitions of the partial-derivative names the gradients refer to.</summary>
    public MathNode? PartialDefinition(string name) => partialDefinitions.GetValueOrDefault(name);

    /// <summary>∂E/∂y_j for every state j that E depends on; entries may refer to partial-derivative names.</summary>
    public SortedDictionary<int, MathNode> Gradient(MathNode expression)
    {
        var result = new SortedDictionary<int, MathNode>();
        if (MathTraversal.Any(expression, n => n is CSymbolNode { Kind: CSymbolKind.Time }))
        {
            AddTerm(result, timeColumn, PartialTime(expression));
        }

        foreach (var name in MathTraversal.Symbols(expression).Distinct(StringComparer.Ordinal))
        {
            var column = stateIndex(name);
            if (column >= 0)
            {
                AddTerm(result, column, Partial(expression, name));
                continue;
            }

            if (definitions(name) is null)
            {
                continue;
            }

            var inner = GradientOfName(name);
            if (inner.Count == 0)
            {
                continue;
            }

            var partial = Partial(expression, name);
            if (IsZero(partial))
            {
                continue;
            }

            foreach (var j in inner.Keys)
            {
                AddTerm(result, j, Multiply(partial, Symbol(Names.Partial(name, j))));
            }
        }

        return result;
    }

    private SortedDictionary<int, MathNode> GradientOfName(string name)
    {
        if (gradients.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!inProgress.Add(name))
        {
            throw new NotDifferentiableException($"'{name}' depends on itself");
        }

        var gradient = Gradient(definitions(name)!);
        inProgress.Remove(name);
        foreach (var (j, entry) in gradient)
        {
            partialDefinitions[Names.Partial(name, j)] = entry;
        }

        gradients[name] = gradient;
        return gradient;
    }

    private static void AddTerm(SortedDictionary<int, MathNode> gradient, int column, MathNode term)
    {
        if (IsZero(term))
        {
            return;
        }

        gradient[column] = gradient.TryGetValue(column, out var existing) ? Add(existing, term) : term;
    }

    private static MathNode PartialTime(MathNode expression)
    {
        var differentiator = new Differentiator(leaf => leaf is CSymbolNode { Kind: CSymbolKind.Time } ? NumberNode.One : NumberNode.Zero)
        {
            DelayIsIndependent = true,
        };
        return differentiator.Differentiate(expression);
    }

    private static MathNode Partial(MathNode expression, string symbol)
    {
        var differentiator = new Differentiator(leaf =>
            leaf is SymbolNode s && string.Equals(s.Name, symbol, StringComparison.Ordinal) ? NumberNode.One : NumberNode.Zero)
        {
            DelayIsIndependent = true,
        };
        return differentiator.Differentiate(expression);
    }
}
