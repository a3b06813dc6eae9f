namespace Myokinetics.Analysis.Estimation;

/// <summary>
/// Profile likelihood of one parameter (Raue et al., Bioinformatics 25 (2009) 1923–1929): the parameter is
/// stepped away from its estimate in both directions (on its own scale) and the others are re-fitted at
/// each step, warm-started from the previous step, until −2·log L has risen by the threshold or the bound
/// is reached. Steps start at half the Fisher standard error (within 0.1–10 % of the range; 5 % of the
/// range when the Fisher information is singular) and double while the rise per step stays below a tenth
/// of the threshold; at most <see cref="MaxSteps"/> steps per side.
/// </summary>
internal static class ProfileCalculator
{
    public const int MaxSteps = 40;

    public static ProfileLikelihood Run(FitObjective objective, int index, double[] estimate, double objectiveAtEstimate, double internalSe, double threshold, CancellationToken cancellationToken)
    {
        var parameter = objective.Parameters[index];
        var low = parameter.InternalLower;
        var high = parameter.InternalUpper;
        var range = high - low;
        var firstStep = double.IsFinite(internalSe) && internalSe > 0
            ? Math.Clamp(0.5 * internalSe, 1e-3 * range, 0.1 * range)
            : 0.05 * range;
        var free = Enumerable.Range(0, objective.Parameters.Length).Where(j => j != index).ToArray();
        var points = new List<ProfilePoint> { new(parameter.FromInternal(estimate[index]), 0) };
        var limits = new double[2];
        var open = new bool[2];
        for (var side = 0; side < 2; side++)
        {
            var direction = side == 0 ? -1 : 1;
            var current = (double[])estimate.Clone();
            var position = estimate[index];
            var previousRise = 0.0;
            var step = firstStep;
            var crossed = false;
            for (var n = 0; n < MaxSteps; n++)
            {
                var next = Math.Clamp(position + (direction * step), low, high);
                if (next == position)
                {
                    break;
                }

                var held = (double[])current.Clone();
                held[index] = next;
                var fit = LocalFit.Run(objective, free, held, cancellationToken);
                if (fit.Failure is not null)
                {
                    break;
                }

                var rise = fit.Objective - objectiveAtEstimate;
                points.Add(new ProfilePoint(parameter.FromInternal(next), rise));
                if (rise >= threshold)
                {
                    // Linear interpolation of the crossing between the last two points.
                    var fraction = (threshold - previousRise) / (rise - previousRise);
                    limits[side] = position + (fraction * (next - position));
                    crossed = true;
                    break;
                }

                if (rise - previousRise < threshold / 10)
                {
                    step = Math.Min(2 * step, range / 4);
                }

                current = fit.X;
                position = next;
                previousRise = rise;
            }

            if (!crossed)
            {
                limits[side] = side == 0 ? low : high;
                open[side] = true;
            }
        }

        points.Sort((a, b) => a.Value.CompareTo(b.Value));
        return new ProfileLikelihood(parameter.Id, [.. points], threshold, parameter.FromInternal(limits[0]), parameter.FromInternal(limits[1]), open[0], open[1]);
    }
}
