namespace Myokinetics.Cli.Tests;

/// <summary>A fresh folder under the system's temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"myokinetics-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> to a file of that name in the folder and returns its path.</summary>
    public string Write(string name, string content)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file, content);
        return file;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The names of the files in the folder, sorted.</summary>
    public string[] Files() =>
        Directory.GetFiles(Path).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's cleaner.
        }
    }
}
