using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Analysis.Estimation;

/// <summary>Settings of a fit (every value has a default).</summary>
/// <param name="Method">The search (default Levenberg–Marquardt).</param>
/// <param name="ErrorModel">The error model when the data give no standard deviations (default
/// <see cref="Estimation.ErrorModel.Constant"/>); data with an sd column always use <see cref="Estimation.ErrorModel.Given"/>.</param>
/// <param name="Starts">Multistart: the number of Latin-hypercube starts besides the given start (default 8).</param>
/// <param name="Seed">Seeds the starts and differential evolution (default 1); the same seed gives
/// the same result for any number of threads.</param>
/// <param name="MaxDegreeOfParallelism">Threads to use (default null: all cores).</param>
/// <param name="MaxIterations">Levenberg–Marquardt iterations (Jacobian evaluations) before giving up (default 100).</param>
/// <param name="Generations">Differential evolution: generations (default 60).</param>
/// <param name="PopulationSize">Differential evolution: members (default 0: 10 per parameter, at least 15).</param>
/// <param name="ConfidenceLevel">Of the intervals (default 0.95, in (0, 1)).</param>
/// <param name="Profile">Ids of the parameters whose profile likelihood to compute (their intervals
/// then come from the profile instead of the Fisher information).</param>
/// <param name="RelativeTolerance">The integrator's relative tolerance during the fit (default 1e-8:
/// central differences need simulations more accurate than the data).</param>
/// <param name="AbsoluteTolerance">The integrator's absolute tolerance during the fit (default 1e-12).</param>
/// <param name="Integrator">The integrator (default auto).</param>
public sealed record FitOptions(
    FitMethod Method = FitMethod.LevenbergMarquardt,
    ErrorModel ErrorModel = ErrorModel.Constant,
    int Starts = 8,
    int Seed = 1,
    int? MaxDegreeOfParallelism = null,
    int MaxIterations = 100,
    int Generations = 60,
    int PopulationSize = 0,
    double ConfidenceLevel = 0.95,
    ImmutableArray<string> Profile = default,
    double RelativeTolerance = 1e-8,
    double AbsoluteTolerance = 1e-12,
    IntegratorKind Integrator = IntegratorKind.Auto)
{
    /// <summary>The defaults.</summary>
    public static FitOptions Default { get; } = new();

    /// <summary>The profiled parameter ids (empty when none).</summary>
    public ImmutableArray<string> ProfiledParameters => Profile.IsDefault ? [] : Profile;

    /// <summary>Checks the values; throws <see cref="FitInputException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (Starts < 0 || MaxIterations < 1 || Generations < 1 || PopulationSize < 0)
        {
            throw new FitInputException("the number of starts, iterations, generations and the population size must not be negative (iterations and generations at least 1)");
        }

        if (MaxDegreeOfParallelism is < 1)
        {
            throw new FitInputException($"the number of threads must be at least 1 (got {MaxDegreeOfParallelism})");
        }

        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new FitInputException($"the confidence level must lie in (0, 1) (got {ConfidenceLevel})");
        }

        if (!(RelativeTolerance > 0) || !(AbsoluteTolerance > 0))
        {
            throw new FitInputException("integration tolerances must be positive");
        }
    }
}
