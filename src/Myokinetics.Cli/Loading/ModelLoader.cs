using Myokinetics.Antimony;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;
using Myokinetics.Sbml;

namespace Myokinetics.Cli.Loading;

/// <summary>
/// Reads a model file by its extension: <c>.xml</c> and <c>.sbml</c> as SBML (Level 2 Versions 1–5,
/// Level 3 Versions 1–2 core); <c>.ant</c>, <c>.antimony</c> and <c>.txt</c> as Antimony.
/// </summary>
public static class ModelLoader
{
    /// <summary>The formats by extension, as the help and the messages name them.</summary>
    public const string KnownFormats = "SBML (.xml, .sbml) or Antimony (.ant, .antimony, .txt)";

    /// <summary>The model and the reader's diagnostics.</summary>
    /// <exception cref="ModelFormatException">The file is missing, a folder, of an unknown extension,
    /// or not readable as its format (the message names the file, line and column).</exception>
    /// <exception cref="UnsupportedFeatureException">The file needs what the reader does not read
    /// (an SBML Level 3 package other than core).</exception>
    public static (Model Model, ImmutableArray<Diagnostic> Diagnostics) Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "this is a folder, not a model file");
        }

        if (!File.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "the file does not exist");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".xml":
            case ".sbml":
                var sbml = SbmlReader.Read(path);
                return (sbml.Model, sbml.Diagnostics);
            case ".ant":
            case ".antimony":
            case ".txt":
                var antimony = AntimonyReader.Read(path);
                return (antimony.Model, antimony.Diagnostics);
            default:
                var what = extension.Length == 0 ? "the file name has no extension" : $"the extension '{extension}' is not known";
                throw new ModelFormatException(
                    new SourceLocation(path, 0),
                    $"cannot tell the format: {what}; expected {KnownFormats}");
        }
    }
}
