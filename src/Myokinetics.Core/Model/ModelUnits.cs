namespace Myokinetics.Core.Model;

/// <summary>The model-wide default units (SBML Level 3 <c>model</c> attributes); null when unset.</summary>
public sealed record ModelUnits(
    string? Substance = null,
    string? Time = null,
    string? Volume = null,
    string? Area = null,
    string? Length = null,
    string? Extent = null)
{
    public static readonly ModelUnits None = new();
}
