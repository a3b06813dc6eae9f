using System.Net;

namespace Myokinetics.Antimony.Semantics;

/// <summary>Antimony's <c>notes "text"</c> kept as SBML-style XHTML, and back.</summary>
internal static class Notes
{
    private const string Open = "<p xmlns=\"http://www.w3.org/1999/xhtml\">";
    private const string Close = "</p>";

    /// <summary>Wraps plain text as one XHTML paragraph; text that already is XHTML markup
    /// (starts with '&lt;' and ends with '&gt;') is kept as it is.</summary>
    public static string FromText(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('<') && trimmed.EndsWith('>'))
        {
            return trimmed;
        }

        return Open + WebUtility.HtmlEncode(text) + Close;
    }

    /// <summary>The plain text of notes made by <see cref="FromText"/>; other XHTML is returned as it is.</summary>
    public static string ToText(string notes)
    {
        if (notes.StartsWith(Open, StringComparison.Ordinal) && notes.EndsWith(Close, StringComparison.Ordinal))
        {
            var inner = notes[Open.Length..^Close.Length];
            if (!inner.Contains('<', StringComparison.Ordinal))
            {
                return WebUtility.HtmlDecode(inner);
            }
        }

        return notes;
    }
}
