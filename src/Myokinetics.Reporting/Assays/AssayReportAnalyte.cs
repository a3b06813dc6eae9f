namespace Myokinetics.Reporting.Assays;

/// <summary>One analyte of a plate: its fitted standard curve, the candidate models, the standards, the
/// other wells and the controls.</summary>
/// <param name="Name">The analyte, e.g. <c>IL-6</c>.</param>
/// <param name="Model">The chosen curve's name, e.g. <c>5PL</c>.</param>
/// <param name="Parameters">The chosen curve's parameters, in the order to show.</param>
/// <param name="Fits">The models fitted (the chosen one marked), for the AIC comparison.</param>
/// <param name="CurveConcentrations">Concentrations at which the curve is drawn, positive and increasing.</param>
/// <param name="CurveMfi">The curve's MFI at those concentrations.</param>
/// <param name="Standards">The standard levels, lowest concentration first.</param>
/// <param name="Wells">The unknowns, controls and blanks in plate order.</param>
/// <param name="Controls">The controls with a nominal concentration.</param>
/// <param name="Lod">The limit of detection (concentration), or null.</param>
/// <param name="Lloq">The lower limit of quantification (concentration), or null.</param>
/// <param name="Uloq">The upper limit of quantification (concentration), or null.</param>
/// <param name="MfiLabel">The response's name on the y axis and in tables: <c>MFI</c> or <c>net MFI</c>.</param>
public sealed record AssayReportAnalyte(
    string Name,
    string Model,
    ImmutableArray<AssayReportParameter> Parameters,
    ImmutableArray<AssayReportModelFit> Fits,
    ImmutableArray<double> CurveConcentrations,
    ImmutableArray<double> CurveMfi,
    ImmutableArray<AssayReportStandard> Standards,
    ImmutableArray<AssayReportWell> Wells,
    ImmutableArray<AssayReportControl> Controls,
    double? Lod,
    double? Lloq,
    double? Uloq,
    string MfiLabel);
