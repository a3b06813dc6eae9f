namespace Myokinetics.Lab.Assays;

/// <summary>One well and analyte back-calculated.</summary>
/// <param name="Well">The well's name.</param>
/// <param name="Analyte">The analyte.</param>
/// <param name="Type">What the well holds.</param>
/// <param name="Mfi">The measured MFI.</param>
/// <param name="Concentration">The back-calculated concentration times the dilution (the standards'
/// unit); NaN when the MFI is outside the curve's asymptotes.</param>
/// <param name="Dilution">The well's dilution factor.</param>
/// <param name="Flags">The flags, in this order when several apply: <c>out-of-range</c> (MFI outside
/// the asymptotes), <c>&lt;LLOQ</c> or <c>&gt;ULOQ</c> (the undiluted back-calculated concentration
/// below the LLOQ or above the ULOQ), <c>high-CV</c> (its replicate group's MFI CV above the limit;
/// not given to blanks), <c>low-beads</c> (fewer beads counted than the options' minimum),
/// <c>control-recovery</c> (a control with a nominal concentration recovering outside the options' range).</param>
public sealed record WellResult(string Well, string Analyte, WellType Type, double Mfi, double Concentration, double Dilution, ImmutableArray<string> Flags);
