using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Cli.Populations;

/// <summary>
/// The identity of a population run, stored in each shard's state so that only shards of the same run
/// merge: hashes of the model's files, the protocol and subject inputs (files by content) and the
/// population file, plus the settings, variables, seed and size. Paths are not part of it, so shards
/// run on different machines from different folders still merge.
/// </summary>
internal static class RunKey
{
    public static string Create(
        IEnumerable<string> modelFiles,
        PopulationRequest request,
        string populationFile,
        SimulationSettings settings,
        IReadOnlyList<OutputVariable> outputs)
    {
        var text = new StringBuilder();
        text.Append("model:");
        foreach (var file in modelFiles)
        {
            text.Append(Hash(File.ReadAllBytes(file))).Append(' ');
        }

        var protocol = request.Protocol;
        text.Append("\nexercise:").AppendJoin("|", protocol.Exercises);
        text.Append("\ndose:").AppendJoin("|", protocol.Doses);
        text.Append("\nsubject:").Append(ContentOrText(protocol.Subject));
        text.Append("\nprotocol:").Append(ContentOrText(protocol.ProtocolPath));
        text.Append("\npopulation:").Append(Hash(File.ReadAllBytes(populationFile)));
        text.Append(CultureInfo.InvariantCulture, $"\nsettings:{settings.Start:R} {settings.End:R} {settings.Steps} {settings.AbsoluteTolerance:R} {settings.RelativeTolerance:R} {settings.Integrator}");
        text.Append("\nvariables:").AppendJoin(",", outputs.Select(o => $"{o.Id}:{o.Quantity}"));
        text.Append(CultureInfo.InvariantCulture, $"\nseed:{request.Seed}\nsize:{request.Size}");
        if (request.AtSteadyState)
        {
            text.Append("\nstart:steady-state");
        }

        return text.ToString();
    }

    private static string ContentOrText(string? value) =>
        value is null ? "-" : File.Exists(value) ? Hash(File.ReadAllBytes(value)) : value;

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
