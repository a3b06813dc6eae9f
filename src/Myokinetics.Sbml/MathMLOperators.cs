using System.Collections.Frozen;
using Myokinetics.Core.Math;

namespace Myokinetics.Sbml;

/// <summary>The MathML element name of every built-in operator (SBML L3V2 core, the MathML subset) and
/// how many arguments each takes.</summary>
internal static class MathMLOperators
{
    private static readonly (string Name, MathOperator Op, int MinArgs, int MaxArgs)[] Table =
    [
        ("plus", MathOperator.Plus, 0, int.MaxValue),
        ("minus", MathOperator.Minus, 1, 2),
        ("times", MathOperator.Times, 0, int.MaxValue),
        ("divide", MathOperator.Divide, 2, 2),
        ("power", MathOperator.Power, 2, 2),
        ("root", MathOperator.Root, 1, 1),
        ("abs", MathOperator.Abs, 1, 1),
        ("exp", MathOperator.Exp, 1, 1),
        ("ln", MathOperator.Ln, 1, 1),
        ("log", MathOperator.Log, 1, 1),
        ("floor", MathOperator.Floor, 1, 1),
        ("ceiling", MathOperator.Ceiling, 1, 1),
        ("factorial", MathOperator.Factorial, 1, 1),
        ("quotient", MathOperator.Quotient, 2, 2),
        ("rem", MathOperator.Rem, 2, 2),
        ("max", MathOperator.Max, 1, int.MaxValue),
        ("min", MathOperator.Min, 1, int.MaxValue),
        ("sin", MathOperator.Sin, 1, 1),
        ("cos", MathOperator.Cos, 1, 1),
        ("tan", MathOperator.Tan, 1, 1),
        ("sec", MathOperator.Sec, 1, 1),
        ("csc", MathOperator.Csc, 1, 1),
        ("cot", MathOperator.Cot, 1, 1),
        ("sinh", MathOperator.Sinh, 1, 1),
        ("cosh", MathOperator.Cosh, 1, 1),
        ("tanh", MathOperator.Tanh, 1, 1),
        ("sech", MathOperator.Sech, 1, 1),
        ("csch", MathOperator.Csch, 1, 1),
        ("coth", MathOperator.Coth, 1, 1),
        ("arcsin", MathOperator.ArcSin, 1, 1),
        ("arccos", MathOperator.ArcCos, 1, 1),
        ("arctan", MathOperator.ArcTan, 1, 1),
        ("arcsec", MathOperator.ArcSec, 1, 1),
        ("arccsc", MathOperator.ArcCsc, 1, 1),
        ("arccot", MathOperator.ArcCot, 1, 1),
        ("arcsinh", MathOperator.ArcSinh, 1, 1),
        ("arccosh", MathOperator.ArcCosh, 1, 1),
        ("arctanh", MathOperator.ArcTanh, 1, 1),
        ("arcsech", MathOperator.ArcSech, 1, 1),
        ("arccsch", MathOperator.ArcCsch, 1, 1),
        ("arccoth", MathOperator.ArcCoth, 1, 1),
        ("eq", MathOperator.Eq, 1, int.MaxValue),
        ("neq", MathOperator.Neq, 2, 2),
        ("gt", MathOperator.Gt, 1, int.MaxValue),
        ("lt", MathOperator.Lt, 1, int.MaxValue),
        ("geq", MathOperator.Geq, 1, int.MaxValue),
        ("leq", MathOperator.Leq, 1, int.MaxValue),
        ("and", MathOperator.And, 0, int.MaxValue),
        ("or", MathOperator.Or, 0, int.MaxValue),
        ("xor", MathOperator.Xor, 0, int.MaxValue),
        ("not", MathOperator.Not, 1, 1),
        ("implies", MathOperator.Implies, 2, 2),
    ];

    private static readonly FrozenDictionary<string, (MathOperator Op, int Min, int Max)> ByName =
        Table.ToFrozenDictionary(t => t.Name, t => (t.Op, t.MinArgs, t.MaxArgs), StringComparer.Ordinal);

    private static readonly FrozenDictionary<MathOperator, string> ByOperator =
        Table.ToFrozenDictionary(t => t.Op, t => t.Name);

    public static bool TryGet(string elementName, out MathOperator op, out int minArgs, out int maxArgs)
    {
        if (ByName.TryGetValue(elementName, out var entry))
        {
            (op, minArgs, maxArgs) = entry;
            return true;
        }

        (op, minArgs, maxArgs) = (default, 0, 0);
        return false;
    }

    /// <summary>The element name of an operator that MathML spells as an element (not the csymbols).</summary>
    public static bool TryGetName(MathOperator op, out string name) => ByOperator.TryGetValue(op, out name!);
}
