using Myokinetics.Cli.Simulation;
using Myokinetics.Physiology.Data;

namespace Myokinetics.Cli.Estimation;

/// <summary>The experiments file of <c>myokinetics fit</c> (<c>--experiments E.yaml</c>): experiment id →
/// a protocol file, or the protocol options written out:
/// <code>
/// experiments:
///   bout60: protocols/cycling60.yaml          # a protocol file (relative to this file)
///   bout120:
///     exercise: cycling 120min @70%VO2max     # one string or a list, as --exercise
///     dose: []                                # as --dose
///     subject: age=30 mass=75kg               # as --subject
/// </code>
/// or, for the in-vitro EPS model of a myotube well, each experiment's stimulation as <c>--eps</c> takes it:
/// <code>
/// experiments:
///   endurance: { eps: "endurance 1Hz 2ms 12V 24h" }
///   control: { eps: none }                    # an unstimulated well
/// </code>
/// An <c>eps</c> entry cannot be combined with the other keys.
/// </summary>
internal static class ExperimentFile
{
    /// <summary>The experiments in file order, each with its protocol request and where it was named.</summary>
    public static IReadOnlyList<ExperimentEntry> Read(string path)
    {
        var root = YamlData.LoadMapping(path, "the experiments");
        YamlData.OnlyKeys(path, root, "experiments");
        var list = YamlData.Require(path, root, "experiments", "a mapping of experiment ids to protocols");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var result = new List<ExperimentEntry>();
        foreach (var (key, value) in YamlData.Mapping(path, list, "experiments by id").Children)
        {
            var id = YamlData.Text(path, key, "an experiment id");
            if (result.Any(r => r.Id == id))
            {
                throw YamlData.Error(path, key, $"the experiment '{id}' is listed twice");
            }

            ProtocolRequest request;
            string? eps = null;
            if (value is YamlDotNet.RepresentationModel.YamlScalarNode)
            {
                request = ProtocolRequest.None with { ProtocolPath = Resolve(folder, YamlData.Text(path, value, "a protocol file")) };
            }
            else
            {
                var entry = YamlData.Mapping(path, value, $"the protocol of '{id}'");
                YamlData.OnlyKeys(path, entry, "protocol", "exercise", "dose", "subject", "eps");
                if (YamlData.Find(entry, "eps") is { } e0)
                {
                    eps = YamlData.Text(path, e0, "an EPS string such as \"endurance 1Hz 2ms 12V 24h\", or none");
                    if (entry.Children.Count > 1)
                    {
                        throw YamlData.Error(path, key, $"the experiment '{id}' has 'eps' and other keys: an EPS experiment is described by its stimulation alone");
                    }
                }

                request = new ProtocolRequest(
                    YamlData.Find(entry, "exercise") is { } e ? YamlData.Strings(path, e, "an exercise string") : [],
                    YamlData.Find(entry, "dose") is { } d ? YamlData.Strings(path, d, "a dose string") : [],
                    YamlData.Find(entry, "subject") is { } s ? Subject(folder, YamlData.Text(path, s, "a subject string or file")) : null,
                    YamlData.Find(entry, "protocol") is { } p ? Resolve(folder, YamlData.Text(path, p, "a protocol file")) : null);
            }

            result.Add(new ExperimentEntry(id, request, eps, YamlData.Location(path, key)));
        }

        if (result.Count == 0)
        {
            throw YamlData.Error(path, list, "no experiments are listed");
        }

        return result;
    }

    private static string Resolve(string folder, string file) => Path.IsPathRooted(file) ? file : Path.Combine(folder, file);

    /// <summary>A subject written as a file name (ending in .yaml or .yml) is relative to the experiments file.</summary>
    private static string Subject(string folder, string text) =>
        text.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ? Resolve(folder, text) : text;
}
