using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Benchmarks;

/// <summary>
/// A reproducible mass-action network for benchmarks: n species in one compartment, a chain of
/// conversions S(i) → S(i+1) with first-order back reactions, and n/2 bimolecular reactions
/// S(a) + S(b) → S(c) with partners drawn from a seeded generator; rate constants span three
/// decades so the system is mildly stiff. Built directly as IR (no parsing in the timings).
/// </summary>
public static class MassActionNetwork
{
    public static Model Create(int species, int seed = 42)
    {
        var random = new Random(seed);
        var compartment = new Compartment("cell", 3, 1.0, null, true);
        var speciesList = Enumerable.Range(0, species)
            .Select(i => new Species($"S{i}", "cell", i == 0 ? 100.0 : random.NextDouble(), null, null, false, false, false, null))
            .ToImmutableArray();
        var parameters = ImmutableArray.CreateBuilder<Parameter>();
        var reactions = ImmutableArray.CreateBuilder<Reaction>();

        void Add(string id, string[] reactants, string product, double k)
        {
            var parameter = $"k_{id}";
            parameters.Add(new Parameter(parameter, k, null, true));
            MathNode rate = new SymbolNode(parameter);
            foreach (var r in reactants)
            {
                rate = new ApplyNode(MathOperator.Times, rate, new SymbolNode(r));
            }

            reactions.Add(new Reaction(
                id,
                reactants.Select(r => new SpeciesReference(r, 1.0, true)).ToImmutableArray(),
                ImmutableArray.Create(new SpeciesReference(product, 1.0, true)),
                ImmutableArray<ModifierReference>.Empty,
                new KineticLaw(rate, ImmutableArray<Parameter>.Empty),
                false,
                false,
                null));
        }

        for (var i = 0; i + 1 < species; i++)
        {
            Add($"f{i}", [$"S{i}"], $"S{i + 1}", System.Math.Pow(10, -1 + (2 * random.NextDouble())));
            Add($"b{i}", [$"S{i + 1}"], $"S{i}", System.Math.Pow(10, -2 + (2 * random.NextDouble())));
        }

        for (var j = 0; j < species / 2; j++)
        {
            var a = random.Next(species);
            var b = random.Next(species);
            var c = random.Next(species);
            Add($"m{j}", [$"S{a}", $"S{b}"], $"S{c}", System.Math.Pow(10, -3 + random.NextDouble()));
        }

        return Model.Empty($"network{species}") with
        {
            Compartments = [compartment],
            Species = speciesList,
            Parameters = parameters.ToImmutable(),
            Reactions = reactions.ToImmutable(),
        };
    }
}
