namespace Myokinetics.Core.Units;

/// <summary>What bottom-up derivation found for an expression.</summary>
internal enum DerivedKind
{
    /// <summary>The units cannot be determined: the expression uses an undeclared number or symbol,
    /// or an inconsistency inside it was already reported. Undetermined units agree with anything.</summary>
    Undetermined,

    /// <summary>The units are known.</summary>
    Known,

    /// <summary>The expression is a boolean (relational or logical operator, true/false).</summary>
    Boolean,
}

/// <summary>The units derived for one expression.</summary>
internal readonly record struct DerivedUnits(DerivedKind Kind, UnitVector Units)
{
    public static readonly DerivedUnits Undetermined = new(DerivedKind.Undetermined, default);

    public static readonly DerivedUnits Boolean = new(DerivedKind.Boolean, default);

    public static readonly DerivedUnits Dimensionless = new(DerivedKind.Known, UnitVector.Dimensionless);

    public bool IsKnown => Kind == DerivedKind.Known;

    public static DerivedUnits Known(UnitVector units) => new(DerivedKind.Known, units);

    public static DerivedUnits From(UnitVector? units) => units is { } u ? Known(u) : Undetermined;

    /// <summary>A boolean used as a number is 0 or 1, dimensionless (L3V2 core, "Interpretation of boolean values").</summary>
    public DerivedUnits AsNumber() => Kind == DerivedKind.Boolean ? Dimensionless : this;
}
