using Myokinetics.Core.Math;

namespace Myokinetics.Core.Units;

/// <summary>
/// Evaluates the exponent of <c>power</c> or the degree of <c>root</c> when it is a constant, so
/// that <c>S^n</c> with a constant parameter <c>n</c> has known units. Numbers, arithmetic on them,
/// constant parameters with a value and no initial assignment, and local parameters with a value
/// are constants; everything else is not.
/// </summary>
internal sealed class ConstantFolder
{
    private readonly IReadOnlyDictionary<string, double> globals;
    private readonly IReadOnlyDictionary<(string Reaction, string Id), double> locals;

    public ConstantFolder(IReadOnlyDictionary<string, double> globals, IReadOnlyDictionary<(string Reaction, string Id), double> locals)
    {
        this.globals = globals;
        this.locals = locals;
    }

    public bool TryEvaluate(MathNode node, string? reactionId, out double value)
    {
        value = double.NaN;
        switch (node)
        {
            case NumberNode n:
                value = n.Value;
                return double.IsFinite(value);

            case BoundArgument b:
                return TryEvaluate(b.Actual, reactionId, out value);

            case SymbolNode s:
                if (reactionId is not null && locals.TryGetValue((reactionId, s.Name), out value))
                {
                    return true;
                }

                return globals.TryGetValue(s.Name, out value);

            case ApplyNode a:
                return TryApply(a, reactionId, out value);

            default:
                return false;
        }
    }

    private bool TryApply(ApplyNode a, string? reactionId, out double value)
    {
        value = double.NaN;
        var args = new double[a.Arguments.Length];
        for (var i = 0; i < args.Length; i++)
        {
            if (!TryEvaluate(a.Arguments[i], reactionId, out args[i]))
            {
                return false;
            }
        }

        value = (a.Operator, args.Length) switch
        {
            (MathOperator.Minus, 1) => -args[0],
            (MathOperator.Minus, 2) => args[0] - args[1],
            (MathOperator.Plus, _) => args.Sum(),
            (MathOperator.Times, _) => args.Aggregate(1.0, (x, y) => x * y),
            (MathOperator.Divide, 2) => args[0] / args[1],
            (MathOperator.Power, 2) => System.Math.Pow(args[0], args[1]),
            _ => double.NaN,
        };
        return double.IsFinite(value);
    }
}
