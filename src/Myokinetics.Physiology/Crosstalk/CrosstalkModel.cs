using Myokinetics.Antimony;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Physiology.Crosstalk;

/// <summary>Finds and reads the muscle–organ crosstalk model (models/crosstalk/crosstalk.ant).</summary>
public static class CrosstalkModel
{
    /// <summary>The entry file's name inside the model folder.</summary>
    public const string EntryFile = "crosstalk.ant";

    /// <summary>The model folder: next to the binaries when installed, else found by walking up from
    /// the binaries to the repository (models/crosstalk).</summary>
    public static string Folder()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "models", "crosstalk");
        if (File.Exists(Path.Combine(shipped, EntryFile)))
        {
            return shipped;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "models", "crosstalk");
            if (File.Exists(Path.Combine(candidate, EntryFile)))
            {
                return candidate;
            }
        }

        throw new ModelFormatException(new SourceLocation(shipped, 0), $"the crosstalk model ({EntryFile}) was not found next to the program or in a models/crosstalk folder above it");
    }

    /// <summary>Reads the crosstalk model.</summary>
    public static AntimonyDocument Read() => AntimonyReader.Read(Path.Combine(Folder(), EntryFile));
}
