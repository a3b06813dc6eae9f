using System.Globalization;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Cli.Conformance;

/// <summary>The simulation settings of an SBML Test Suite case (<c>NNNNN-settings.txt</c>).</summary>
public sealed record CaseSettings(
    double? Start,
    double? Duration,
    int? Steps,
    ImmutableArray<string> Variables,
    double Absolute,
    double Relative,
    ImmutableHashSet<string> Amounts,
    ImmutableHashSet<string> Concentrations)
{
    /// <summary>Reads a settings file: <c>key: value</c> lines; lists are comma-separated.</summary>
    public static CaseSettings Read(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new ModelFormatException(new SourceLocation(path, lineNumber), "expected 'key: value'");
            }

            values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        double? Number(string key)
        {
            if (!values.TryGetValue(key, out var text) || text.Length == 0)
            {
                return null;
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new ModelFormatException(new SourceLocation(path, 0), $"'{key}' should be a number, not '{text}'");
        }

        ImmutableArray<string> List(string key) =>
            values.TryGetValue(key, out var text)
                ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()
                : ImmutableArray<string>.Empty;

        var steps = Number("steps");
        return new CaseSettings(
            Number("start"),
            Number("duration"),
            steps is null ? null : (int)steps.Value,
            List("variables"),
            Number("absolute") ?? 1e-10,
            Number("relative") ?? 1e-4,
            List("amount").ToImmutableHashSet(StringComparer.Ordinal),
            List("concentration").ToImmutableHashSet(StringComparer.Ordinal));
    }
}
