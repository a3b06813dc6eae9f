using Myokinetics.Antimony.Semantics;
using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Antimony;

/// <summary>
/// Reads Antimony model text (the language of libAntimony and Tellurium) into the model IR.
/// See the project README for the supported syntax and where it follows Antimony's documentation.
/// </summary>
public static class AntimonyReader
{
    /// <summary>Reads the Antimony file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file cannot be read, or is not valid Antimony; the
    /// exception names the file, line and column and says what was expected.</exception>
    public static AntimonyDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot read the file: {e.Message}", e);
        }

        return ReadString(text, path);
    }

    /// <summary>Reads Antimony text.</summary>
    /// <param name="text">The model text.</param>
    /// <param name="fileName">The name used in messages and <see cref="SourceLocation"/>s.</param>
    /// <exception cref="ModelFormatException">The text is not valid Antimony.</exception>
    public static AntimonyDocument ReadString(string text, string fileName = "<string>")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var file = AntimonyParser.Parse(text, fileName);
        var diagnostics = new List<Diagnostic>(file.Diagnostics);

        var marked = file.Modules.Where(m => m.IsMarkedMain).ToList();
        if (marked.Count > 1)
        {
            throw new ModelFormatException(marked[1].Location,
                $"only one model can be marked as the main one with '*' (model '{marked[0].Name}' already is)");
        }

        var main = marked.FirstOrDefault()
            ?? file.Modules.FirstOrDefault(m => m.Name == "__main")
            ?? file.Modules[^1];
        var modules = file.Modules.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var builder = new ModuleBuilder(modules, diagnostics);
        var flat = builder.Build(main.Name, main.Location);
        builder.ExecuteInto(flat, file.FunctionAnnotations);

        var used = builder.BuiltModules.ToHashSet(StringComparer.Ordinal);
        foreach (var unused in file.Modules.Where(m => !used.Contains(m.Name)))
        {
            diagnostics.Add(new Diagnostic(Severity.Info,
                $"model '{unused.Name}' is not used: the result is model '{main.Name}'", unused.Location, unused.Name));
        }

        var model = new ModelAssembler(flat, file.Functions, builder.UnitDefinitions, diagnostics).Assemble()
            with { Location = main.Location };
        return new AntimonyDocument(model, [.. diagnostics]);
    }
}
