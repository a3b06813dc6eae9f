namespace Myokinetics.Analysis.Estimation;

/// <summary>What a fit found.</summary>
/// <param name="Method">The search used.</param>
/// <param name="Estimates">The parameters, in the order given.</param>
/// <param name="Statistics">Goodness of fit.</param>
/// <param name="Residuals">Every data point with the model's value, in the data's order.</param>
/// <param name="Profiles">Profile likelihoods of the parameters asked for.</param>
/// <param name="Iterations">Levenberg–Marquardt iterations of the run that won.</param>
/// <param name="Simulations">Simulations run in all.</param>
/// <param name="StartObjectives">The final −2·log L of each local run (multistart: given start first,
/// then the Latin-hypercube starts; +∞ for a start that failed).</param>
public sealed record FitResult(
    FitMethod Method,
    ImmutableArray<ParameterEstimate> Estimates,
    FitStatistics Statistics,
    ImmutableArray<FitResidual> Residuals,
    ImmutableArray<ProfileLikelihood> Profiles,
    int Iterations,
    long Simulations,
    ImmutableArray<double> StartObjectives)
{
    /// <summary>The estimate of <paramref name="id"/>.</summary>
    public ParameterEstimate this[string id] => Estimates.FirstOrDefault(e => e.Id == id)
        ?? throw new ArgumentException($"'{id}' was not estimated", nameof(id));
}
