using Myokinetics.Analysis.Sensitivity;

namespace Myokinetics.Analysis.Tests.Sensitivity;

/// <summary>Analytic test functions of global sensitivity analysis, with their known indices.</summary>
internal static class TestFunctions
{
    /// <summary>Ishigami &amp; Homma (1990): f = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁ on [−π, π]³, a = 7, b = 0.1.</summary>
    public static FunctionModel Ishigami { get; } = new(["y"], (x, y) =>
        y[0] = Math.Sin(x[0]) + (7 * Math.Sin(x[1]) * Math.Sin(x[1])) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0])));

    public static ImmutableArray<ParameterRange> IshigamiRanges { get; } =
        [.. new[] { "x1", "x2", "x3" }.Select(id => new ParameterRange(id, 0, -Math.PI, Math.PI))];

    /// <summary>The Ishigami function's indices for a = 7, b = 0.1 (Saltelli et al., Global Sensitivity
    /// Analysis: The Primer, Wiley 2008, §4.8; also Marrel et al. 2009, Reliab. Eng. Syst. Saf. 94:742):
    /// S₁ = 0.3139, S₂ = 0.4424, S₃ = 0; S_T1 = 0.5576, S_T2 = 0.4424, S_T3 = 0.2437.</summary>
    public static readonly double[] IshigamiFirst = [0.3139, 0.4424, 0];
    public static readonly double[] IshigamiTotal = [0.5576, 0.4424, 0.2437];

    /// <summary>Sobol's g-function f = Π (|4xᵢ − 2| + aᵢ)/(1 + aᵢ) on [0, 1]^k (Saltelli &amp; Sobol' 1995,
    /// Reliab. Eng. Syst. Saf. 50:225): the smaller aᵢ, the more important xᵢ.</summary>
    public static FunctionModel G(double[] a) => new(["g"], (x, y) =>
    {
        var product = 1.0;
        for (var i = 0; i < a.Length; i++)
        {
            product *= (Math.Abs((4 * x[i]) - 2) + a[i]) / (1 + a[i]);
        }

        y[0] = product;
    });

    public static ImmutableArray<ParameterRange> UnitRanges(int k) =>
        [.. Enumerable.Range(1, k).Select(i => new ParameterRange($"x{i}", 0.5, 0, 1))];

    /// <summary>The g-function's analytic indices: Vᵢ = 1/(3(1 + aᵢ)²), V = Π(1 + Vᵢ) − 1,
    /// S₁ = Vᵢ/V, S_T = Vᵢ Π_{j≠i}(1 + V_j)/V.</summary>
    public static (double[] First, double[] Total) GIndices(double[] a)
    {
        var partial = a.Select(ai => 1 / (3 * (1 + ai) * (1 + ai))).ToArray();
        var total = partial.Aggregate(1.0, (p, v) => p * (1 + v)) - 1;
        var first = partial.Select(v => v / total).ToArray();
        var totals = partial.Select((v, i) => v * partial.Where((_, j) => j != i).Aggregate(1.0, (p, w) => p * (1 + w)) / total).ToArray();
        return (first, totals);
    }
}
