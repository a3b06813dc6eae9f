using System.Xml;
using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Sbml.Comp;
using Myokinetics.Sbml.Fbc;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml;

/// <summary>
/// Reads SBML Level 2 (Versions 1–5) and Level 3 (Versions 1–2) core documents into the model IR. A Level 3
/// document using Hierarchical Model Composition (comp) is flattened into one core model first (Comp/README.md);
/// flux balance constraints (fbc versions 1–2) are read when present.
/// </summary>
/// <remarks>
/// The reader is safe on untrusted input: DTDs are refused (so no entity expansion and no external
/// entities), no URL is ever fetched (comp external model definitions are read only from files below the
/// main document's folder, and only by <see cref="Read(string)"/>), and a document may hold at most
/// <see cref="MaxCharactersInDocument"/> characters. Anything that is not SBML it can read throws
/// <see cref="ModelFormatException"/> naming the file, line and column and what was expected; a document
/// that requires an SBML Level 3 package other than core, comp and fbc throws <see cref="UnsupportedFeatureException"/>.
/// </remarks>
public static class SbmlReader
{
    /// <summary>The largest document read, in characters: 256 Mi (268,435,456).</summary>
    public const long MaxCharactersInDocument = 256L * 1024 * 1024;

    /// <summary>Reads the SBML file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is missing, unreadable, not well-formed XML, or not SBML this reader knows.</exception>
    /// <exception cref="UnsupportedFeatureException">The document requires a Level 3 package other than core and comp, or a comp hierarchy the flattener refuses.</exception>
    public static SbmlDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "file not found", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot open the file: {ex.Message}", ex);
        }

        using (stream)
        {
            return Read(settings => XmlReader.Create(stream, settings), () => new StreamReader(path), path, MaxCharactersInDocument, Path.GetFullPath(path));
        }
    }

    /// <summary>Reads an SBML document held in a string; <paramref name="fileName"/> names it in messages.</summary>
    /// <exception cref="ModelFormatException">The text is not well-formed XML or not SBML this reader knows.</exception>
    /// <exception cref="UnsupportedFeatureException">The document requires a Level 3 package other than core and comp, or a comp hierarchy the flattener refuses.</exception>
    public static SbmlDocument ReadString(string xml, string fileName = "<string>")
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(fileName);
        return ReadString(xml, fileName, MaxCharactersInDocument);
    }

    /// <summary>As <see cref="ReadString(string, string)"/> with another size bound (for tests of the bound).</summary>
    internal static SbmlDocument ReadString(string xml, string fileName, long maxCharacters)
    {
        using var text = new StringReader(xml);
        return Read(settings => XmlReader.Create(text, settings), () => new StringReader(xml), fileName, maxCharacters, fullPath: null);
    }

    internal static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <param name="open">Creates the XML reader with the given (secure) settings.</param>
    /// <param name="reopen">Opens the text again to find a refused DOCTYPE, whose error carries no position.</param>
    /// <param name="file">The name used in messages.</param>
    /// <param name="maxCharacters">The size bound.</param>
    /// <param name="fullPath">The document's full path (external comp model definitions are found beside it), or null for text.</param>
    private static SbmlDocument Read(Func<XmlReaderSettings, XmlReader> open, Func<TextReader> reopen, string file, long maxCharacters, string? fullPath)
    {
        XDocument document;
        XmlReader? reader = null;
        try
        {
            reader = open(Settings(maxCharacters));
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            var (line, column) = ex.LineNumber > 0 || !IsDtdRefusal(ex) ? (ex.LineNumber, ex.LinePosition) : FindDoctype(reopen);
            throw new ModelFormatException(new SourceLocation(file, line, column), XmlProblem(ex, maxCharacters), ex);
        }
        finally
        {
            reader?.Dispose();
        }

        var root = document.Root!;
        var (level, version, core) = ReadHeader(root, file);
        var context = new ReadContext(file, level, version, core);
        CheckPackages(root, context);
        var model = root.Element(core + "model") ?? throw context.Error(root, "<sbml> must hold a <model>");
        if (level == 3 && CompNames.IsUsedBy(root))
        {
            model = CompFlattener.Flatten(root, context, fullPath);
        }

        var result = new ModelReader(context, model).Read(model);
        result = FbcReader.Read(context, root, model, result);
        return new SbmlDocument(result, context.Diagnostics.ToImmutableArray());
    }

    internal static string XmlProblem(XmlException ex, long maxCharacters)
    {
        var message = ex.Message;
        if (IsDtdRefusal(ex))
        {
            return "DTDs are not allowed (a <!DOCTYPE> declaration was found); SBML documents do not use them";
        }

        if (message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return $"the document is larger than the reader's limit (MaxCharactersInDocument = {maxCharacters:N0} characters)";
        }

        // The location is already in front of the message; drop the parser's own copy at the end.
        var cut = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return $"malformed XML: {(cut > 0 ? message[..cut] : message)}";
    }

    private static bool IsDtdRefusal(XmlException ex) => ex.Message.Contains("DTD", StringComparison.Ordinal);

    /// <summary>Line and column of <c>&lt;!DOCTYPE</c>, which precedes the root element (looked for in the
    /// first 1,000 lines only; (0, 0) when not found or the text cannot be read again).</summary>
    private static (int Line, int Column) FindDoctype(Func<TextReader> reopen)
    {
        try
        {
            using var text = reopen();
            for (var line = 1; line <= 1000 && text.ReadLine() is { } content; line++)
            {
                var column = content.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
                if (column >= 0)
                {
                    return (line, column + 1);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The position is a courtesy; the refusal stands without it.
        }

        return (0, 0);
    }

    internal static (int Level, int Version, XNamespace Core) ReadHeader(XElement root, string file)
    {
        var probe = new ReadContext(file, 0, 0, root.Name.Namespace);
        if (root.Name.LocalName != "sbml")
        {
            throw probe.Error(root, $"expected an SBML document (root element <sbml>), found <{root.Name.LocalName}>");
        }

        var level = probe.Integer(root, "level") ?? throw probe.Error(root, "<sbml> needs the attribute 'level'");
        var version = probe.Integer(root, "version") ?? throw probe.Error(root, "<sbml> needs the attribute 'version'");
        var core = SbmlNamespaces.Core(level, version)
            ?? throw probe.Error(root, $"SBML Level {level} Version {version} is not supported; expected Level 2 Version 1–5 or Level 3 Version 1–2");
        if (root.Name.Namespace != core)
        {
            throw probe.Error(root, $"the <sbml> namespace '{root.Name.NamespaceName}' does not match Level {level} Version {version}; expected '{core.NamespaceName}'");
        }

        return (level, version, core);
    }

    /// <summary>Level 3 packages: one the document marks <c>required="true"</c> changes the meaning of core
    /// and cannot be ignored; one marked <c>required="false"</c> only adds to it and is ignored.</summary>
    internal static void CheckPackages(XElement root, ReadContext context)
    {
        foreach (var attribute in root.Attributes())
        {
            if (attribute.Name.LocalName != "required" || attribute.Name.Namespace == XNamespace.None || attribute.Name.Namespace == CompNames.Namespace)
            {
                continue;
            }

            if (FbcReader.Reads(attribute.Name.Namespace))
            {
                continue;
            }

            var package = PackageName(root, attribute.Name.Namespace);
            var required = context.Boolean(root, attribute.Name.ToString()) ?? false;
            if (required)
            {
                throw new UnsupportedFeatureException(
                    $"{package} package",
                    $"{context.File} requires the SBML Level 3 '{package}' package ({attribute.Name.NamespaceName}); only SBML core is read");
            }

            context.Add(Severity.Info, attribute, $"the '{package}' package is not required for the model's meaning; its elements are ignored and the model is read as core");
        }
    }

    /// <summary>The package's short name: the segment before the package version in its namespace URI
    /// (<c>http://www.sbml.org/sbml/level3/version1/fbc/version2</c> → fbc), else the declared prefix.</summary>
    private static string PackageName(XElement root, XNamespace ns)
    {
        var segments = ns.NamespaceName.TrimEnd('/').Split('/');
        if (segments.Length >= 2 && segments[^1].StartsWith("version", StringComparison.Ordinal))
        {
            return segments[^2];
        }

        return root.GetPrefixOfNamespace(ns) ?? ns.NamespaceName;
    }
}
