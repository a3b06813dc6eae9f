namespace Myokinetics.Lab.Assays;

/// <summary>What a well of an immunoassay plate holds.</summary>
public enum WellType
{
    /// <summary>A standard (calibrator) of known concentration; it builds the standard curve.</summary>
    Standard,

    /// <summary>A blank (background: assay buffer or medium without analyte); it sets the LOD.</summary>
    Blank,

    /// <summary>A quality control of known nominal concentration, back-calculated like an unknown.</summary>
    Control,

    /// <summary>A sample whose concentration is sought.</summary>
    Unknown,
}
