using Myokinetics.Cli.Loading;
using Myokinetics.Core.Model;
using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Protocols.Text;
using Myokinetics.Physiology.Subjects;

namespace Myokinetics.Cli.Simulation;

/// <summary>
/// The protocol and subject of a <c>simulate</c> run, read from <c>--protocol</c>, then
/// <c>--exercise</c>, <c>--dose</c> and <c>--subject</c> (whose keys win over the protocol file's),
/// and the model with them applied: subject parameters set, sessions and doses as events.
/// </summary>
/// <param name="Model">The model with the subject and protocol applied.</param>
/// <param name="Definition">The protocol as written.</param>
/// <param name="Protocol">The sessions and doses in hours.</param>
/// <param name="Subject">The subject, when the model has the subject parameters.</param>
internal sealed record ProtocolInputs(Model Model, ProtocolDefinition Definition, Protocol Protocol, Subject? Subject)
{
    /// <summary>Reads the inputs of <paramref name="request"/> and applies them to <paramref name="source"/>'s model.</summary>
    /// <param name="request">The protocol and subject as given.</param>
    /// <param name="source">The model.</param>
    /// <param name="warn">Receives a warning line (for a model without declared time units).</param>
    public static ProtocolInputs Resolve(ProtocolRequest request, ModelSource source, Action<string> warn)
    {
        var model = source.Model;
        var definition = Read(request);
        Subject? subject = null;
        if (!definition.Subject.IsEmpty)
        {
            subject = definition.Subject.ApplyTo(Physiology.Subjects.Subject.FromModel(model));
            model = SubjectApplier.Apply(model, subject);
        }
        else if (source.IsCrosstalk)
        {
            subject = Physiology.Subjects.Subject.FromModel(model);
        }

        var bodyMass = subject?.BodyMass ?? model.Parameters.FirstOrDefault(p => p.Id == "body_mass")?.Value;
        var protocol = definition.Build(bodyMass);
        if (protocol.Sessions.Length > 0 || protocol.Doses.Length > 0)
        {
            var hoursPerUnit = source.HoursPerTimeUnit();
            if (hoursPerUnit is null)
            {
                warn($"model '{model.Id}' declares no time units; the protocol's times are taken as hours");
            }

            model = ProtocolApplier.Apply(model, ProtocolTimeScale.ToModelTime(protocol, 1 / (hoursPerUnit ?? 1)));
        }

        return new ProtocolInputs(model, definition, protocol, subject);
    }

    private static ProtocolDefinition Read(ProtocolRequest request)
    {
        if (!request.HasInputs)
        {
            return ProtocolDefinition.Empty;
        }

        var catalogs = request.Exercises.Count > 0 || request.Doses.Count > 0 || request.ProtocolPath is not null
            ? ProtocolCatalogs.Load()
            : null;
        var definition = request.ProtocolPath is { } path ? ProtocolFile.Read(path, catalogs!) : ProtocolDefinition.Empty;
        var fromOptions = new ProtocolDefinition(
            [.. request.Exercises.Select(e => ExerciseText.Parse(e, "--exercise", catalogs!.Modalities))],
            [.. request.Doses.Select(d => DoseText.Parse(d, "--dose", catalogs!.Drugs))],
            request.Subject is { } s ? SubjectText.ParseOption(s, "--subject") : SubjectSettings.None);
        return definition.Then(fromOptions);
    }
}
