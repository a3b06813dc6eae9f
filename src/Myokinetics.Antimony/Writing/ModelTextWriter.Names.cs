using System.Globalization;
using Myokinetics.Antimony.Semantics;
using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Antimony.Writing;

// The Antimony writer, part: ids as written (keywords renamed, local parameters made global).
internal sealed partial class ModelTextWriter
{
    private void ChooseNames()
    {
        var ids = new List<string> { model.Id };
        ids.AddRange(model.Functions.Select(f => f.Id));
        ids.AddRange(model.UnitDefinitions.Select(u => u.Id));
        ids.AddRange(model.Compartments.Select(c => c.Id));
        ids.AddRange(model.Species.Select(s => s.Id));
        ids.AddRange(model.Parameters.Select(p => p.Id));
        ids.AddRange(model.Reactions.Select(r => r.Id));
        ids.AddRange(model.Events.Where(e => e.Id is not null).Select(e => e.Id!));
        foreach (var id in ids.Where(AntimonyKeywords.IsUsableName))
        {
            names[id] = id;
            taken.Add(id);
        }

        foreach (var id in ids.Where(id => !names.ContainsKey(id)))
        {
            var fresh = Fresh(Sanitise(id) + "_");
            names[id] = fresh;
            Report(Severity.Warning, $"'{id}' is an Antimony keyword or built-in name (or not an Antimony name); it is written as '{fresh}'", id);
        }

        foreach (var r in model.Reactions.Where(r => r.KineticLaw is { LocalParameters.Length: > 0 }))
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in r.KineticLaw!.LocalParameters)
            {
                var baseName = Name(r.Id) + "_" + Sanitise(p.Id);
                var fresh = baseName;
                for (var n = 0; taken.Contains(fresh); n++)
                {
                    fresh = baseName + n.ToString(CultureInfo.InvariantCulture);
                }

                taken.Add(fresh);
                map[p.Id] = fresh;
                Report(Severity.Info,
                    $"local parameter '{p.Id}' of reaction '{r.Id}' is written as the global parameter '{fresh}' (Antimony has no local parameters); its value is unchanged",
                    r.Id);
            }

            localNames[r.Id] = map;
        }
    }

    private string Fresh(string candidate)
    {
        var name = candidate;
        for (var n = 0; taken.Contains(name) || !AntimonyKeywords.IsUsableName(name); n++)
        {
            name = candidate + n.ToString(CultureInfo.InvariantCulture);
        }

        taken.Add(name);
        return name;
    }

    private static string Sanitise(string id)
    {
        var chars = id.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
        var s = new string(chars);
        return s.Length == 0 || char.IsAsciiDigit(s[0]) ? "_" + s : s;
    }

    private string Name(string id) => names.TryGetValue(id, out var n) ? n : id;

    private string Math(MathNode node) => InfixFormatter.Format(MathRenamer.Rename(node, Name, Name, Name));

    private string Math(MathNode node, Dictionary<string, string> local) =>
        InfixFormatter.Format(MathRenamer.Rename(node, s => local.TryGetValue(s, out var l) ? l : Name(s), Name, Name));
}
