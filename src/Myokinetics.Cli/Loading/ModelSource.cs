using Myokinetics.Cli.Output;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;
using Myokinetics.Core.Units;
using Myokinetics.Physiology.Crosstalk;

namespace Myokinetics.Cli.Loading;

/// <summary>A model as the verbs use it: the model, the reader's diagnostics, where it came from and
/// whether it is the built-in crosstalk model.</summary>
/// <param name="Model">The model.</param>
/// <param name="Diagnostics">The reader's warnings and notes.</param>
/// <param name="Source">The file it was read from.</param>
/// <param name="IsCrosstalk">Whether this is the crosstalk model (no MODEL given, or its entry file).</param>
public sealed record ModelSource(Model Model, ImmutableArray<Diagnostic> Diagnostics, string Source, bool IsCrosstalk)
{
    /// <summary>Reads <paramref name="path"/>, or the crosstalk model when it is null.</summary>
    public static ModelSource Load(string? path)
    {
        if (path is null)
        {
            var entry = Path.Combine(CrosstalkModel.Folder(), CrosstalkModel.EntryFile);
            var document = CrosstalkModel.Read();
            return new ModelSource(document.Model, document.Diagnostics, entry, IsCrosstalk: true);
        }

        var (model, diagnostics) = ModelLoader.Load(path);
        return new ModelSource(model, diagnostics, path, IsCrosstalkEntry(path));
    }

    /// <summary>Reads <paramref name="path"/>, or the crosstalk model when it is null, and writes the
    /// reader's diagnostics to <paramref name="error"/> (notes only when <paramref name="verbose"/>).</summary>
    public static ModelSource Load(string? path, TextWriter error, bool verbose)
    {
        var source = Load(path);
        DiagnosticWriter.Write(error, source.Diagnostics, verbose);
        return source;
    }

    /// <summary>Hours in one of the model's time units, or null when the model declares none.</summary>
    public double? HoursPerTimeUnit()
    {
        if (IsCrosstalk)
        {
            return 1;
        }

        var time = UnitRegistry.Create(Model).Time;
        return time is { } t && t.HasSameDimension(UnitVector.Of(BaseDimension.Time)) ? t.Factor / 3600 : null;
    }

    private static bool IsCrosstalkEntry(string path)
    {
        try
        {
            var entry = Path.GetFullPath(Path.Combine(CrosstalkModel.Folder(), CrosstalkModel.EntryFile));
            return string.Equals(Path.GetFullPath(path), entry, StringComparison.Ordinal);
        }
        catch (ModelFormatException)
        {
            return false;
        }
    }
}
