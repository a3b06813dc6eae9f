namespace Myokinetics.Lab.Secretome;

/// <summary>Student's t distribution with real degrees of freedom (Welch's test gives non-integer ones).</summary>
public static class StudentT
{
    /// <summary>P(T ≤ t) for ν = <paramref name="degreesOfFreedom"/> &gt; 0: from
    /// P(|T| &gt; |t|) = I_{ν/(ν+t²)}(ν/2, 1/2), the regularised incomplete beta function.</summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        var tail = TwoSidedP(t, degreesOfFreedom) / 2;
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>P(|T| ≥ |t|), the two-sided p-value of a t statistic; 1 at t = 0, 0 for infinite t.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The degrees of freedom are not positive and finite, or t is NaN.</exception>
    public static double TwoSidedP(double t, double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0) || !double.IsFinite(degreesOfFreedom))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "degrees of freedom must be positive and finite");
        }

        if (double.IsNaN(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "t must be a number");
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        return SpecialFunctions.RegularizedBeta(degreesOfFreedom / (degreesOfFreedom + (t * t)), degreesOfFreedom / 2, 0.5);
    }
}
