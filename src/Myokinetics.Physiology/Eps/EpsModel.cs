using Myokinetics.Antimony;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Physiology.Eps;

/// <summary>Finds and reads the in-vitro EPS model of one myotube well (models/eps/eps.ant; time in hours).</summary>
public static class EpsModel
{
    /// <summary>The model file's name inside the model folder.</summary>
    public const string EntryFile = "eps.ant";

    /// <summary>The medium species the model predicts (concentrations in pg/mL).</summary>
    public static readonly ImmutableArray<string> MediumSpecies = ["IL6", "CXCL1"];

    /// <summary>The model folder: next to the binaries when installed, else found by walking up from
    /// the binaries to the repository (models/eps).</summary>
    /// <exception cref="ModelFormatException">No folder holds the model file.</exception>
    public static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "models", "eps");
            if (File.Exists(Path.Combine(candidate, EntryFile)))
            {
                return candidate;
            }
        }

        throw new ModelFormatException(new SourceLocation(Path.Combine(AppContext.BaseDirectory, "models", "eps"), 0), $"the EPS model ({EntryFile}) was not found next to the program or in a models/eps folder above it");
    }

    /// <summary>The model file's full path.</summary>
    public static string EntryPath() => Path.Combine(Folder(), EntryFile);

    /// <summary>Reads the EPS model.</summary>
    public static AntimonyDocument Read() => AntimonyReader.Read(EntryPath());
}
