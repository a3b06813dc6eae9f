using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Semantics;

/// <summary>
/// Products, quotients and comparison of SBML units, for Antimony's species units: the unit given to
/// a concentration species is the unit of its concentration, so its SBML substance unit is that unit
/// times the compartment's volume unit (libAntimony's SBML export, module-sbml.cpp, does the same).
/// </summary>
internal static class UnitAlgebra
{
    private const double Tolerance = 1e-12;

    /// <summary>The base factors of <paramref name="id"/>: a base kind, or a defined unit; null when unknown.</summary>
    public static ImmutableArray<Unit>? Resolve(string id, IReadOnlyDictionary<string, ImmutableArray<Unit>> defined)
    {
        if (UnitKinds.Base.Contains(id))
        {
            return [new Unit(id)];
        }

        return defined.TryGetValue(id, out var units) ? units : null;
    }

    /// <summary><paramref name="a"/> times <paramref name="b"/> raised to <paramref name="power"/>, reduced to
    /// one factor per kind (dimensionless dropped); a number left over goes into the first factor.</summary>
    public static ImmutableArray<Unit> Multiply(ImmutableArray<Unit> a, ImmutableArray<Unit> b, double power = 1)
    {
        var exponents = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        var logFactor = 0.0;
        void Add(Unit u, double p)
        {
            logFactor += u.Exponent * p * (System.Math.Log10(u.Multiplier) + u.Scale);
            if (u.Kind == "dimensionless")
            {
                return;
            }

            if (!exponents.ContainsKey(u.Kind))
            {
                order.Add(u.Kind);
                exponents[u.Kind] = 0;
            }

            exponents[u.Kind] += u.Exponent * p;
        }

        foreach (var u in a)
        {
            Add(u, 1);
        }

        foreach (var u in b)
        {
            Add(u, power);
        }

        var kinds = order.Where(k => System.Math.Abs(exponents[k]) > Tolerance).ToList();
        if (kinds.Count == 0)
        {
            return System.Math.Abs(logFactor) < Tolerance ? [] : [UnitExpressions.WithFactor("dimensionless", 1, System.Math.Pow(10, logFactor))];
        }

        var result = kinds.Select(k => new Unit(k, exponents[k])).ToList();
        if (System.Math.Abs(logFactor) > Tolerance)
        {
            var first = result[0];
            result[0] = UnitExpressions.WithFactor(first.Kind, first.Exponent, System.Math.Pow(10, logFactor / first.Exponent));
        }

        return [.. result];
    }

    /// <summary>Whether two unit lists mean the same unit (same kinds and exponents, same overall factor).</summary>
    public static bool Same(ImmutableArray<Unit> a, ImmutableArray<Unit> b)
    {
        var x = Multiply(a, []);
        var y = Multiply(b, []);
        if (x.Length != y.Length)
        {
            return false;
        }

        var ya = y.ToDictionary(u => u.Kind, StringComparer.Ordinal);
        return x.All(u => ya.TryGetValue(u.Kind, out var v) && System.Math.Abs(u.Exponent - v.Exponent) < Tolerance)
            && System.Math.Abs(LogFactor(x) - LogFactor(y)) < 1e-9;
    }

    /// <summary>An id that names <paramref name="units"/>: a base kind, or a defined unit with the same meaning.</summary>
    public static string? NameOf(ImmutableArray<Unit> units, IEnumerable<KeyValuePair<string, ImmutableArray<Unit>>> defined)
    {
        var reduced = Multiply(units, []);
        if (reduced is [{ Exponent: 1, Scale: 0, Multiplier: 1 } only])
        {
            return only.Kind;
        }

        foreach (var (id, def) in defined)
        {
            if (Same(def, reduced))
            {
                return id;
            }
        }

        return null;
    }

    private static double LogFactor(ImmutableArray<Unit> units) =>
        units.Sum(u => u.Exponent * (System.Math.Log10(u.Multiplier) + u.Scale));
}
