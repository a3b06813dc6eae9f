using System.Globalization;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Physiology.Subjects;

/// <summary>
/// Who is simulated: the subject parameters of the crosstalk model (<c>subject.ant</c>). The defaults
/// are the model's own values (the documented reference adult), read with <see cref="FromModel"/>.
/// </summary>
/// <param name="Male">Sex (<c>sex_male</c> 1 or 0).</param>
/// <param name="Age">Years (<c>age</c>).</param>
/// <param name="BodyMass">Kilograms (<c>body_mass</c>).</param>
/// <param name="LeanMass">Fat-free mass at the start, kilograms (<c>lean_mass0</c>).</param>
/// <param name="Vo2Max">Maximal oxygen uptake, mL/kg/min (<c>vo2max</c>).</param>
/// <param name="Testosterone">Endogenous total testosterone, ng/dL (<c>testosterone_baseline</c>).</param>
/// <param name="Trained">Endurance- or resistance-trained (<c>trained</c> 1 or 0).</param>
public sealed record Subject(bool Male, double Age, double BodyMass, double LeanMass, double Vo2Max, double Testosterone, bool Trained)
{
    /// <summary>The model parameter ids, in the order of the record's fields.</summary>
    public static readonly ImmutableArray<string> ParameterIds =
        ["sex_male", "age", "body_mass", "lean_mass0", "vo2max", "testosterone_baseline", "trained"];

    /// <summary>The subject a model describes with its own parameter values.</summary>
    /// <exception cref="ModelValidationException">A subject parameter is missing or has no value.</exception>
    public static Subject FromModel(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var values = new double[ParameterIds.Length];
        var missing = new List<string>();
        for (var i = 0; i < ParameterIds.Length; i++)
        {
            var parameter = model.Parameters.FirstOrDefault(p => p.Id == ParameterIds[i]);
            if (parameter?.Value is { } v)
            {
                values[i] = v;
            }
            else
            {
                missing.Add(ParameterIds[i]);
            }
        }

        if (missing.Count > 0)
        {
            throw new ModelValidationException($"model '{model.Id}' has no value for the subject parameter{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}: a subject needs the crosstalk model's subject parameters (models/crosstalk/subject.ant)");
        }

        return new Subject(values[0] >= 0.5, values[1], values[2], values[3], values[4], values[5], values[6] >= 0.5);
    }

    /// <summary>The parameter values by id.</summary>
    public IReadOnlyDictionary<string, double> ToParameters() => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["sex_male"] = Male ? 1 : 0,
        ["age"] = Age,
        ["body_mass"] = BodyMass,
        ["lean_mass0"] = LeanMass,
        ["vo2max"] = Vo2Max,
        ["testosterone_baseline"] = Testosterone,
        ["trained"] = Trained ? 1 : 0,
    };

    /// <summary>One line, in the <c>--subject</c> syntax: <c>sex=male age=30 mass=75kg …</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"sex={(Male ? "male" : "female")} age={Age:0.##} mass={BodyMass:0.##}kg lean={LeanMass:0.##}kg vo2max={Vo2Max:0.##} testosterone={Testosterone:0.##}ng/dL trained={(Trained ? "yes" : "no")}");
}
