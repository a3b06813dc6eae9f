namespace Myokinetics.Reporting.Tests;

/// <summary>Checks shared by the report pages' tests.</summary>
internal static class HtmlAssert
{
    /// <summary>The page loads nothing from elsewhere and runs no script: no address, script, image,
    /// stylesheet link, CSS import or CSS url; its style is inline.</summary>
    public static void SelfContained(string html)
    {
        foreach (var part in new[] { "http", "<script", "<img", "<link", "@import", "url(" })
        {
            Assert.DoesNotContain(part, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<style>", html, StringComparison.Ordinal);
    }

    /// <summary>How many times <paramref name="part"/> occurs in <paramref name="text"/> without overlap.</summary>
    public static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
