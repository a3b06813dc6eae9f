using System.Globalization;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Estimation;

/// <summary>Checks a fit's inputs before any simulation and works out its start and error model.</summary>
internal static class FitValidation
{
    /// <summary>The start in internal coordinates and the error model; throws <see cref="FitInputException"/>
    /// (parameters, settings) or <see cref="ModelFormatException"/> (a data point, naming its file and line).</summary>
    public static (double[] Start, ErrorModel ErrorModel) Check(IReadOnlyList<FitExperiment> experiments, IReadOnlyList<FitParameter> parameters, FitOptions options)
    {
        options.Validate();
        if (experiments.Count == 0 || experiments.All(e => e.Data.IsDefaultOrEmpty))
        {
            throw new FitInputException("there are no data to fit");
        }

        if (parameters.Count == 0)
        {
            throw new FitInputException("there are no parameters to fit");
        }

        var duplicate = parameters.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FitInputException($"the parameter '{duplicate.Key}' is listed twice");
        }

        var start = new double[parameters.Count];
        for (var j = 0; j < parameters.Count; j++)
        {
            start[j] = CheckParameter(parameters[j], experiments[0].Model);
            foreach (var e in experiments.Skip(1))
            {
                CheckParameter(parameters[j], e.Model);
            }
        }

        foreach (var id in options.ProfiledParameters)
        {
            if (!parameters.Any(p => p.Id == id))
            {
                throw new FitInputException($"cannot profile '{id}': it is not one of the fitted parameters ({string.Join(", ", parameters.Select(p => p.Id))})");
            }
        }

        foreach (var e in experiments)
        {
            if (e.Data.IsDefaultOrEmpty)
            {
                throw new FitInputException($"experiment '{e.Id}' has no data");
            }

            foreach (var d in e.Data)
            {
                var symbol = e.Model.Find(d.Observable);
                if (symbol is null)
                {
                    throw new ModelFormatException(d.Location, $"unknown observable '{d.Observable}': model '{e.Model.Model.Id}' has no such species, parameter, compartment or reaction");
                }

                if (d.Time < e.Start)
                {
                    throw new ModelFormatException(d.Location, $"the time {Text(d.Time)} is before the start of the simulation ({Text(e.Start)})");
                }
            }
        }

        var data = experiments.SelectMany(e => e.Data).ToList();
        var withSd = data.Count(d => d.StandardDeviation is not null);
        if (withSd > 0 && withSd < data.Count)
        {
            var missing = data.First(d => d.StandardDeviation is null);
            throw new ModelFormatException(missing.Location, "this data point has no sd while others have one; give an sd for every point or for none");
        }

        var errorModel = withSd > 0 ? ErrorModel.Given : options.ErrorModel;
        if (errorModel == ErrorModel.Given && withSd == 0)
        {
            throw new FitInputException("the error model 'given' needs an sd column in the data");
        }

        if (errorModel != ErrorModel.Given)
        {
            // One error scale per observable is estimated: each observable needs more points than that.
            foreach (var g in data.GroupBy(d => d.Observable, StringComparer.Ordinal).Where(g => g.Count() < 2))
            {
                throw new ModelFormatException(g.First().Location, $"the observable '{g.Key}' has a single data point, too few to estimate its error (give an sd column)");
            }
        }

        return (start, errorModel);
    }

    /// <summary>Checks one parameter against one model; returns its start in internal coordinates.</summary>
    private static double CheckParameter(FitParameter parameter, CompiledModel model)
    {
        var id = parameter.Id;
        var symbol = model.Find(id) ?? throw new FitInputException($"unknown parameter '{id}': model '{model.Model.Id}' has no such symbol");
        if (symbol.Kind is SymbolKind.Reaction or SymbolKind.SpeciesReference || symbol.Determination is Determination.Assigned or Determination.Algebraic)
        {
            throw new FitInputException($"cannot fit '{id}': it is {What(symbol)}, not a declared value");
        }

        if (model.Model.InitialAssignments.Any(a => a.Symbol == id))
        {
            throw new FitInputException($"cannot fit '{id}': an initial assignment sets it, so a changed declared value would be overwritten");
        }

        if (!double.IsFinite(parameter.Lower) || !double.IsFinite(parameter.Upper) || !(parameter.Lower < parameter.Upper))
        {
            throw new FitInputException($"the bounds of '{id}' must be finite with lower < upper (got [{Text(parameter.Lower)}, {Text(parameter.Upper)}])");
        }

        if (parameter.LogScale && !(parameter.Lower > 0))
        {
            throw new FitInputException($"'{id}' is searched on a log scale, so its lower bound must be positive (got {Text(parameter.Lower)}); use a linear scale or a positive bound");
        }

        var declared = model.CreateState().Values[model.DeclaredValueIndex(id)!.Value];
        var start = parameter.Start ?? declared;
        var what = parameter.Start is null ? "the model's value" : "the start";
        if (!double.IsFinite(start))
        {
            throw new FitInputException($"'{id}' has no declared value in model '{model.Model.Id}'; give a start");
        }

        if (start < parameter.Lower || start > parameter.Upper)
        {
            throw new FitInputException($"{what} of '{id}' ({Text(start)}) lies outside its bounds [{Text(parameter.Lower)}, {Text(parameter.Upper)}]");
        }

        return parameter.ToInternal(start);
    }

    private static string What(ModelSymbol symbol) => symbol.Kind switch
    {
        SymbolKind.Reaction => "a reaction",
        SymbolKind.SpeciesReference => "a species reference",
        _ => symbol.Determination == Determination.Assigned ? "given by an assignment rule" : "determined by an algebraic rule",
    };

    internal static string Text(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
