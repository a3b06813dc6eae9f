using System.Text;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math.Infix;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Writing;

/// <summary>Writes one model as Antimony, in libAntimony's section order (declarations, rules,
/// reactions, events, initial values, units, display names and annotations).</summary>
internal sealed partial class ModelTextWriter
{
    private const string Indent = "  ";

    private readonly Model model;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<string> notWritten = [];
    private readonly StringBuilder text = new();
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> localNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> valueSymbols = new(StringComparer.Ordinal);
    private readonly HashSet<string> ruleTargets = new(StringComparer.Ordinal);
    private readonly HashSet<string> eventTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InitialAssignment> initialAssignments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<Unit>> knownUnits = new(StringComparer.Ordinal);
    private bool implicitDefaultCompartment;
    private HashSet<string>? usedSymbols;

    public ModelTextWriter(Model model)
    {
        this.model = model;
    }

    public AntimonyText Write()
    {
        ChooseNames();
        Analyse();

        text.Append("// Created by Myokinetics\n");
        foreach (var f in model.Functions)
        {
            WriteFunction(f);
        }

        text.Append('\n').Append("model *").Append(Name(model.Id)).Append("()\n");
        WriteDeclarations();
        WriteRules();
        WriteReactions();
        WriteEvents();
        WriteInitialValues();
        WriteOtherDeclarations();
        WriteUnits();
        WriteAnnotations();
        if (notWritten.Count > 0)
        {
            Section("Not expressible in Antimony (see the diagnostics)", notWritten.Select(n => "//   " + n));
        }

        text.Append("end\n");
        return new AntimonyText(text.ToString(), [.. diagnostics]);
    }

    // ---- names -------------------------------------------------------------------------------

    // ---- analysis ----------------------------------------------------------------------------

    // ---- sections ----------------------------------------------------------------------------

    private IEnumerable<(Parameter Parameter, string Name)> LocalParameters()
    {
        foreach (var r in model.Reactions)
        {
            if (r.KineticLaw is null || !localNames.TryGetValue(r.Id, out var map))
            {
                continue;
            }

            foreach (var p in r.KineticLaw.LocalParameters)
            {
                yield return (p, map[p.Id]);
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static bool HasAnnotations(ModelElement e) =>
        e.Name is not null || e.SboTerm is not null || e.Notes is not null || e.CvTerms.Length > 0;

    private static string Number(double value) => InfixFormatter.FormatNumber(value);

    private void Section(string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(Indent).Append("// ").Append(title).Append(":\n");
        foreach (var line in list)
        {
            text.Append(Indent).Append(line).Append('\n');
        }
    }

    private void NotWritten(string what, string? element, Severity severity)
    {
        notWritten.Add(what);
        diagnostics.Add(new Diagnostic(severity, $"not written: {what}", null, element));
    }

    private void Report(Severity severity, string message, string? element) =>
        diagnostics.Add(new Diagnostic(severity, message, null, element));
}
