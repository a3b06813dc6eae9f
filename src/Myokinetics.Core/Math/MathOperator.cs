namespace Myokinetics.Core.Math;

/// <summary>The built-in operators of SBML's subset of MathML (Level 3 Version 2).</summary>
public enum MathOperator
{
    // arithmetic
    Plus,
    Minus,
    Times,
    Divide,
    Power,
    Root,
    Abs,
    Exp,
    Ln,
    Log,
    Floor,
    Ceiling,
    Factorial,
    Quotient,
    Rem,
    Max,
    Min,

    // trigonometric
    Sin,
    Cos,
    Tan,
    Sec,
    Csc,
    Cot,
    Sinh,
    Cosh,
    Tanh,
    Sech,
    Csch,
    Coth,
    ArcSin,
    ArcCos,
    ArcTan,
    ArcSec,
    ArcCsc,
    ArcCot,
    ArcSinh,
    ArcCosh,
    ArcTanh,
    ArcSech,
    ArcCsch,
    ArcCoth,

    // relational (return booleans)
    Eq,
    Neq,
    Gt,
    Lt,
    Geq,
    Leq,

    // logical
    And,
    Or,
    Xor,
    Not,
    Implies,

    // csymbols that are functions
    Delay,
    RateOf,
}
