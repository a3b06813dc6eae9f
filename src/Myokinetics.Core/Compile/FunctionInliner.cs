using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Symbolic;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Compile;

/// <summary>Replaces calls of user function definitions by their bodies with the arguments substituted.</summary>
internal sealed class FunctionInliner
{
    private const int MaxDepth = 64;
    private readonly Dictionary<string, FunctionDefinition> functions;

    public FunctionInliner(IEnumerable<FunctionDefinition> definitions)
    {
        functions = new Dictionary<string, FunctionDefinition>(StringComparer.Ordinal);
        foreach (var f in definitions)
        {
            functions[f.Id] = f;
        }
    }

    public bool IsFunction(string id) => functions.ContainsKey(id);

    public MathNode Inline(MathNode node, string context) => Inline(node, context, 0);

    private MathNode Inline(MathNode node, string context, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ModelValidationException($"{context}: function definitions call each other without end (recursion is not allowed)");
        }

        return MathTraversal.Rewrite(node, n => n is CallNode call ? Expand(call, context, depth) : n);
    }

    private MathNode Expand(CallNode call, string context, int depth)
    {
        if (!functions.TryGetValue(call.Function, out var function))
        {
            throw new ModelValidationException($"{context}: calls '{call.Function}', which is not a function definition");
        }

        if (function.Arguments.Length != call.Arguments.Length)
        {
            throw new ModelValidationException(
                $"{context}: function '{call.Function}' takes {function.Arguments.Length} argument(s) but is called with {call.Arguments.Length}",
                function.Location);
        }

        var map = new Dictionary<string, MathNode>(StringComparer.Ordinal);
        for (var i = 0; i < function.Arguments.Length; i++)
        {
            map[function.Arguments[i]] = call.Arguments[i];
        }

        // Substitute simultaneously (arguments may mention names equal to other parameters), then
        // expand calls the body itself makes.
        var body = MathTraversal.Substitute(function.Body, name => map.GetValueOrDefault(name));
        return Inline(body, context, depth + 1);
    }
}
