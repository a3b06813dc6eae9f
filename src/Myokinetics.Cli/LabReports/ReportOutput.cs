using Myokinetics.Cli.Commands;
using Myokinetics.Cli.Output;

namespace Myokinetics.Cli.LabReports;

/// <summary>The <c>--report FILE</c> of the laboratory verbs: checked before any work so that a bad path
/// leaves nothing behind, and written atomically once the page is complete.</summary>
internal static class ReportOutput
{
    /// <summary>The report path when given, after checking that its folder exists, that it is not a
    /// folder and that it is not also the <c>--out</c> file.</summary>
    /// <exception cref="CommandInputException">The path cannot be written.</exception>
    public static string? Check(string? reportPath, string? outPath)
    {
        if (reportPath is null)
        {
            return null;
        }

        if (reportPath.Length == 0)
        {
            throw new CommandInputException("--report expects a file name, got an empty one");
        }

        var full = Path.GetFullPath(reportPath);
        var folder = Path.GetDirectoryName(full);
        if (folder is null || Directory.Exists(full))
        {
            throw new CommandInputException($"--report '{reportPath}' is a folder; expected an HTML file name such as plate.html");
        }

        if (!Directory.Exists(folder))
        {
            throw new CommandInputException($"--report '{reportPath}': the folder '{folder}' does not exist");
        }

        if (SimulateCommand.OutputPath(outPath) is { } csv && string.Equals(Path.GetFullPath(csv), full, StringComparison.Ordinal))
        {
            throw new CommandInputException($"--report '{reportPath}' is also the --out file; give them different names");
        }

        return reportPath;
    }

    /// <summary>Writes the page atomically and, when <paramref name="console"/> is given, says so there.</summary>
    public static void Write(string path, string html, TextWriter? console)
    {
        AtomicFile.WriteText(path, writer => writer.Write(html));
        console?.WriteLine($"wrote {path}");
    }
}
