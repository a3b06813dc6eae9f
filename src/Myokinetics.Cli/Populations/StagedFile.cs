using System.Text;

namespace Myokinetics.Cli.Populations;

/// <summary>
/// A file written in place under a temporary name (<c>.NAME.&lt;random&gt;.tmp</c> in the same folder)
/// and renamed over NAME only by <see cref="Commit"/>; disposing without committing deletes it, so a
/// failed or cancelled run leaves no partial file and an earlier NAME untouched.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly string target;
    private readonly string temporary;
    private bool committed;

    public StagedFile(string path)
    {
        target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Writer = new StreamWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"cannot write '{path}': {CliApplication.OneLine(ex.Message)}", ex);
        }
    }

    /// <summary>Writes the staged content.</summary>
    public StreamWriter Writer { get; }

    /// <summary>Flushes the content to disk and renames it over the target.</summary>
    public void Commit()
    {
        try
        {
            Writer.Flush();
            ((FileStream)Writer.BaseStream).Flush(flushToDisk: true);
            Writer.Dispose();
            File.Move(temporary, target, overwrite: true);
            committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"cannot write '{target}': {CliApplication.OneLine(ex.Message)}", ex);
        }
    }

    public void Dispose()
    {
        if (committed)
        {
            return;
        }

        try
        {
            Writer.Dispose();
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The original failure matters more; the stray file's name says what it is.
        }
    }
}
