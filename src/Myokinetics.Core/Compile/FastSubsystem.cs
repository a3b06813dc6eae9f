using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Reactions marked fast are taken to be at equilibrium at all times (SBML's rapid-equilibrium
/// meaning). The species they change become algebraic: one row per fast reaction says its rate is
/// zero, and one row per conserved moiety of the fast reactions (a left null vector ℓ of their
/// stoichiometry, ℓ·N_fast = 0) says ℓ·x equals a total. The totals are new differential states
/// whose rates are ℓ applied to what the slow reactions do to those species.
/// </summary>
internal sealed class FastSubsystem
{
    private FastSubsystem(IReadOnlyList<Reaction> reactions, IReadOnlyList<string> species, IReadOnlyList<double[]> moieties)
    {
        Reactions = reactions;
        Species = species;
        Moieties = moieties;
    }

    /// <summary>The fast reactions.</summary>
    public IReadOnlyList<Reaction> Reactions { get; }

    /// <summary>The species the fast reactions change, in declaration order.</summary>
    public IReadOnlyList<string> Species { get; }

    /// <summary>The conserved moieties: coefficient vectors over <see cref="Species"/>.</summary>
    public IReadOnlyList<double[]> Moieties { get; }

    public static string MoietyId(int index) => $"#moiety{index + 1}";

    /// <summary>The fast subsystem of a model, or null when no reaction is fast.</summary>
    public static FastSubsystem? Find(Model.Model model, Func<string, bool> changedByReactions)
    {
        var fast = model.Reactions.Where(r => r.Fast).ToList();
        if (fast.Count == 0)
        {
            return null;
        }

        var species = model.Species.Select(s => s.Id)
            .Where(id => changedByReactions(id) && fast.Any(r => r.Reactants.Concat(r.Products).Any(sr => sr.Species == id)))
            .ToList();
        var n = new double[species.Count, fast.Count];
        for (var j = 0; j < fast.Count; j++)
        {
            foreach (var (sr, sign) in fast[j].Reactants.Select(sr => (sr, -1.0)).Concat(fast[j].Products.Select(sr => (sr, 1.0))))
            {
                var i = species.IndexOf(sr.Species);
                if (i < 0)
                {
                    continue;
                }

                if (sr.Id is not null || sr.StoichiometryMath is not null || sr.Stoichiometry is null)
                {
                    throw new UnsupportedFeatureException(
                        "fast reactions",
                        $"fast reaction '{fast[j].Id}' has a stoichiometry that is not a fixed number (for '{sr.Species}'); rapid equilibrium needs fixed stoichiometry");
                }

                n[i, j] += sign * sr.Stoichiometry.Value * ConversionFactor(model, sr.Species);
            }
        }

        var moieties = LeftNullSpace(n, species.Count, fast.Count);
        if (moieties.Count + fast.Count != species.Count)
        {
            throw new UnsupportedFeatureException(
                "fast reactions",
                "the fast reactions are linearly dependent; their equilibrium does not determine the species they change");
        }

        return new FastSubsystem(fast, species, moieties);
    }

    private static double ConversionFactor(Model.Model model, string speciesId)
    {
        var species = model.Species.First(s => s.Id == speciesId);
        var factor = species.ConversionFactor ?? model.ConversionFactor;
        if (factor is null)
        {
            return 1.0;
        }

        var parameter = model.Parameters.FirstOrDefault(p => p.Id == factor);
        return parameter is { Constant: true, Value: { } value }
            ? value
            : throw new UnsupportedFeatureException("fast reactions", $"conversion factor '{factor}' of a species in a fast reaction must be a constant parameter with a value");
    }

    /// <summary>A basis of {ℓ : ℓ·N = 0} by Gauss–Jordan elimination of Nᵀ.</summary>
    private static List<double[]> LeftNullSpace(double[,] n, int rows, int columns)
    {
        // Reduce A = Nᵀ (columns × rows); its null space is the left null space of N.
        var a = new double[columns, rows];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                a[j, i] = n[i, j];
            }
        }

        var pivotColumns = new List<int>();
        var r = 0;
        for (var c = 0; c < rows && r < columns; c++)
        {
            var best = r;
            for (var k = r + 1; k < columns; k++)
            {
                if (System.Math.Abs(a[k, c]) > System.Math.Abs(a[best, c]))
                {
                    best = k;
                }
            }

            if (System.Math.Abs(a[best, c]) < 1e-12)
            {
                continue;
            }

            for (var k = 0; k < rows; k++)
            {
                (a[r, k], a[best, k]) = (a[best, k], a[r, k]);
            }

            var pivot = a[r, c];
            for (var k = 0; k < rows; k++)
            {
                a[r, k] /= pivot;
            }

            for (var other = 0; other < columns; other++)
            {
                if (other != r && a[other, c] != 0)
                {
                    var factor = a[other, c];
                    for (var k = 0; k < rows; k++)
                    {
                        a[other, k] -= factor * a[r, k];
                    }
                }
            }

            pivotColumns.Add(c);
            r++;
        }

        var basis = new List<double[]>();
        for (var free = 0; free < rows; free++)
        {
            if (pivotColumns.Contains(free))
            {
                continue;
            }

            var v = new double[rows];
            v[free] = 1;
            for (var p = 0; p < pivotColumns.Count; p++)
            {
                v[pivotColumns[p]] = -a[p, free];
            }

            basis.Add(v);
        }

        return basis;
    }
}
