namespace Myokinetics.Lab.Assays;

/// <summary>What is done with the blanks' (background) MFI before the standard curves are fitted.</summary>
public enum BackgroundHandling
{
    /// <summary>Nothing: the curve's lower asymptote absorbs the background (the default).</summary>
    None,

    /// <summary>Each analyte's blank mean MFI is subtracted from every well of that analyte, blanks
    /// included, before fitting; the results then carry the net MFI. Needs at least one blank per analyte.</summary>
    Subtract,
}
