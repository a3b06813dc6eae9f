namespace Myokinetics.Core.Units;

/// <summary>
/// The independent dimensions a <see cref="UnitVector"/> is built on: the seven SI base dimensions
/// plus SBML's <c>item</c>, which SBML keeps as a unit kind of its own (a count of entities is not
/// an amount of substance; SBML never converts between <c>item</c> and <c>mole</c>).
/// </summary>
/// <remarks>The order is the order <see cref="UnitVector.ToString"/> writes the units in.</remarks>
public enum BaseDimension
{
    /// <summary>Amount of substance; SI unit mole.</summary>
    Amount,

    /// <summary>A count of entities; SBML unit item.</summary>
    Item,

    /// <summary>Mass; SI unit kilogram (written as gram when that reads better).</summary>
    Mass,

    /// <summary>Electric current; SI unit ampere.</summary>
    Current,

    /// <summary>Thermodynamic temperature; SI unit kelvin.</summary>
    Temperature,

    /// <summary>Luminous intensity; SI unit candela.</summary>
    LuminousIntensity,

    /// <summary>Length; SI unit metre (volumes are written as litre when that reads better).</summary>
    Length,

    /// <summary>Time; SI unit second (written as minute, hour or day when that reads better).</summary>
    Time,
}
