using System.Text;
using Myokinetics.Antimony.Semantics;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Writing;

// The Antimony writer, part: reactions and events.
internal sealed partial class ModelTextWriter
{
    private void WriteReactions()
    {
        var lines = new List<string>();
        foreach (var r in model.Reactions)
        {
            var local = localNames.TryGetValue(r.Id, out var map) ? map : new Dictionary<string, string>(StringComparer.Ordinal);
            var label = Name(r.Id) + (r.Compartment is null ? string.Empty : $" in {Name(r.Compartment)}");
            var lhs = Side(r, r.Reactants);
            var rhs = Side(r, r.Products);
            var arrow = r.Reversible ? "->" : "=>";
            var line = new StringBuilder(label).Append(": ");
            if (lhs.Length > 0)
            {
                line.Append(lhs).Append(' ');
            }

            line.Append(arrow).Append(' ');
            if (rhs.Length > 0)
            {
                line.Append(rhs);
            }

            line.Append(';');
            if (r.KineticLaw is { } law)
            {
                line.Append(' ').Append(Math(law.Math, local)).Append(';');
            }

            lines.Add(line.ToString());
            CheckModifiers(r);
            if (r.Fast)
            {
                NotWritten($"fast = true of reaction '{r.Id}'", r.Id, Severity.Warning);
            }
        }

        Section("Reactions", lines);
    }

    private string Side(Reaction r, ImmutableArray<SpeciesReference> side)
    {
        var parts = new List<string>();
        foreach (var sr in side)
        {
            var stoichiometry = sr.Stoichiometry ?? 1;
            if (sr.Stoichiometry is null || sr.StoichiometryMath is not null)
            {
                NotWritten($"the stoichiometry of '{sr.Species}' in reaction '{r.Id}' is set by math; it is written as 1", r.Id, Severity.Warning);
            }
            else if (!double.IsFinite(stoichiometry) || stoichiometry < 0)
            {
                NotWritten($"stoichiometry {Number(stoichiometry)} of '{sr.Species}' in reaction '{r.Id}'; it is written as 1", r.Id, Severity.Warning);
                stoichiometry = 1;
            }

            // Antimony has no named stoichiometries: losing the id matters when math or a rule,
            // initial assignment or event uses it (the model then means something else).
            var idMatters = sr.Id is not null && (UsedSymbols().Contains(sr.Id)
                || ruleTargets.Contains(sr.Id) || eventTargets.Contains(sr.Id) || initialAssignments.ContainsKey(sr.Id));
            if (sr.Id is not null)
            {
                NotWritten($"the id '{sr.Id}' of the reference to '{sr.Species}' in reaction '{r.Id}'", r.Id, idMatters ? Severity.Warning : Severity.Info);
            }

            if (!sr.Constant)
            {
                NotWritten($"constant = false of the stoichiometry of '{sr.Species}' in reaction '{r.Id}'", r.Id, idMatters ? Severity.Warning : Severity.Info);
            }

            if (HasAnnotations(sr))
            {
                NotWritten($"names and annotations of the reference to '{sr.Species}' in reaction '{r.Id}'", r.Id, Severity.Info);
            }

            parts.Add(stoichiometry == 1 ? Name(sr.Species) : $"{Number(stoichiometry)} {Name(sr.Species)}");
        }

        return string.Join(" + ", parts);
    }

    private void CheckModifiers(Reaction r)
    {
        var inRate = r.KineticLaw is null ? [] : MathRenamer.Symbols(r.KineticLaw.Math).ToHashSet(StringComparer.Ordinal);
        foreach (var m in r.Modifiers)
        {
            if (!inRate.Contains(m.Species))
            {
                NotWritten($"modifier '{m.Species}' of reaction '{r.Id}' is not in its rate law (Antimony infers modifiers from rate laws)", r.Id, Severity.Warning);
            }

            if (m.Id is not null || HasAnnotations(m))
            {
                NotWritten($"the id and annotations of modifier '{m.Species}' of reaction '{r.Id}'", r.Id, Severity.Info);
            }
        }
    }

    private void WriteEvents()
    {
        var lines = new List<string>();
        foreach (var e in model.Events)
        {
            var line = new StringBuilder();
            if (e.Id is not null)
            {
                line.Append(Name(e.Id)).Append(": ");
            }

            line.Append("at ");
            if (e.Delay is not null)
            {
                line.Append(Math(e.Delay)).Append(" after ");
            }

            line.Append(Math(e.Trigger.Math));
            if (e.Priority is not null)
            {
                line.Append(", priority = ").Append(Math(e.Priority));
            }

            if (!e.Trigger.InitialValue)
            {
                line.Append(", t0 = false");
            }

            if (!e.Trigger.Persistent)
            {
                line.Append(", persistent = false");
            }

            if (!e.UseValuesFromTriggerTime)
            {
                line.Append(", fromTrigger = false");
            }

            line.Append(": ").Append(string.Join(", ", e.Assignments.Select(a => $"{Name(a.Variable)} = {Math(a.Math)}"))).Append(';');
            lines.Add(line.ToString());

            var what = e.Id is null ? "an event without id" : $"event '{e.Id}'";
            if (HasAnnotations(e.Trigger) || e.Assignments.Any(HasAnnotations))
            {
                NotWritten($"names and annotations of the trigger or assignments of {what}", e.Id, Severity.Info);
            }

            if (e.Id is null && HasAnnotations(e))
            {
                NotWritten($"names and annotations of {what}", null, Severity.Info);
            }
        }

        Section("Events", lines);
    }
}
