using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Cli.Output;

/// <summary>Writes model diagnostics to the error writer, one line each: warnings (and errors that
/// did not stop the command) as <c>warning: …</c>; informational notes as <c>note: …</c>, only when verbose.</summary>
internal static class DiagnosticWriter
{
    public static void Write(TextWriter error, IEnumerable<Diagnostic> diagnostics, bool verbose)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity != Severity.Info)
            {
                error.WriteLine($"warning: {Text(diagnostic)}");
            }
            else if (verbose)
            {
                error.WriteLine($"note: {Text(diagnostic)}");
            }
        }
    }

    /// <summary>Writes each message it is given to <paramref name="error"/> as <c>warning: …</c>.</summary>
    public static Action<string> Warnings(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return message => error.WriteLine($"warning: {message}");
    }

    /// <summary>The diagnostic without its severity: <c>file:line:col: message (element)</c>, on one line.</summary>
    public static string Text(Diagnostic diagnostic)
    {
        var where = diagnostic.Location is { } location ? $"{location}: " : string.Empty;
        var element = diagnostic.Element is null || diagnostic.Message.Contains(diagnostic.Element, StringComparison.Ordinal)
            ? string.Empty
            : $" ({diagnostic.Element})";
        return CliApplication.OneLine($"{where}{diagnostic.Message}{element}");
    }
}
