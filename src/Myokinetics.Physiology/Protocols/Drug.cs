namespace Myokinetics.Physiology.Protocols;

/// <summary>Where a dose given by one route goes in the model.</summary>
/// <param name="Route">im, sc, iv or po.</param>
/// <param name="Target">The model quantity the amount is added to (a depot or central amount).</param>
/// <param name="Unit">The target's unit.</param>
public sealed record DrugRoute(string Route, string Target, AmountUnit Unit);

/// <summary>A drug of <c>models/crosstalk/drugs.yaml</c>.</summary>
/// <param name="Name">The name used in dose strings (<c>testosterone_cypionate</c>).</param>
/// <param name="MolarMass">g/mol (= ng/nmol), converting mass and molar amounts.</param>
/// <param name="Routes">The routes it may be given by, with their targets.</param>
public sealed record Drug(string Name, double MolarMass, ImmutableArray<DrugRoute> Routes)
{
    /// <summary>The route called <paramref name="route"/>, or null when the drug is not given that way.</summary>
    public DrugRoute? Find(string route) => Routes.FirstOrDefault(r => string.Equals(r.Route, route, StringComparison.Ordinal));

    /// <summary><paramref name="amount"/> in <paramref name="from"/> converted to <paramref name="to"/>.</summary>
    public double Convert(double amount, AmountUnit from, AmountUnit to) => amount * Milligrams(from) / Milligrams(to);

    /// <summary>Milligrams in one of <paramref name="unit"/>.</summary>
    private double Milligrams(AmountUnit unit) => unit switch
    {
        AmountUnit.Milligram => 1,
        AmountUnit.Microgram => 1e-3,
        _ => MolarMass * 1e-6, // 1 nmol = MolarMass ng = MolarMass × 1e-6 mg
    };
}
