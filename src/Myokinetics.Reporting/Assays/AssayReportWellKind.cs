namespace Myokinetics.Reporting.Assays;

/// <summary>What a non-standard well holds.</summary>
public enum AssayReportWellKind
{
    /// <summary>A sample whose concentration is sought (placed on the curve).</summary>
    Unknown,

    /// <summary>A quality control (placed on the curve).</summary>
    Control,

    /// <summary>A blank (listed, not placed on the curve).</summary>
    Blank,
}
