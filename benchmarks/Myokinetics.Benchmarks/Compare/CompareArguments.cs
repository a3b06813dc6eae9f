using System.Globalization;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Benchmarks.Compare;

/// <summary>The options of the comparison harness, as <c>--name value</c> pairs.</summary>
internal sealed class CompareArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public CompareArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"expected '--name value' pairs, got '{args[i]}'");
            }

            values[args[i][2..]] = args[++i];
        }
    }

    public string Text(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"missing --{name}");

    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public double Number(string name) => double.Parse(Text(name), NumberStyles.Float, CultureInfo.InvariantCulture);

    public double Number(string name, double fallback) =>
        values.ContainsKey(name) ? Number(name) : fallback;

    public int Integer(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    public IntegratorKind Integrator() => Text("integrator", "auto") switch
    {
        "auto" => IntegratorKind.Auto,
        "rosenbrock" or "rodas4" => IntegratorKind.Rosenbrock,
        "dormandprince" or "dopri5" => IntegratorKind.DormandPrince,
        var other => throw new ArgumentException($"unknown --integrator '{other}' (auto, rosenbrock, dormandprince)"),
    };
}
