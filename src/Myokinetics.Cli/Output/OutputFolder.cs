namespace Myokinetics.Cli.Output;

/// <summary>The <c>--out</c> folder of a verb that writes several files: refused when it names a file,
/// created when missing; each problem is a one-line <see cref="CommandInputException"/>.</summary>
internal static class OutputFolder
{
    /// <summary>Refuses <paramref name="path"/> when it is a file (before any work, so that the mistake costs nothing).</summary>
    /// <param name="path">The <c>--out</c> value.</param>
    /// <param name="what">What the folder is for, e.g. "the tables".</param>
    public static void RefuseFile(string path, string what)
    {
        if (File.Exists(path))
        {
            throw new CommandInputException($"--out {path}: this is a file; give a folder for {what}");
        }
    }

    /// <summary>Creates <paramref name="path"/> (and its parents) when missing; returns it.</summary>
    public static string Create(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"--out {path}: cannot create the folder: {CliApplication.OneLine(ex.Message)}", ex);
        }

        return path;
    }
}
