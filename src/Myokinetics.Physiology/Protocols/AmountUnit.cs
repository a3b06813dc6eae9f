namespace Myokinetics.Physiology.Protocols;

/// <summary>The units a dose amount or a dose target may be in.</summary>
public enum AmountUnit
{
    /// <summary>Milligram.</summary>
    Milligram,

    /// <summary>Microgram (<c>ug</c>, <c>µg</c>, <c>mcg</c>).</summary>
    Microgram,

    /// <summary>Nanomole.</summary>
    Nanomole,
}
