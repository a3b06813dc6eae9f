using System.Diagnostics.CodeAnalysis;

namespace Myokinetics.Core.Math.Infix;

/// <summary>
/// The names the infix syntax gives a meaning: constants and functions of libSBML's "Level 3"
/// formula syntax (libSBML docs: string-values-table-l3, string-functions-table-l3), matched
/// case-sensitively as Antimony does since 2.13.1.
/// </summary>
internal static class InfixBuiltins
{
    /// <summary>Words that join formulas (Antimony accepts Python's <c>and</c>/<c>or</c>/<c>not</c>).</summary>
    public static readonly ImmutableHashSet<string> WordOperators =
        ImmutableHashSet.Create(StringComparer.Ordinal, "and", "or", "not", "AND", "OR");

    private static readonly Dictionary<string, MathNode> Constants = new(StringComparer.Ordinal)
    {
        ["true"] = BooleanNode.True,
        ["false"] = BooleanNode.False,
        ["pi"] = new NumberNode(System.Math.PI),
        ["exponentiale"] = new NumberNode(System.Math.E),
        ["avogadro"] = CSymbolNode.Avogadro,
        ["time"] = CSymbolNode.Time,
        ["inf"] = new NumberNode(double.PositiveInfinity),
        ["INF"] = new NumberNode(double.PositiveInfinity),
        ["Inf"] = new NumberNode(double.PositiveInfinity),
        ["infinity"] = new NumberNode(double.PositiveInfinity),
        ["NaN"] = new NumberNode(double.NaN),
        ["nan"] = new NumberNode(double.NaN),
        ["notanumber"] = new NumberNode(double.NaN),
    };

    private static readonly Dictionary<string, FunctionForm> Functions = BuildFunctions();

    /// <summary>The constant named <paramref name="name"/>, if it is one.</summary>
    public static bool TryGetConstant(string name, [NotNullWhen(true)] out MathNode? node) =>
        Constants.TryGetValue(name, out node);

    /// <summary>The built-in function named <paramref name="name"/>, if it is one.</summary>
    public static bool TryGetFunction(string name, [NotNullWhen(true)] out FunctionForm? form) =>
        Functions.TryGetValue(name, out form);

    /// <summary>Whether <paramref name="name"/> has a built-in meaning (and so cannot be used as a
    /// plain symbol or user function name in infix text).</summary>
    public static bool IsBuiltin(string name) =>
        Constants.ContainsKey(name) || Functions.ContainsKey(name) || WordOperators.Contains(name);

    /// <summary>The name the formatter writes for a one-argument (or n-ary) function operator.</summary>
    public static string FunctionName(MathOperator op) => op switch
    {
        MathOperator.Plus => "plus",
        MathOperator.Minus => "minus",
        MathOperator.Times => "times",
        MathOperator.Divide => "divide",
        MathOperator.Power => "pow",
        MathOperator.Root => "root",
        MathOperator.Abs => "abs",
        MathOperator.Exp => "exp",
        MathOperator.Ln => "ln",
        MathOperator.Log => "log",
        MathOperator.Floor => "floor",
        MathOperator.Ceiling => "ceil",
        MathOperator.Factorial => "factorial",
        MathOperator.Quotient => "quotient",
        MathOperator.Rem => "rem",
        MathOperator.Max => "max",
        MathOperator.Min => "min",
        MathOperator.Sin => "sin",
        MathOperator.Cos => "cos",
        MathOperator.Tan => "tan",
        MathOperator.Sec => "sec",
        MathOperator.Csc => "csc",
        MathOperator.Cot => "cot",
        MathOperator.Sinh => "sinh",
        MathOperator.Cosh => "cosh",
        MathOperator.Tanh => "tanh",
        MathOperator.Sech => "sech",
        MathOperator.Csch => "csch",
        MathOperator.Coth => "coth",
        MathOperator.ArcSin => "asin",
        MathOperator.ArcCos => "acos",
        MathOperator.ArcTan => "atan",
        MathOperator.ArcSec => "asec",
        MathOperator.ArcCsc => "acsc",
        MathOperator.ArcCot => "acot",
        MathOperator.ArcSinh => "asinh",
        MathOperator.ArcCosh => "acosh",
        MathOperator.ArcTanh => "atanh",
        MathOperator.ArcSech => "asech",
        MathOperator.ArcCsch => "acsch",
        MathOperator.ArcCoth => "acoth",
        MathOperator.Eq => "eq",
        MathOperator.Neq => "neq",
        MathOperator.Gt => "gt",
        MathOperator.Lt => "lt",
        MathOperator.Geq => "geq",
        MathOperator.Leq => "leq",
        MathOperator.And => "and",
        MathOperator.Or => "or",
        MathOperator.Xor => "xor",
        MathOperator.Not => "not",
        MathOperator.Implies => "implies",
        MathOperator.Delay => "delay",
        MathOperator.RateOf => "rateOf",
        _ => op.ToString().ToLowerInvariant(),
    };

