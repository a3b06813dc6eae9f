namespace Myokinetics.Analysis.Sensitivity;

/// <summary>Settings of <see cref="SobolAnalysis"/>.</summary>
/// <param name="Samples">N, the rows of each base matrix (default 1024; a power of two keeps the Sobol'
/// points balanced). The analysis evaluates the model N(k + 2) times for k parameters.</param>
/// <param name="Seed">Seeds the digital shift or the pseudo-random points, and the bootstrap (default 1).</param>
/// <param name="Bootstrap">Bootstrap resamples for the confidence intervals (default 1000; 0 for none).</param>
/// <param name="Confidence">The intervals' confidence level (default 0.95).</param>
/// <param name="Sampling">How the base matrices are drawn (default <see cref="SobolSampling.Auto"/>).</param>
/// <param name="Threads">Threads (null: every core).</param>
public sealed record SobolOptions(int Samples = 1024, long Seed = 1, int Bootstrap = 1000, double Confidence = 0.95, SobolSampling Sampling = SobolSampling.Auto, int? Threads = null)
{
    /// <summary>Checks the settings; throws <see cref="SensitivityInputException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (Samples < 2)
        {
            throw new SensitivityInputException($"Sobol indices need at least 2 samples, got {Samples}");
        }

        if (Bootstrap < 0)
        {
            throw new SensitivityInputException($"the number of bootstrap resamples must not be negative, got {Bootstrap}");
        }

        if (!(Confidence > 0 && Confidence < 1))
        {
            throw new SensitivityInputException($"the confidence level must be between 0 and 1, got {Confidence}");
        }
    }
}
