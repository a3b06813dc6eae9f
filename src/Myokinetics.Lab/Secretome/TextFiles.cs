using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Secretome;

/// <summary>Reading a whole text file with one-line errors, and splitting a line into cells that know their column.</summary>
internal static class TextFiles
{
    public static string Read(string path, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"this is a folder, not a {what}");
        }

        if (!File.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"the {what} does not exist");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot read the {what}: {ex.Message}", ex);
        }
    }

    /// <summary>Splits on <paramref name="separator"/>; each cell is trimmed and carries the 1-based
    /// character column where its text starts.</summary>
    public static List<(string Text, int Column)> Cells(string line, char separator)
    {
        var cells = new List<(string, int)>();
        var start = 0;
        while (true)
        {
            var end = line.IndexOf(separator, start);
            var raw = end < 0 ? line[start..] : line[start..end];
            var lead = raw.Length - raw.TrimStart().Length;
            cells.Add((raw.Trim(), start + lead + 1));
            if (end < 0)
            {
                return cells;
            }

            start = end + 1;
        }
    }
}
