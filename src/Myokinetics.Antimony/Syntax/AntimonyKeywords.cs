using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Antimony.Syntax;

/// <summary>Words an Antimony element cannot be called: the language's keywords (libAntimony
/// renames such ids by appending '_', see its FixName) and the names of built-in functions and
/// constants.</summary>
internal static class AntimonyKeywords
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "after", "at", "compartment", "const", "constraint", "delete", "DNA", "end", "event", "ext", "formula",
        "function", "gene", "has", "import", "in", "is", "maximize", "minimize", "model", "module", "operator",
        "reaction", "species", "substanceOnly", "unit", "var",
    };

    /// <summary>Whether <paramref name="id"/> can be written as an Antimony name: a valid identifier
    /// that is neither a keyword nor a built-in name.</summary>
    public static bool IsUsableName(string id)
    {
        if (id.Length == 0 || !(char.IsAsciiLetter(id[0]) || id[0] == '_'))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return !Keywords.Contains(id) && !InfixParser.IsBuiltinName(id);
    }
}