    private static Dictionary<string, FunctionForm> BuildFunctions()
    {
        var f = new Dictionary<string, FunctionForm>(StringComparer.Ordinal);

        void Fixed(MathOperator op, int min, int max, params string[] names)
        {
            foreach (var name in names)
            {
                f[name] = new FunctionForm(name, min, max, args => new ApplyNode(op, args));
            }
        }

        void Unary(MathOperator op, params string[] names) => Fixed(op, 1, 1, names);

        Unary(MathOperator.Abs, "abs");
        Unary(MathOperator.Exp, "exp");
        Unary(MathOperator.Ln, "ln");
        Unary(MathOperator.Floor, "floor");
        Unary(MathOperator.Ceiling, "ceil", "ceiling");
        Unary(MathOperator.Factorial, "factorial");
        Unary(MathOperator.Sin, "sin");
        Unary(MathOperator.Cos, "cos");
        Unary(MathOperator.Tan, "tan");
        Unary(MathOperator.Sec, "sec");
        Unary(MathOperator.Csc, "csc");
        Unary(MathOperator.Cot, "cot");
        Unary(MathOperator.Sinh, "sinh");
        Unary(MathOperator.Cosh, "cosh");
        Unary(MathOperator.Tanh, "tanh");
        Unary(MathOperator.Sech, "sech");
        Unary(MathOperator.Csch, "csch");
        Unary(MathOperator.Coth, "coth");
        Unary(MathOperator.ArcSin, "asin", "arcsin");
        Unary(MathOperator.ArcCos, "acos", "arccos");
        Unary(MathOperator.ArcTan, "atan", "arctan");
        Unary(MathOperator.ArcSec, "asec", "arcsec");
        Unary(MathOperator.ArcCsc, "acsc", "arccsc");
        Unary(MathOperator.ArcCot, "acot", "arccot");
        Unary(MathOperator.ArcSinh, "asinh", "arcsinh");
        Unary(MathOperator.ArcCosh, "acosh", "arccosh");
        Unary(MathOperator.ArcTanh, "atanh", "arctanh");
        Unary(MathOperator.ArcSech, "asech", "arcsech");
        Unary(MathOperator.ArcCsch, "acsch", "arccsch");
        Unary(MathOperator.ArcCoth, "acoth", "arccoth");
        Unary(MathOperator.Not, "not");

        Fixed(MathOperator.Power, 2, 2, "pow", "power");
        Fixed(MathOperator.Delay, 2, 2, "delay");
        Fixed(MathOperator.Divide, 2, 2, "divide");
        Fixed(MathOperator.Minus, 1, 2, "minus");
        Fixed(MathOperator.Quotient, 2, 2, "quotient");
        Fixed(MathOperator.Rem, 2, 2, "rem");
        Fixed(MathOperator.Implies, 2, 2, "implies");
        Fixed(MathOperator.Neq, 2, 2, "neq");
        Fixed(MathOperator.Max, 1, int.MaxValue, "max");
        Fixed(MathOperator.Min, 1, int.MaxValue, "min");
        Fixed(MathOperator.Plus, 0, int.MaxValue, "plus");
        Fixed(MathOperator.Times, 0, int.MaxValue, "times");
        Fixed(MathOperator.And, 0, int.MaxValue, "and");
        Fixed(MathOperator.Or, 0, int.MaxValue, "or");
        Fixed(MathOperator.Xor, 0, int.MaxValue, "xor");
        Fixed(MathOperator.Eq, 1, int.MaxValue, "eq", "equals");
        Fixed(MathOperator.Gt, 1, int.MaxValue, "gt");
        Fixed(MathOperator.Lt, 1, int.MaxValue, "lt");
        Fixed(MathOperator.Geq, 1, int.MaxValue, "geq");
        Fixed(MathOperator.Leq, 1, int.MaxValue, "leq");

        // log(x) is the natural logarithm, as Antimony configures libSBML's parser
        // (L3P_PARSE_LOG_AS_LN); log(b, x) is the base-b logarithm.
        f["log"] = new FunctionForm("log", 1, 2, args => args.Length == 1
            ? new ApplyNode(MathOperator.Ln, args)
            : new ApplyNode(MathOperator.Log, args));
        f["log10"] = new FunctionForm("log10", 1, 1, args => new ApplyNode(MathOperator.Log, new NumberNode(10), args[0]));
        f["sqrt"] = new FunctionForm("sqrt", 1, 1, args => new ApplyNode(MathOperator.Root, new NumberNode(2), args[0]));
        f["root"] = new FunctionForm("root", 1, 2, args => args.Length == 1
            ? new ApplyNode(MathOperator.Root, new NumberNode(2), args[0])
            : new ApplyNode(MathOperator.Root, args));
        f["sqr"] = new FunctionForm("sqr", 1, 1, args => new ApplyNode(MathOperator.Power, args[0], new NumberNode(2)));
        f["rateOf"] = new FunctionForm("rateOf", 1, 1, args => new ApplyNode(MathOperator.RateOf, args));
        f["piecewise"] = new FunctionForm("piecewise", 0, int.MaxValue, BuildPiecewise);
        return f;
    }

    private static PiecewiseNode BuildPiecewise(ImmutableArray<MathNode> args)
    {
        var pieces = ImmutableArray.CreateBuilder<Piece>(args.Length / 2);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            pieces.Add(new Piece(args[i], args[i + 1]));
        }

        var otherwise = args.Length % 2 == 1 ? args[^1] : null;
        return new PiecewiseNode(pieces.ToImmutable(), otherwise);
    }
}

/// <summary>A built-in function name with the number of arguments it accepts and how it maps to the IR.</summary>
internal sealed record FunctionForm(string Name, int MinArguments, int MaxArguments, Func<ImmutableArray<MathNode>, MathNode> Build);
