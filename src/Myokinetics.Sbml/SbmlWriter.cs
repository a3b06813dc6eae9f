using System.Text;
using System.Xml;
using Myokinetics.Core.Model;
using Myokinetics.Sbml.Writing;

namespace Myokinetics.Sbml;

/// <summary>
/// Writes a model as SBML Level 3 Version 2 core (UTF-8, indented, numbers culture-invariant in their
/// shortest exact form), whatever level it was read from.
/// </summary>
/// <remarks>
/// Translations, each read back by <see cref="SbmlReader"/> to the same meaning:
/// a Level 2 <c>stoichiometryMath</c> becomes an id on the species reference plus an assignment rule
/// (stoichiometry <c>constant="false"</c>); a fast reaction (L3V2 removed <c>fast</c>) keeps its flag in a
/// Myokinetics annotation; an element with controlled-vocabulary terms but no metaid gets a generated
/// metaid; notes text outside any element or namespace is put in XHTML. A model whose notes are not
/// well-formed XML, or whose terms use a qualifier other than <c>bqbiol:</c>/<c>bqmodel:</c>, throws
/// <see cref="ArgumentException"/>.
/// </remarks>
public static class SbmlWriter
{
    /// <summary>The document as a string (with its <c>&lt;?xml … encoding="UTF-8"?&gt;</c> declaration).</summary>
    public static string WriteString(Model model)
    {
        using var stream = new MemoryStream();
        Write(model, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the document to <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(Model model, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(model, stream);
    }

    /// <summary>Writes the document to <paramref name="stream"/> as UTF-8 (without a byte-order mark); the stream stays open.</summary>
    public static void Write(Model model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        var document = ModelWriter.Document(model);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CloseOutput = false,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        stream.WriteByte((byte)'\n');
    }
}
