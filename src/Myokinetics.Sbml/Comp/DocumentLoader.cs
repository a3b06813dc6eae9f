using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>
/// Finds the documents a hierarchy is made of. An external model definition's <c>source</c> (comp V1,
/// ExternalModelDefinition; a URI) is read only as a relative file path below the main document's folder:
/// URLs, absolute paths and paths that leave that folder are refused, so reading a model never
/// touches the network or files the model's author did not put beside it. Each file is read once, with
/// the reader's safe XML settings (no DTD, no resolver, the same size bound).
/// </summary>
internal sealed partial class DocumentLoader
{
    /// <summary>The most documents one hierarchy may be read from.</summary>
    public const int MaxDocuments = 256;

    private readonly Dictionary<string, SourceDocument> byPath = new(StringComparer.Ordinal);
    private readonly string? rootDirectory;
    private readonly ReadContext mainContext;

    /// <param name="main">The main document.</param>
    /// <param name="mainPath">The main document's full path, or null when it was not read from a file.</param>
    public DocumentLoader(XElement main, ReadContext mainContext, string? mainPath)
    {
        this.mainContext = mainContext;
        rootDirectory = mainPath is null ? null : Path.GetDirectoryName(mainPath);
        Main = new SourceDocument(main, mainContext, rootDirectory);
        if (mainPath is not null)
        {
            byPath.Add(mainPath, Main);
        }
    }

    public SourceDocument Main { get; }

    /// <summary>The document an external model definition in <paramref name="from"/> points to.</summary>
    public SourceDocument Load(SourceDocument from, XElement external)
    {
        var source = CompNames.Attribute(external, "source")
            ?? throw from.Context.Error(external, "an external model definition needs the attribute 'source'");
        var path = ResolvePath(from, external, source);
        if (byPath.TryGetValue(path, out var known))
        {
            return known;
        }

        if (byPath.Count >= MaxDocuments)
        {
            throw from.Context.Error(external, $"the hierarchy reads more than {MaxDocuments} documents");
        }

        if (CompNames.Attribute(external, "md5") is not null)
        {
            mainContext.InfoOnce("comp:md5", external, "the 'md5' checksums of external model definitions are not checked");
        }

        var root = ReadXml(from, external, source, path);
        var (level, version, core) = SbmlReader.ReadHeader(root, path);
        var context = new ReadContext(path, level, version, core);
        if (level != 3)
        {
            throw context.Error(root, $"an external model document must be SBML Level 3 (it is referenced from {from.File}); found Level {level}");
        }

        SbmlReader.CheckPackages(root, context);
        mainContext.Diagnostics.AddRange(context.Diagnostics);
        context.Diagnostics.Clear();
        var document = new SourceDocument(root, context, Path.GetDirectoryName(path));
        byPath.Add(path, document);
        return document;
    }

    private string ResolvePath(SourceDocument from, XElement external, string source)
    {
        if (UriScheme().IsMatch(source))
        {
            throw Refuse(from, external, $"the external model source '{source}' is a URL; only relative file paths below the main document's folder are read");
        }

        if (from.Directory is null || rootDirectory is null)
        {
            throw Refuse(from, external, $"the external model source '{source}' cannot be found: the document was not read from a file, so it has no folder");
        }

        var relative = Uri.UnescapeDataString(source);
        if (Path.IsPathRooted(relative))
        {
            throw Refuse(from, external, $"the external model source '{source}' is an absolute path; only relative file paths below the main document's folder are read");
        }

        var full = Path.GetFullPath(Path.Combine(from.Directory, relative));
        var inside = rootDirectory.EndsWith(Path.DirectorySeparatorChar) ? rootDirectory : rootDirectory + Path.DirectorySeparatorChar;
        if (!full.StartsWith(inside, StringComparison.Ordinal))
        {
            throw Refuse(from, external, $"the external model source '{source}' lies outside the main document's folder; only files below it are read");
        }

        return full;
    }

    private static UnsupportedFeatureException Refuse(SourceDocument from, XElement external, string message) =>
        new(CompNames.Feature, $"{from.Context.At(external)}: {message}");

    private static XElement ReadXml(SourceDocument from, XElement external, string source, string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            using var reader = XmlReader.Create(stream, SbmlReader.Settings(SbmlReader.MaxCharactersInDocument));
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root!;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw from.Context.Error(external, $"the external model source '{source}' does not exist (looked for {path})");
        }
        catch (XmlException ex)
        {
            throw new ModelFormatException(new SourceLocation(path, ex.LineNumber, ex.LinePosition), SbmlReader.XmlProblem(ex, SbmlReader.MaxCharactersInDocument), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw from.Context.Error(external, $"cannot open the external model source '{source}': {ex.Message}");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();
}
