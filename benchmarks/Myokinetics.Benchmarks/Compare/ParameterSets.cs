using Myokinetics.Core.Compile;

namespace Myokinetics.Benchmarks.Compare;

/// <summary>Seeded log-normal parameter sets for the ensemble benchmark: subject i's factors come
/// from a generator seeded with (seed, i), so the sets do not depend on the thread count.</summary>
internal static class ParameterSets
{
    public static Dictionary<string, double>[] LogNormal(CompiledModel model, IReadOnlyList<string> ids, int size, double cv, int seed)
    {
        var sigma = System.Math.Sqrt(System.Math.Log(1 + (cv * cv)));
        var baseValues = ids.Select(id =>
        {
            var symbol = model.Find(id) ?? throw new ArgumentException($"--vary: no symbol '{id}' in the model");
            return model.CreateState().Values[symbol.ValueIndex];
        }).ToArray();
        var sets = new Dictionary<string, double>[size];
        for (var i = 0; i < size; i++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + i));
            var set = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var j = 0; j < ids.Count; j++)
            {
                // Box–Muller: a standard normal from two uniforms.
                var u1 = 1.0 - random.NextDouble();
                var u2 = random.NextDouble();
                var z = System.Math.Sqrt(-2 * System.Math.Log(u1)) * System.Math.Cos(2 * System.Math.PI * u2);
                set[ids[j]] = baseValues[j] * System.Math.Exp((sigma * z) - (0.5 * sigma * sigma));
            }

            sets[i] = set;
        }

        return sets;
    }
}
