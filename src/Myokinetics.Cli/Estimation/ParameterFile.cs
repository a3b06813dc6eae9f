using Myokinetics.Analysis.Estimation;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Physiology.Data;

namespace Myokinetics.Cli.Estimation;

/// <summary>The parameters file of <c>myokinetics fit</c> (<c>--parameters P.yaml</c>):
/// <code>
/// parameters:
///   il6_k_other: { lower: 2, upper: 200, start: 8 }        # scale: log (default) or linear
///   il6_glycogen_gain: { lower: 0.5, upper: 10, scale: linear }
/// profile: [il6_k_other]      # optional: profile-likelihood intervals for these
/// error: constant             # optional, for data without sd: constant (default) or proportional
/// </code>
/// </summary>
/// <param name="Parameters">The parameters, in file order.</param>
/// <param name="Profile">The parameters to profile.</param>
/// <param name="ErrorModel">The error model for data without sd, when given.</param>
internal sealed record ParameterFile(ImmutableArray<FitParameter> Parameters, ImmutableArray<string> Profile, ErrorModel? ErrorModel)
{
    /// <summary>Reads <paramref name="path"/> and checks each id against <paramref name="model"/>
    /// (naming the line of an unknown id).</summary>
    public static ParameterFile Read(string path, CompiledModel model)
    {
        var root = YamlData.LoadMapping(path, "the parameters to fit");
        YamlData.OnlyKeys(path, root, "parameters", "profile", "error");
        var list = YamlData.Require(path, root, "parameters", "a mapping of parameter ids to { lower, upper[, start][, scale] }");
        var parameters = ImmutableArray.CreateBuilder<FitParameter>();
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlData.Mapping(path, list, "parameters by id").Children)
        {
            var id = YamlData.Text(path, key, "a parameter id");
            if (model.Find(id) is null)
            {
                throw YamlData.Error(path, key, $"unknown parameter '{id}': model '{model.Model.Id}' has no such symbol");
            }

            if (!locations.TryAdd(id, YamlData.Location(path, key)))
            {
                throw YamlData.Error(path, key, $"the parameter '{id}' is listed twice");
            }

            var entry = YamlData.Mapping(path, value, $"the settings of '{id}'");
            YamlData.OnlyKeys(path, entry, "lower", "upper", "start", "scale");
            var lower = YamlData.Number(path, YamlData.Find(entry, "lower") ?? throw YamlData.Error(path, entry, $"'{id}' needs a lower bound ('lower')"), "a number");
            var upper = YamlData.Number(path, YamlData.Find(entry, "upper") ?? throw YamlData.Error(path, entry, $"'{id}' needs an upper bound ('upper')"), "a number");
            double? start = YamlData.Find(entry, "start") is { } s ? YamlData.Number(path, s, "a number") : null;
            var scale = YamlData.Find(entry, "scale") is { } sc ? YamlData.Text(path, sc, "log or linear") : "log";
            if (scale is not ("log" or "linear"))
            {
                throw YamlData.Error(path, YamlData.Find(entry, "scale")!, $"expected log or linear, found '{scale}'");
            }

            var parameter = new FitParameter(id, lower, upper, start, scale == "log");
            Check(parameter, model, YamlData.Location(path, key));
            parameters.Add(parameter);
        }

        if (parameters.Count == 0)
        {
            throw YamlData.Error(path, list, "no parameters are listed");
        }

        var profile = ImmutableArray<string>.Empty;
        if (YamlData.Find(root, "profile") is { } p)
        {
            profile = [.. YamlData.Strings(path, p, "a parameter id")];
            foreach (var id in profile.Where(id => !locations.ContainsKey(id)))
            {
                throw YamlData.Error(path, p, $"cannot profile '{id}': it is not among the parameters");
            }
        }

        ErrorModel? error = null;
        if (YamlData.Find(root, "error") is { } e)
        {
            error = YamlData.Text(path, e, "constant or proportional") switch
            {
                "constant" => Analysis.Estimation.ErrorModel.Constant,
                "proportional" => Analysis.Estimation.ErrorModel.Proportional,
                var other => throw YamlData.Error(path, e, $"expected constant or proportional, found '{other}'"),
            };
        }

        return new ParameterFile(parameters.ToImmutable(), profile, error);
    }

    /// <summary>The bounds and start, with the file's line in the message.</summary>
    private static void Check(FitParameter parameter, CompiledModel model, SourceLocation location)
    {
        var id = parameter.Id;
        if (!(parameter.Lower < parameter.Upper))
        {
            throw new ModelFormatException(location, $"the bounds of '{id}' must have lower < upper (got [{Text(parameter.Lower)}, {Text(parameter.Upper)}])");
        }

        if (parameter.LogScale && !(parameter.Lower > 0))
        {
            throw new ModelFormatException(location, $"'{id}' is searched on a log scale, so its lower bound must be positive (got {Text(parameter.Lower)}); add 'scale: linear' or a positive bound");
        }

        var start = parameter.Start ?? model.CreateState().Values[model.DeclaredValueIndex(id)!.Value];
        if (double.IsFinite(start) && (start < parameter.Lower || start > parameter.Upper))
        {
            var what = parameter.Start is null ? "the model's value" : "the start";
            throw new ModelFormatException(location, $"{what} of '{id}' ({Text(start)}) lies outside its bounds [{Text(parameter.Lower)}, {Text(parameter.Upper)}]");
        }
    }

    private static string Text(double value) => value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
