namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// Local sensitivities at the nominal parameter values: for each parameter p and each variable y, the
/// derivative ∂y/∂p and the normalised coefficient S = (∂y/∂p)(p/y) at every output time, and the same
/// for each output feature. A coefficient is NaN where the nominal output is 0.
/// </summary>
/// <param name="Parameters">The parameters, in order.</param>
/// <param name="Nominal">Their nominal values.</param>
/// <param name="Steps">The absolute central-difference step of each parameter.</param>
/// <param name="RelativeTolerance">The relative tolerance the runs used.</param>
/// <param name="Variables">The time-resolved variables.</param>
/// <param name="Times">The output times (model time units).</param>
/// <param name="NominalCourse">The nominal run: value of variable v at time t at [t · |Variables| + v].</param>
/// <param name="Derivatives">∂y/∂p of variable v at time t for parameter p at [(p · |Times| + t) · |Variables| + v].</param>
/// <param name="Features">The output features' names.</param>
/// <param name="FeatureNominal">Each feature at the nominal values.</param>
/// <param name="FeatureDerivatives">∂F/∂p of feature f for parameter p at [p · |Features| + f].</param>
public sealed record LocalSensitivityResult(
    ImmutableArray<string> Parameters,
    ImmutableArray<double> Nominal,
    ImmutableArray<double> Steps,
    double RelativeTolerance,
    ImmutableArray<string> Variables,
    ImmutableArray<double> Times,
    ImmutableArray<double> NominalCourse,
    ImmutableArray<double> Derivatives,
    ImmutableArray<string> Features,
    ImmutableArray<double> FeatureNominal,
    ImmutableArray<double> FeatureDerivatives)
{
    /// <summary>The nominal value of variable <paramref name="variable"/> at output <paramref name="time"/>.</summary>
    public double NominalValue(int variable, int time) => NominalCourse[(time * Variables.Length) + variable];

    /// <summary>∂y/∂p of variable <paramref name="variable"/> at output <paramref name="time"/>.</summary>
    public double Derivative(int parameter, int variable, int time) =>
        Derivatives[(((parameter * Times.Length) + time) * Variables.Length) + variable];

    /// <summary>(∂y/∂p)(p/y) of variable <paramref name="variable"/> at output <paramref name="time"/>.</summary>
    public double Coefficient(int parameter, int variable, int time) =>
        Normalise(Derivative(parameter, variable, time), Nominal[parameter], NominalValue(variable, time));

    /// <summary>∂F/∂p of feature <paramref name="feature"/>.</summary>
    public double FeatureDerivative(int parameter, int feature) => FeatureDerivatives[(parameter * Features.Length) + feature];

    /// <summary>(∂F/∂p)(p/F) of feature <paramref name="feature"/>.</summary>
    public double FeatureCoefficient(int parameter, int feature) =>
        Normalise(FeatureDerivative(parameter, feature), Nominal[parameter], FeatureNominal[feature]);

    private static double Normalise(double derivative, double parameter, double value) =>
        value == 0 || !double.IsFinite(value) ? double.NaN : derivative * parameter / value;
}
