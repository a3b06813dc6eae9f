namespace Myokinetics.Physiology.Catalog;

/// <summary>How fast the myokine leaves the circulation.</summary>
/// <param name="Value">The half-life, or null when only a range or nothing was found.</param>
/// <param name="Low">The lower end of a reported range, or null.</param>
/// <param name="High">The upper end of a reported range, or null.</param>
/// <param name="Unit"><c>min</c>, <c>h</c> or <c>d</c>.</param>
/// <param name="Species"><c>human</c>, <c>monkey</c>, <c>rat</c> or <c>mouse</c> when a number is given, else null.</param>
/// <param name="Source">Where the number comes from (with the arithmetic when derived); required when a number is given.</param>
/// <param name="Tag">One of <see cref="SourceTags"/>; required when a number is given.</param>
/// <param name="Caveat">What the number means (recombinant protein, apparent turnover, ...) or why there is none.</param>
public sealed record HalfLife(
    double? Value,
    double? Low,
    double? High,
    string Unit,
    string? Species,
    string? Source,
    string? Tag,
    string Caveat)
{
    /// <summary>Whether the source gives any number.</summary>
    public bool HasNumbers => Value is not null || Low is not null || High is not null;
}
