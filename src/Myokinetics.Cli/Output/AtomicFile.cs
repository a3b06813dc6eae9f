using System.Text;

namespace Myokinetics.Cli.Output;

/// <summary>
/// Writes a file so that it either appears complete or not at all: the content goes to a temporary
/// file in the same folder, which is renamed over the target only when everything was written. A
/// failure (or cancellation) deletes the temporary file and leaves any earlier target untouched.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes text (UTF-8 without byte-order mark, <c>\n</c> line ends).</summary>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(writer);
        });
    }

    /// <summary>Writes bytes through <paramref name="write"/>, which must not close the stream.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new CommandInputException($"cannot write '{path}': it names no file");
        if (!Directory.Exists(folder))
        {
            throw new CommandInputException($"cannot write '{path}': the folder '{folder}' does not exist");
        }

        if (Directory.Exists(target))
        {
            throw new CommandInputException($"cannot write '{path}': it is a folder");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex)
        {
            TryDelete(temporary);
            if (ex is IOException or UnauthorizedAccessException)
            {
                throw new CommandInputException($"cannot write '{path}': {CliApplication.OneLine(ex.Message)}", ex);
            }

            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The original failure matters more; a stray temporary file is named so that it is recognisable.
        }
    }
}
