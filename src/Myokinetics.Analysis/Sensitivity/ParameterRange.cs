using System.Globalization;

namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// A parameter varied by a sensitivity analysis: its id, its nominal value (where the local method
/// differentiates) and the range the global methods sample.
/// </summary>
/// <param name="Id">The model id of a parameter, compartment or species (its initial value).</param>
/// <param name="Nominal">The value the local method differentiates at (usually the model's value).</param>
/// <param name="Lower">The lower bound (global methods).</param>
/// <param name="Upper">The upper bound (global methods), greater than <paramref name="Lower"/>.</param>
/// <param name="Scale">Linear or logarithmic sampling between the bounds.</param>
public sealed record ParameterRange(string Id, double Nominal, double Lower, double Upper, ParameterScale Scale = ParameterScale.Linear)
{
    /// <summary>The range nominal × (1 ± <paramref name="fraction"/>), e.g. 0.2 for ±20 %.</summary>
    /// <exception cref="SensitivityInputException">The fraction is not in (0, 1) for a log scale or not
    /// positive, or the nominal value is zero.</exception>
    public static ParameterRange Relative(string id, double nominal, double fraction, ParameterScale scale = ParameterScale.Linear)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!(fraction > 0) || !double.IsFinite(fraction))
        {
            throw new SensitivityInputException($"parameter '{id}': the relative range must be a positive percentage, got {Format(fraction * 100)}%");
        }

        if (nominal == 0 || !double.IsFinite(nominal))
        {
            throw new SensitivityInputException($"parameter '{id}': a relative range (±{Format(fraction * 100)}%) needs a non-zero nominal value, but the model's value is {Format(nominal)}; give bounds LO..HI instead");
        }

        var a = nominal * (1 - fraction);
        var b = nominal * (1 + fraction);
        var range = new ParameterRange(id, nominal, Math.Min(a, b), Math.Max(a, b), scale);
        range.Validate();
        return range;
    }

    /// <summary>The range nominal / <paramref name="factor"/> … nominal × <paramref name="factor"/> (factor &gt; 1).</summary>
    public static ParameterRange Factor(string id, double nominal, double factor, ParameterScale scale = ParameterScale.Log)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!(factor > 1) || !double.IsFinite(factor))
        {
            throw new SensitivityInputException($"parameter '{id}': a range factor must be greater than 1, got {Format(factor)}");
        }

        if (!(nominal > 0) || !double.IsFinite(nominal))
        {
            throw new SensitivityInputException($"parameter '{id}': a range by a factor (*{Format(factor)}) needs a positive nominal value, but the model's value is {Format(nominal)}; give bounds LO..HI instead");
        }

        var range = new ParameterRange(id, nominal, nominal / factor, nominal * factor, scale);
        range.Validate();
        return range;
    }

    /// <summary>Checks the bounds; throws <see cref="SensitivityInputException"/> naming the parameter.</summary>
    public void Validate()
    {
        if (!double.IsFinite(Lower) || !double.IsFinite(Upper) || !(Upper > Lower))
        {
            throw new SensitivityInputException($"parameter '{Id}': the range {Format(Lower)}..{Format(Upper)} is empty or not finite; the upper bound must be greater than the lower");
        }

        if (Scale == ParameterScale.Log && !(Lower > 0))
        {
            throw new SensitivityInputException($"parameter '{Id}': a log-scale range needs positive bounds, got {Format(Lower)}..{Format(Upper)}");
        }
    }

    /// <summary>Checks that <paramref name="ranges"/> names at least one parameter and that every range is
    /// valid (the global methods' inputs); throws <see cref="SensitivityInputException"/>.</summary>
    internal static void ValidateAll(IReadOnlyList<ParameterRange> ranges)
    {
        if (ranges.Count == 0)
        {
            throw new SensitivityInputException("no parameters to vary: name at least one");
        }

        foreach (var range in ranges)
        {
            range.Validate();
        }
    }

    /// <summary>The parameter value at the fraction <paramref name="unit"/> (0…1) of the range.</summary>
    public double FromUnit(double unit) => Scale == ParameterScale.Log
        ? Math.Exp(Math.Log(Lower) + (unit * (Math.Log(Upper) - Math.Log(Lower))))
        : Lower + (unit * (Upper - Lower));

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
