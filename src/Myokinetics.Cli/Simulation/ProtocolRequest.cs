namespace Myokinetics.Cli.Simulation;

/// <summary>The protocol and subject inputs of a command that runs the model: <c>--exercise</c>,
/// <c>--dose</c>, <c>--subject</c> and <c>--protocol</c>, as given.</summary>
/// <param name="Exercises">The <c>--exercise</c> strings, in order.</param>
/// <param name="Doses">The <c>--dose</c> strings, in order.</param>
/// <param name="Subject">The <c>--subject</c> string or file, or null.</param>
/// <param name="ProtocolPath">The <c>--protocol</c> file, or null.</param>
internal sealed record ProtocolRequest(
    IReadOnlyList<string> Exercises,
    IReadOnlyList<string> Doses,
    string? Subject,
    string? ProtocolPath)
{
    /// <summary>No protocol and no subject: the model as written.</summary>
    public static ProtocolRequest None { get; } = new([], [], null, null);

    /// <summary>Whether any protocol or subject input was given.</summary>
    public bool HasInputs => Exercises.Count > 0 || Doses.Count > 0 || Subject is not null || ProtocolPath is not null;
}
