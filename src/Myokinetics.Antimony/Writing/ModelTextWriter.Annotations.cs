using System.Globalization;
using Myokinetics.Antimony.Semantics;
using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Writing;

// The Antimony writer, part: display names, SBO terms, CV terms and notes.
internal sealed partial class ModelTextWriter
{
    private void WriteAnnotations()
    {
        var names = new List<string>();
        var sbo = new List<string>();
        var cv = new List<string>();
        var notes = new List<string>();

        void Element(string written, ModelElement e, bool onModel, string? original)
        {
            if (e.Name is not null)
            {
                names.Add($"{written} is {Quote(e.Name, original)};");
            }

            if (e.SboTerm is not null)
            {
                if (SboDigits(e.SboTerm) is { } digits)
                {
                    sbo.Add($"{written}.sboTerm = SBO:{digits};");
                }
                else
                {
                    NotWritten($"SBO term '{e.SboTerm}' of '{original ?? written}' (not of the form SBO:0000000)", original, Severity.Warning);
                }
            }

            foreach (var term in e.CvTerms)
            {
                var keyword = Qualifiers.Encode(term.Qualifier, onModel);
                if (keyword is null)
                {
                    NotWritten($"CV term '{term.Qualifier}' of '{original ?? written}' (Antimony has no keyword for it here)", original, Severity.Warning);
                }
                else if (term.Resources.Length == 0)
                {
                    NotWritten($"CV term '{term.Qualifier}' of '{original ?? written}' without resources", original, Severity.Info);
                }
                else
                {
                    var pad = new string(' ', Indent.Length + written.Length + keyword.Length + 2);
                    cv.Add($"{written} {keyword} " + string.Join(",\n" + pad, term.Resources.Select(r => Quote(r, original))) + ";");
                }
            }

            if (e.Notes is not null)
            {
                notes.Add($"{written} notes {Quote(Semantics.Notes.ToText(e.Notes), original)};");
            }
        }

        Element("model", model, true, model.Id);
        foreach (var f in model.Functions)
        {
            Element(Name(f.Id), f, false, f.Id);
        }

        foreach (var u in model.UnitDefinitions)
        {
            Element(Name(u.Id), u, false, u.Id);
        }

        foreach (var c in model.Compartments.Where(c => !(implicitDefaultCompartment && c.Id == ModelAssembler.DefaultCompartment)))
        {
            Element(Name(c.Id), c, false, c.Id);
        }

        foreach (var s in model.Species)
        {
            Element(Name(s.Id), s, false, s.Id);
        }

        foreach (var p in model.Parameters)
        {
            Element(Name(p.Id), p, false, p.Id);
        }

        foreach (var (p, name) in LocalParameters())
        {
            Element(name, p, false, p.Id);
        }

        foreach (var r in model.Reactions)
        {
            Element(Name(r.Id), r, false, r.Id);
            if (r.KineticLaw is not null)
            {
                Element(Name(r.Id) + ".kineticLaw", r.KineticLaw, false, r.Id);
            }
        }

        foreach (var e in model.Events.Where(e => e.Id is not null))
        {
            Element(Name(e.Id!), e, false, e.Id);
        }

        Section("Display Names", names);
        Section("SBO terms", sbo);
        Section("CV terms", cv);
        Section("Notes", notes);
    }

    private static string? SboDigits(string term)
    {
        var digits = term.StartsWith("SBO:", StringComparison.Ordinal) ? term[4..] : term;
        return digits.Length is > 0 and <= 7 && digits.All(char.IsAsciiDigit)
            ? int.Parse(digits, CultureInfo.InvariantCulture).ToString("D7", CultureInfo.InvariantCulture)
            : null;
    }

    private string Quote(string value, string? element)
    {
        if (!value.Contains('\n', StringComparison.Ordinal) && !value.Contains('\r', StringComparison.Ordinal))
        {
            return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        }

        if (value.Contains("```", StringComparison.Ordinal))
        {
            NotWritten($"a text of '{element}' containing ``` (shortened to its first line)", element, Severity.Warning);
            return Quote(value.Split('\n')[0].TrimEnd('\r'), element);
        }

        return "```\n" + value.Trim() + "\n```";
    }
}
