using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Assays;

/// <summary>Reads a plate in either format, told apart by content: a Luminex xPONENT export
/// (<see cref="XponentCsv"/>; some line opens with <c>DataType:</c>) or a tidy plate file
/// (<see cref="PlateCsv"/>).</summary>
public static class PlateFile
{
    /// <summary>Reads the plate at <paramref name="path"/>; <paramref name="standardsPath"/> (sample,
    /// analyte, expected) gives an xPONENT export's expected concentrations.</summary>
    /// <exception cref="ModelFormatException">A file is missing, unreadable or malformed, or a
    /// standards file is given with a tidy plate (whose expected column holds them).</exception>
    public static ImmutableArray<PlateWell> Read(string path, string? standardsPath = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = XponentCsv.ReadText(path, "plate");
        if (XponentCsv.IsXponent(text))
        {
            var standards = standardsPath is null ? null : XponentCsv.ReadStandards(standardsPath);
            return XponentCsv.Parse(text, path, standards, standardsPath ?? string.Empty);
        }

        if (standardsPath is not null)
        {
            throw new ModelFormatException(new SourceLocation(standardsPath, 0), "a standards file goes with an xPONENT export; a tidy plate gives the standards' concentrations in its expected column");
        }

        return PlateCsv.Parse(text, path);
    }
}
