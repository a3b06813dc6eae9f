namespace Myokinetics.Analysis.Sensitivity;

/// <summary>Settings of <see cref="MorrisAnalysis"/>.</summary>
/// <param name="Trajectories">r, the number of one-at-a-time trajectories (at least 2; default 20; 10–50 is usual).</param>
/// <param name="Levels">p, the number of grid levels per parameter (even, at least 2; default 4). The step is
/// Δ = p / (2(p − 1)) of each range (Morris 1991), 2/3 for p = 4.</param>
/// <param name="Seed">Seeds the trajectories and the bootstrap (default 1).</param>
/// <param name="Bootstrap">Bootstrap resamples of the trajectories for the interval of μ* (default 1000; 0 for none).</param>
/// <param name="Confidence">The interval's confidence level (default 0.95).</param>
/// <param name="Threads">Threads (null: every core).</param>
public sealed record MorrisOptions(int Trajectories = 20, int Levels = 4, long Seed = 1, int Bootstrap = 1000, double Confidence = 0.95, int? Threads = null)
{
    /// <summary>Checks the settings; throws <see cref="SensitivityInputException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (Trajectories < 2)
        {
            throw new SensitivityInputException($"Morris needs at least 2 trajectories, got {Trajectories}");
        }

        if (Levels < 2 || Levels % 2 != 0)
        {
            throw new SensitivityInputException($"Morris levels must be an even number of at least 2, got {Levels}");
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
