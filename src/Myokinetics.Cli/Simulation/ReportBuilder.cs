using System.Globalization;
using Myokinetics.Core.Model;
using Myokinetics.Core.Results;
using Myokinetics.Physiology.Observables;
using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Protocols.Text;
using Myokinetics.Physiology.Subjects;
using Myokinetics.Reporting;

namespace Myokinetics.Cli.Simulation;

/// <summary>Puts a simulation's subject, protocol and time course into a <see cref="ReportDocument"/>.</summary>
internal static class ReportBuilder
{
    private static readonly Dictionary<string, string> SectionTitles = new(StringComparer.Ordinal)
    {
        ["plasma myokine"] = "Plasma myokines",
        ["hormone"] = "Hormones",
        ["metabolism"] = "Metabolism",
        ["organ outcome"] = "Organ outcomes",
        ["body composition"] = "Body composition",
    };

    /// <summary>The report of a crosstalk run: one section per observable group, in catalogue order.</summary>
    public static ReportDocument ForObservables(Model model, ProtocolInputs inputs, ObservableCatalog catalog, IReadOnlyList<Observable> plotted, TimeCourse result)
    {
        var sections = catalog.Groups
            .Select(g => new ReportSection(
                SectionTitles.GetValueOrDefault(g, g),
                [.. plotted.Where(o => o.Group == g).Select(o => ReportSeries.FromTimeCourse(result, o.Id, o.Name, o.UnitLabel))]))
            .ToImmutableArray();
        return Document(model, inputs, sections, result, 1);
    }

    /// <summary>The report of another model's run: its columns in one section, labelled by their declared units.</summary>
    public static ReportDocument ForColumns(Model model, ProtocolInputs inputs, TimeCourse result, double hoursPerModelUnit)
    {
        var series = result.Columns.Select(c => new ReportSeries(
            c,
            c,
            ObservableCatalog.DeclaredUnit(model, c) ?? "model units",
            [.. result.Times.Select(t => t * hoursPerModelUnit)],
            [.. result.Column(c)]));
        return Document(model, inputs, [new ReportSection("Variables", [.. series])], result, hoursPerModelUnit);
    }

    private static ReportDocument Document(Model model, ProtocolInputs inputs, ImmutableArray<ReportSection> sections, TimeCourse result, double hoursPerModelUnit)
    {
        var title = inputs.Definition.Name ?? (model.Name is { } name ? $"{name}: simulation" : $"Model {model.Id}: simulation");
        var facts = ImmutableArray.CreateBuilder<ReportFact>();
        if (inputs.Definition.Description is { } description)
        {
            facts.Add(new ReportFact("Description", description));
        }

        facts.Add(new ReportFact("Model", model.Name is { } n ? $"{model.Id} — {n}" : model.Id));
        if (result.RowCount > 0)
        {
            facts.Add(new ReportFact("Simulated", $"{TimeText.Format(result.Times[0] * hoursPerModelUnit)} to {TimeText.Format(result.Times[^1] * hoursPerModelUnit)}, {result.RowCount} time points"));
        }

        if (inputs.Subject is { } subject)
        {
            facts.AddRange(SubjectFacts(subject));
            if (!inputs.Definition.Subject.Sources.IsEmpty)
            {
                facts.Add(new ReportFact("Subject given by", string.Join("; ", inputs.Definition.Subject.Sources)));
            }
        }

        var lines = inputs.Definition.Exercises.Select(Describe).Concat(inputs.Definition.Doses.Select(d => Describe(d, inputs.Subject?.BodyMass)));
        return new ReportDocument(
            title,
            facts.ToImmutable(),
            [.. lines],
            sections,
            [.. inputs.Protocol.Sessions.Select(s => new TimeBand(s.Start, s.End, $"{s.Description ?? s.Modality}: {TimeText.Format(s.Start)} to {TimeText.Format(s.End)}"))],
            [.. inputs.Protocol.Doses.Select(d => new TimeMarker(d.Time, $"{d.Description ?? d.Drug} at {TimeText.Format(d.Time)}"))]);
    }

    private static IEnumerable<ReportFact> SubjectFacts(Subject s) =>
    [
        new("Sex", s.Male ? "male" : "female"),
        new("Age", Invariant($"{s.Age:0.#} years")),
        new("Body mass", Invariant($"{s.BodyMass:0.#} kg")),
        new("Lean (fat-free) mass", Invariant($"{s.LeanMass:0.#} kg")),
        new("VO2max", Invariant($"{s.Vo2Max:0.#} mL/kg/min")),
        new("Testosterone (endogenous)", Invariant($"{s.Testosterone:0.#} ng/dL")),
        new("Trained", s.Trained ? "yes" : "no"),
    ];

    private static string Describe(ExerciseInstruction e)
    {
        var count = e.Schedule.Count * e.Bouts.Length;
        var what = e.Bouts.Length > 1
            ? Invariant($"{e.Bouts.Length} bouts of {TimeText.Format(e.Bouts[0].Duration)} in {TimeText.Format(e.Span)}")
            : TimeText.Format(e.Span);
        var load = e.Load > 0 ? Invariant($", load {e.Load * 100:0.#} % 1RM") : string.Empty;
        return Invariant($"{e.Text} — {count} bout{(count == 1 ? string.Empty : "s")} in all; each session {what} at {e.Intensity * 100:0.#} % VO2max{load}, {e.Modality.ActiveFraction * 100:0.#} % of muscle mass working");
    }

    private static string Describe(DoseInstruction d, double? bodyMass)
    {
        var amount = d.TargetAmount(bodyMass);
        var unit = d.Route.Unit switch { AmountUnit.Milligram => "mg", AmountUnit.Microgram => "µg", _ => "nmol" };
        return Invariant($"{d.Text} — {d.Schedule.Count} dose{(d.Schedule.Count == 1 ? string.Empty : "s")} of {amount:0.###} {unit} into {d.Route.Target}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
