using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Physiology.Subjects;

/// <summary>
/// Puts a subject into a model: the subject parameters get the subject's values as their declared
/// (initial) values, so everything computed from them at the start — initial assignments such as the
/// plasma volume, the muscle mass and the fat mass — follows the subject.
/// </summary>
public static class SubjectApplier
{
    /// <summary>The model with the subject's values (the model itself is not changed).</summary>
    /// <exception cref="ModelValidationException">The model lacks a subject parameter.</exception>
    public static Model Apply(Model model, Subject subject)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(subject);
        var values = subject.ToParameters();
        var missing = Subject.ParameterIds.Where(id => !model.Parameters.Any(p => p.Id == id)).ToList();
        if (missing.Count > 0)
        {
            throw new ModelValidationException($"model '{model.Id}' has no subject parameter{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}: --subject needs the crosstalk model's subject parameters (models/crosstalk/subject.ant)");
        }

        var parameters = model.Parameters
            .Select(p => values.TryGetValue(p.Id, out var v) ? p with { Value = v } : p)
            .ToImmutableArray();

        // A subject value replaces an initial assignment to the same parameter, if the model had one.
        var initial = model.InitialAssignments.Where(a => !values.ContainsKey(a.Symbol)).ToImmutableArray();
        return model with { Parameters = parameters, InitialAssignments = initial };
    }
}
