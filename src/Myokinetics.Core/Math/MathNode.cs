namespace Myokinetics.Core.Math;

/// <summary>
/// A node of a mathematical expression: the content of a MathML <c>&lt;math&gt;</c> element or an
/// infix formula. Trees are immutable; structural equality and hashing are provided by
/// <see cref="MathNodeComparer"/> (records holding arrays compare arrays by reference).
/// </summary>
public abstract record MathNode;

/// <summary>A numeric literal (<c>cn</c>, or the constants pi, exponentiale, infinity, notanumber).</summary>
/// <param name="Value">The value.</param>
/// <param name="Units">The SBML Level 3 <c>sbml:units</c> attribute of the literal, when given.</param>
public sealed record NumberNode(double Value, string? Units = null) : MathNode
{
    public static readonly NumberNode Zero = new(0.0);
    public static readonly NumberNode One = new(1.0);
}

/// <summary>A boolean literal (<c>true</c>, <c>false</c>).</summary>
public sealed record BooleanNode(bool Value) : MathNode
{
    public static readonly BooleanNode True = new(true);
    public static readonly BooleanNode False = new(false);
}

/// <summary>
/// A reference to a model symbol (<c>ci</c>): a compartment, species, parameter, species reference,
/// reaction (its rate), local parameter or function-definition argument.
/// </summary>
public sealed record SymbolNode(string Name) : MathNode;

/// <summary>The time and Avogadro <c>csymbol</c>s.</summary>
public sealed record CSymbolNode(CSymbolKind Kind) : MathNode
{
    public static readonly CSymbolNode Time = new(CSymbolKind.Time);
    public static readonly CSymbolNode Avogadro = new(CSymbolKind.Avogadro);
}

/// <summary>An application of a built-in operator or function to arguments.</summary>
/// <remarks>
/// Argument conventions: <see cref="MathOperator.Root"/> takes (degree, x) and
/// <see cref="MathOperator.Log"/> takes (base, x) — readers insert the default degree 2 and base 10;
/// <see cref="MathOperator.Delay"/> takes (x, delay); <see cref="MathOperator.RateOf"/> takes one
/// <see cref="SymbolNode"/>. <see cref="MathOperator.Minus"/> with one argument is negation.
/// </remarks>
public sealed record ApplyNode(MathOperator Operator, ImmutableArray<MathNode> Arguments) : MathNode
{
    public ApplyNode(MathOperator op, params MathNode[] arguments)
        : this(op, ImmutableArray.Create(arguments))
    {
    }
}

/// <summary>A call of a user function definition by id.</summary>
public sealed record CallNode(string Function, ImmutableArray<MathNode> Arguments) : MathNode
{
    public CallNode(string function, params MathNode[] arguments)
        : this(function, ImmutableArray.Create(arguments))
    {
    }
}

/// <summary>
/// <c>piecewise</c>: the value of the first piece whose condition is true, else
/// <see cref="Otherwise"/>; with no otherwise and no true condition the value is undefined (NaN).
/// </summary>
public sealed record PiecewiseNode(ImmutableArray<Piece> Pieces, MathNode? Otherwise) : MathNode;

/// <summary>One piece of a <see cref="PiecewiseNode"/>.</summary>
public readonly record struct Piece(MathNode Value, MathNode Condition);

/// <summary>The kinds of <see cref="CSymbolNode"/>.</summary>
public enum CSymbolKind
{
    Time,
    Avogadro,
}
