using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;
using Myokinetics.Sbml;

namespace Myokinetics.Cli.Loading;

/// <summary>Reads a model file by its extension: <c>.xml</c>/<c>.sbml</c> as SBML.</summary>
public static class ModelLoader
{
    /// <summary>The model and the reader's diagnostics.</summary>
    public static (Model Model, ImmutableArray<Diagnostic> Diagnostics) Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "the file does not exist");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".xml":
            case ".sbml":
                var document = SbmlReader.Read(path);
                return (document.Model, document.Diagnostics);
            default:
                throw new ModelFormatException(
                    new SourceLocation(path, 0),
                    $"cannot tell the format from the extension '{extension}': expected .xml or .sbml (SBML)");
        }
    }
}
