using System.Globalization;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Antimony.Syntax;

// The Antimony parser, part: display names of the model, annotations (CV terms, notes) and SBO terms.
internal sealed partial class AntimonyParser
{
    private Statement? ParseModelAnnotation()
    {
        var model = tokens.Next();
        var next = Current;
        if (next.IsIdentifier("is") && tokens.Peek(1).Kind == InfixTokenKind.String)
        {
            tokens.Next();
            var text = tokens.Next();
            ExpectStatementEnd("the display name of the model");
            return new DisplayNameStatement(Location(model), "model", text.Text);
        }

        return ParseAnnotation(model with { Text = "model" }, onModel: true);
    }

    private Statement? ParseAnnotation(InfixToken element, bool onModel)
    {
        var keyword = ExpectIdentifier("an annotation keyword");
        var resources = ImmutableArray.CreateBuilder<string>();
        while (true)
        {
            var text = tokens.Next();
            if (text.Kind != InfixTokenKind.String)
            {
                throw Error(text, $"expected a quoted text after '{keyword.Text}', found {text.Describe()}");
            }

            resources.Add(text.Text);
            if (!Current.IsSymbol(","))
            {
                break;
            }

            tokens.Next();
            SkipNewlines();
        }

        ExpectStatementEnd($"the '{keyword.Text}' annotation of '{element.Text}'");
        if (keyword.Text == "notes")
        {
            return new NotesStatement(Location(element), element.Text, string.Join("\n", resources));
        }

        if (keyword.Text.StartsWith("created", StringComparison.Ordinal) || keyword.Text.StartsWith("modified", StringComparison.Ordinal)
            || keyword.Text.StartsWith("creator", StringComparison.Ordinal))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, $"'{keyword.Text}' (model history) is not kept", Location(keyword), element.Text));
            return null;
        }

        if (Qualifiers.Decode(keyword.Text, onModel) is null)
        {
            throw Error(keyword, $"unknown annotation keyword '{keyword.Text}': expected notes or a qualifier such as identity, hasPart, isPartOf, isVersionOf, isDescribedBy, hasTaxon");
        }

        return new AnnotationStatement(Location(element), element.Text, keyword.Text, resources.ToImmutable());
    }

    private SboTermStatement ParseSboTerm(InfixToken name)
    {
        var element = name.Text[..^".sboTerm".Length];
        var term = ParseSboTermValue(name);
        ExpectStatementEnd($"the SBO term of '{element}'");
        return new SboTermStatement(Location(name), element, term);
    }

    private string ParseSboTermValue(InfixToken name)
    {
        var element = name.Text[..^".sboTerm".Length];
        var t = tokens.Next();
        InfixToken digits;
        if (t.Kind == InfixTokenKind.Number)
        {
            digits = t;
        }
        else if (t.IsIdentifier("SBO") && Current.IsSymbol(":") && tokens.Peek(1).Kind == InfixTokenKind.Number)
        {
            tokens.Next();
            digits = tokens.Next();
        }
        else
        {
            throw Error(t, $"expected an SBO term (such as 236 or SBO:0000236) for '{element}', found {t.Describe()}");
        }

        if (digits.Number < 0 || digits.Number > 9_999_999 || digits.Number != System.Math.Floor(digits.Number))
        {
            throw Error(digits, $"an SBO term is a whole number of at most 7 digits, found '{digits.Text}'");
        }

        return "SBO:" + ((int)digits.Number).ToString("D7", CultureInfo.InvariantCulture);
    }
}
