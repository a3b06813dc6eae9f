using System.Globalization;
using System.Text;
using Myokinetics.Analysis.Estimation;
using Myokinetics.Antimony;
using Myokinetics.Core.Model;

namespace Myokinetics.Cli.Estimation;

/// <summary>
/// The fitted model as Antimony text (DIR/fitted.ant): the model as read, before any experiment's
/// protocol or stimulation, with each estimate written in place of the declared value it replaced
/// (a parameter's value, a compartment's size, a species' initial amount or concentration), exactly as
/// the fit applied it. A header names the data and the estimates, so <c>simulate DIR/fitted.ant</c>
/// (with <c>--eps</c> for an EPS model) runs the fitted model later.
/// </summary>
internal static class FittedModel
{
    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "fitted.ant";

    public static string Write(Model model, FitResult result, FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(request);
        var values = result.Estimates.ToDictionary(e => e.Id, e => e.Estimate, StringComparer.Ordinal);
        var fitted = Substitute(model, values);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"// Fitted by myokinetics fit to {Path.GetFileName(request.DataPath)} with {Path.GetFileName(request.ParametersPath)}.");
        text.AppendLine("// Estimates substituted (see estimates.csv for standard errors and confidence intervals):");
        foreach (var e in result.Estimates)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"//   {e.Id} = {e.Estimate.ToString("R", CultureInfo.InvariantCulture)}");
        }

        text.AppendLine();
        text.Append(AntimonyWriter.Write(fitted));
        return text.ToString();
    }

    /// <summary>The model with the declared values of <paramref name="values"/>' ids replaced; a species'
    /// value is its initial concentration when the species declares one (as the fit's changes set it,
    /// see <c>CompiledModel.DeclaredValueIndex</c>), else its initial amount.</summary>
    public static Model Substitute(Model model, IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(values);
        return model with
        {
            Parameters = [.. model.Parameters.Select(p => values.TryGetValue(p.Id, out var v) ? p with { Value = v } : p)],
            Compartments = [.. model.Compartments.Select(c => values.TryGetValue(c.Id, out var v) ? c with { Size = v } : c)],
            Species = [.. model.Species.Select(s => !values.TryGetValue(s.Id, out var v) ? s
                : s.InitialConcentration is not null ? s with { InitialConcentration = v, InitialAmount = null }
                : s with { InitialAmount = v, InitialConcentration = null })],
        };
    }
}
