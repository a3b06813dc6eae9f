namespace Myokinetics.Lab.Assays;

/// <summary>One standard level back-calculated on its own curve.</summary>
/// <param name="Expected">The known concentration.</param>
/// <param name="MeanMfi">The mean MFI of its replicate wells.</param>
/// <param name="Cv">The MFI coefficient of variation of its replicates (sample SD/mean; NaN for one well).</param>
/// <param name="BackCalculated">The concentration the curve gives for <paramref name="MeanMfi"/> (NaN when outside the asymptotes).</param>
/// <param name="Recovery">BackCalculated/Expected (NaN when it cannot be back-calculated).</param>
/// <param name="Accepted">Whether the recovery lies within the options' range and the CV is at most the options' limit.</param>
public sealed record StandardRecovery(double Expected, double MeanMfi, double Cv, double BackCalculated, double Recovery, bool Accepted);
