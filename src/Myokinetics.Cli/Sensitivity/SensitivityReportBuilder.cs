using System.Globalization;
using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Physiology.Protocols.Text;
using Myokinetics.Reporting;
using Myokinetics.Reporting.Sensitivity;

namespace Myokinetics.Cli.Sensitivity;

/// <summary>Turns a sensitivity result into a <see cref="SensitivityReport"/>: a tornado chart per output and,
/// for the local method, each variable's coefficients over time.</summary>
internal static class SensitivityReportBuilder
{
    public static SensitivityReport Local(SensitivityReportContext context, LocalSensitivityResult result)
    {
        var facts = Facts(context, "local (central differences of whole simulations)");
        facts.Add(new ReportFact("Parameters", string.Join(", ", result.Parameters.Select((p, i) => $"{p} = {G(result.Nominal[i])}"))));
        var relative = result.Nominal[0] == 0 ? result.Steps[0] : result.Steps[0] / Math.Abs(result.Nominal[0]);
        facts.Add(new ReportFact("Step", Invariant($"±{relative * 100:0.###} % of each value, runs at relative tolerance {result.RelativeTolerance:0.##e+0}")));
        var tornadoes = result.Features.Select((feature, f) => new TornadoPanel(
            feature,
            "normalised coefficient (∂y/∂p)(p/y)",
            [.. result.Parameters.Select((p, i) => new TornadoBar(p, result.FeatureCoefficient(i, f)))]));
        var times = result.Times.Select(t => t * context.HoursPerModelUnit).ToImmutableArray();
        var lines = result.Variables.Select((variable, v) => new LinePanel(
            variable,
            "coefficient (∂y/∂p)(p/y)",
            times,
            [.. result.Parameters.Select((p, i) => new LineSeries(p, [.. Enumerable.Range(0, result.Times.Length).Select(t => result.Coefficient(i, v, t))]))]));
        return new SensitivityReport(
            Title(context, "local sensitivity"),
            [.. facts],
            [
                "A coefficient is the relative change of the output per relative change of the parameter at its nominal value: +1 means 1 % more of the parameter gives 1 % more of the output; negative means the output falls. Undefined where the output is 0.",
            ],
            [.. tornadoes],
            [.. lines]);
    }

    public static SensitivityReport Morris(SensitivityReportContext context, MorrisResult result)
    {
        var facts = Facts(context, "Morris elementary effects");
        AddRanges(facts, result.Ranges);
        facts.Add(new ReportFact("Design", Invariant($"{result.Options.Trajectories} trajectories, {result.Options.Levels} levels, {result.Samples.Count} simulations, seed {result.Options.Seed}")));
        var tornadoes = result.Indices.GroupBy(i => i.Output).Select(group => new TornadoPanel(
            group.Key,
            "μ* (mean |elementary effect|, output units over the range)",
            [.. group.Select(i => new TornadoBar(i.Parameter, i.MuStar, Finite(i.MuStarLow), Finite(i.MuStarHigh)))]));
        return new SensitivityReport(
            Title(context, "Morris screening"),
            [.. facts],
            [
                "μ* is the mean absolute change of the output when the parameter moves by 2/3 of its range (4 levels), scaled to the whole range: it ranks the parameters by importance. σ (in morris.csv) large against μ* means non-linear effects or interactions.",
            ],
            [.. tornadoes],
            []);
    }

    public static SensitivityReport Sobol(SensitivityReportContext context, SobolResult result)
    {
        var facts = Facts(context, "Sobol' indices (Saltelli sampling, Jansen total-order estimator)");
        AddRanges(facts, result.Ranges);
        var sampling = result.Sampling == SobolSampling.Sobol ? "Sobol' sequence (Joe–Kuo), digitally shifted" : "pseudo-random";
        facts.Add(new ReportFact("Design", Invariant($"N = {result.Options.Samples} base samples, {result.Samples.Count} simulations, {sampling}, seed {result.Options.Seed}, {result.Options.Bootstrap} bootstrap resamples")));
        var tornadoes = result.Indices.GroupBy(i => i.Output).Select(group => new TornadoPanel(
            group.Key,
            "total-order index S_T",
            [.. group.Select(i => new TornadoBar(i.Parameter, i.Total, Finite(i.TotalLow), Finite(i.TotalHigh), i.First))],
            "first-order index S₁"));
        return new SensitivityReport(
            Title(context, "Sobol' indices"),
            [.. facts],
            [
                "S_T is the share of the output's variance over the ranges that goes away if the parameter is fixed (with all its interactions); S₁ the share it causes alone. Whiskers: 95 % bootstrap intervals of S_T. Indices near 0 with intervals including 0 mean the parameter does not matter over its range.",
            ],
            [.. tornadoes],
            []);
    }

    private static List<ReportFact> Facts(SensitivityReportContext context, string method)
    {
        var model = context.Inputs.Model;
        var facts = new List<ReportFact>
        {
            new("Model", model.Name is { } n ? $"{model.Id} — {n}" : model.Id),
            new("Method", method),
            new("Simulated", $"{TimeText.Format(context.Settings.Start * context.HoursPerModelUnit)} to {TimeText.Format(context.Settings.End * context.HoursPerModelUnit)}, {context.Settings.Steps + 1} time points"),
        };
        var protocol = context.Inputs.Definition.Exercises.Select(e => e.Text).Concat(context.Inputs.Definition.Doses.Select(d => d.Text)).ToList();
        facts.Add(new ReportFact("Protocol", protocol.Count == 0 ? "rest: no exercise and no doses" : string.Join("; ", protocol)));
        return facts;
    }

    private static void AddRanges(List<ReportFact> facts, IEnumerable<ParameterRange> ranges) =>
        facts.Add(new ReportFact("Parameters", string.Join("; ", ranges.Select(r => $"{r.Id} {G(r.Lower)}..{G(r.Upper)} ({(r.Scale == ParameterScale.Log ? "log" : "linear")}, nominal {G(r.Nominal)})"))));

    private static string Title(SensitivityReportContext context, string what)
    {
        var model = context.Inputs.Model;
        return $"{context.Inputs.Definition.Name ?? model.Name ?? model.Id}: {what}";
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string G(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
