namespace Myokinetics.Analysis.Estimation;

/// <summary>
/// The fit's objective: model predictions for a parameter vector (internal coordinates: log for
/// log-scale parameters), the weighted residuals Levenberg–Marquardt minimises and the exact −2·log L.
/// </summary>
/// <remarks>
/// With an estimated error model the residuals are written so that their sum of squares, for one
/// observable, is a monotone function of −2·log L with the error scale profiled out:
/// constant σ: r = (y − m)·c; proportional σ = b·|m|: r = (y − m)/|m|·g·c with g the geometric mean of |m|
/// over the observable, since −2·log L = n·log(mean(((y − m)/m)²)·g²) + const. With several observables
/// the factor c_k = 1/(RMS of observable k's unscaled residuals) is updated between Levenberg–Marquardt
/// runs until it settles (iteratively reweighted least squares), whose fixed point is the joint
/// maximum-likelihood estimate because ∇Σ n_k·log S_k = Σ (n_k/S_k)·∇S_k.
/// </remarks>
internal sealed class FitObjective
{
    private const double TwoPi = 2 * Math.PI;

    private readonly ExperimentRunner[] runners;
    private readonly int[] offsets;
    private readonly Measurement[] data;
    private readonly int[] group;
    private readonly int[] groupSize;
    private long simulations;

    public FitObjective(IReadOnlyList<FitExperiment> experiments, IReadOnlyList<FitParameter> parameters, ErrorModel errorModel, FitOptions options)
    {
        Parameters = [.. parameters];
        ErrorModel = errorModel;
        Options = options;
        runners = experiments.Select(e => new ExperimentRunner(e, options)).ToArray();
        offsets = new int[runners.Length + 1];
        for (var e = 0; e < runners.Length; e++)
        {
            offsets[e + 1] = offsets[e] + experiments[e].Data.Length;
        }

        data = experiments.SelectMany(e => e.Data).ToArray();
        Observables = [.. data.Select(d => d.Observable).Distinct(StringComparer.Ordinal)];
        group = data.Select(d => Observables.IndexOf(d.Observable)).ToArray();
        groupSize = new int[Observables.Length];
        foreach (var g in group)
        {
            groupSize[g]++;
        }
    }

    public ImmutableArray<FitParameter> Parameters { get; }

    public ErrorModel ErrorModel { get; }

    public FitOptions Options { get; }

    /// <summary>The observables, in order of first appearance (one error scale each).</summary>
    public ImmutableArray<string> Observables { get; }

    public IReadOnlyList<Measurement> Data => data;

    public int DataCount => data.Length;

    public int GroupCount => Observables.Length;

    public long Simulations => Interlocked.Read(ref simulations);

    internal IReadOnlyList<ExperimentRunner> Runners => runners;

    /// <summary>Whether the error scales need the reweighting loop (several observables, estimated error).</summary>
    public bool NeedsReweighting => ErrorModel != ErrorModel.Given && GroupCount > 1;

    /// <summary>The declared-value changes of experiment <paramref name="e"/> for internal coordinates <paramref name="x"/>.</summary>
    public Dictionary<string, double> Changes(int e, ReadOnlySpan<double> x)
    {
        var changes = new Dictionary<string, double>(runners[e].Experiment.Fixed, StringComparer.Ordinal);
        for (var j = 0; j < Parameters.Length; j++)
        {
            changes[Parameters[j].Id] = Parameters[j].FromInternal(x[j]);
        }

        return changes;
    }

    /// <summary>Model values at every measurement; the failure's message, or null.</summary>
    public string? Predict(double[] x, double[] predictions, CancellationToken cancellationToken)
    {
        for (var e = 0; e < runners.Length; e++)
        {
            Interlocked.Increment(ref simulations);
            var failure = runners[e].Predict(Changes(e, x), predictions.AsSpan(offsets[e], offsets[e + 1] - offsets[e]), cancellationToken);
            if (failure is not null)
            {
                return runners[e].Experiment.Id.Length > 0 ? $"experiment '{runners[e].Experiment.Id}': {failure}" : failure;
            }
        }

        return null;
    }

    /// <summary>Residuals for fixed reweighting factors <paramref name="scale"/> (one per observable);
    /// false when they are not finite (a proportional model value of zero).</summary>
    public bool Residuals(double[] predictions, double[] scale, double[] output)
    {
        var geometric = ErrorModel == ErrorModel.Proportional ? GeometricMeans(predictions) : null;
        for (var i = 0; i < data.Length; i++)
        {
            var d = data[i];
            var difference = d.Value - predictions[i];
            output[i] = ErrorModel switch
            {
                ErrorModel.Given => difference / d.StandardDeviation!.Value,
                ErrorModel.Constant => difference * scale[group[i]],
                _ => difference / Math.Abs(predictions[i]) * geometric![group[i]] * scale[group[i]],
            };
            if (!double.IsFinite(output[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The reweighting factors c_k = 1/RMS of each observable's unscaled residuals (1 for given sd).</summary>
    public double[] Scales(double[] predictions)
    {
        var scales = new double[GroupCount];
        Array.Fill(scales, 1.0);
        if (ErrorModel == ErrorModel.Given)
        {
            return scales;
        }

        var unit = new double[GroupCount];
        Array.Fill(unit, 1.0);
        var residuals = new double[data.Length];
        if (!Residuals(predictions, unit, residuals))
        {
            return scales;
        }

        var (squares, magnitude) = GroupSums(residuals);
        for (var k = 0; k < GroupCount; k++)
        {
            scales[k] = 1 / Math.Sqrt(Math.Max(squares[k] / groupSize[k], Floor(magnitude[k])));
        }

        return scales;
    }

    /// <summary>−2·log L of the predictions (normal errors, constants included; +∞ when not finite).</summary>
    public double MinusTwoLogLikelihood(double[] predictions)
    {
        var total = 0.0;
        switch (ErrorModel)
        {
            case ErrorModel.Given:
                for (var i = 0; i < data.Length; i++)
                {
                    var sd = data[i].StandardDeviation!.Value;
                    var r = (data[i].Value - predictions[i]) / sd;
                    total += (r * r) + Math.Log(TwoPi * sd * sd);
                }

                break;
            default:
                var variances = ErrorVariances(predictions);
                for (var k = 0; k < GroupCount; k++)
                {
                    total += groupSize[k] * (Math.Log(TwoPi * variances[k]) + 1);
                }

                if (ErrorModel == ErrorModel.Proportional)
                {
                    for (var i = 0; i < data.Length; i++)
                    {
                        total += Math.Log(predictions[i] * predictions[i]);
                    }
                }

                break;
        }

        return double.IsNaN(total) ? double.PositiveInfinity : total;
    }

    /// <summary>The estimated σ² (constant) or b² (proportional) per observable, at their maximum-likelihood
    /// values for these predictions (floored at (1e-10·RMS of the data)² so that a perfect fit stays finite).</summary>
    public double[] ErrorVariances(double[] predictions)
    {
        var raw = new double[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            var difference = data[i].Value - predictions[i];
            raw[i] = ErrorModel == ErrorModel.Proportional ? difference / predictions[i] : difference;
        }

        var (squares, magnitude) = GroupSums(raw);
        var variances = new double[GroupCount];
        for (var k = 0; k < GroupCount; k++)
        {
            variances[k] = Math.Max(squares[k] / groupSize[k], Floor(magnitude[k]));
        }

        return variances;
    }

    /// <summary>The σ used for data point <paramref name="i"/>.</summary>
    public double Sigma(int i, double prediction, double[] variances) => ErrorModel switch
    {
        ErrorModel.Given => data[i].StandardDeviation!.Value,
        ErrorModel.Constant => Math.Sqrt(variances[group[i]]),
        _ => Math.Sqrt(variances[group[i]]) * Math.Abs(prediction),
    };

    private (double[] Squares, double[] Magnitude) GroupSums(double[] values)
    {
        var squares = new double[GroupCount];
        var magnitude = new double[GroupCount];
        for (var i = 0; i < values.Length; i++)
        {
            squares[group[i]] += values[i] * values[i];
            var reference = ErrorModel == ErrorModel.Proportional ? 1.0 : data[i].Value;
            magnitude[group[i]] += reference * reference;
        }

        for (var k = 0; k < GroupCount; k++)
        {
            magnitude[k] /= groupSize[k];
        }

        return (squares, magnitude);
    }

    private static double Floor(double meanSquare) => Math.Max(1e-20 * meanSquare, 1e-300);

    private double[] GeometricMeans(double[] predictions)
    {
        var sums = new double[GroupCount];
        for (var i = 0; i < predictions.Length; i++)
        {
            sums[group[i]] += Math.Log(Math.Abs(predictions[i]));
        }

        for (var k = 0; k < GroupCount; k++)
        {
            sums[k] = Math.Exp(sums[k] / groupSize[k]);
        }

        return sums;
    }
}
