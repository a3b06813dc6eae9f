using Myokinetics.Physiology.Data;
using Myokinetics.Physiology.Protocols.Text;
using Myokinetics.Physiology.Subjects;
using YamlDotNet.RepresentationModel;

namespace Myokinetics.Physiology.Protocols;

/// <summary>
/// Reads a protocol file (<c>--protocol P.yaml</c>): sessions, doses and the subject together, written
/// with the same strings as the command line.
/// <code>
/// name: Endurance training, 12 weeks
/// subject: "sex=female age=45 mass=68kg"    # or a mapping of the same keys, or a subject file name
/// exercise:
///   - "running 45min @70%VO2max at 8h every 2d x42"
/// doses:
///   - "testosterone_cypionate 100mg im every 7d x12"
/// </code>
/// Keys: <c>name</c>, <c>description</c>, <c>subject</c>, <c>exercise</c> (or <c>exercises</c>),
/// <c>doses</c> (or <c>dose</c>); a list may also be a single string. Errors name the file, the line
/// and column, and what was expected.
/// </summary>
public static class ProtocolFile
{
    private static readonly string[] KnownKeys = ["name", "description", "subject", "exercise", "exercises", "dose", "doses"];

    /// <summary>Reads <paramref name="path"/> with the given vocabularies.</summary>
    public static ProtocolDefinition Read(string path, ProtocolCatalogs catalogs)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(catalogs);
        var root = YamlData.LoadMapping(path, "a protocol (keys name, description, subject, exercise, doses)");
        YamlData.OnlyKeys(path, root, KnownKeys);
        var exercises = ImmutableArray.CreateBuilder<ExerciseInstruction>();
        var doses = ImmutableArray.CreateBuilder<DoseInstruction>();
        var subject = SubjectSettings.None;
        string? name = null;
        string? description = null;
        foreach (var (k, v) in root.Children)
        {
            switch (YamlData.Key(path, k))
            {
                case "name":
                    name = YamlData.Scalar(path, v, "the protocol's name");
                    break;
                case "description":
                    description = YamlData.Scalar(path, v, "the protocol's description");
                    break;
                case "subject":
                    subject = Subject(path, v);
                    break;
                case "exercise" or "exercises":
                    foreach (var (text, source) in Strings(path, v, "exercise"))
                    {
                        exercises.Add(ExerciseText.Parse(text, source, catalogs.Modalities));
                    }

                    break;
                default:
                    foreach (var (text, source) in Strings(path, v, "dose"))
                    {
                        doses.Add(DoseText.Parse(text, source, catalogs.Drugs));
                    }

                    break;
            }
        }

        return new ProtocolDefinition(exercises.ToImmutable(), doses.ToImmutable(), subject, name, description);
    }

    private static SubjectSettings Subject(string path, YamlNode node)
    {
        if (node is YamlMappingNode mapping)
        {
            return SubjectText.Read(path, mapping) with { Sources = [$"{path} (subject)"] };
        }

        var text = YamlData.Scalar(path, node, "a subject: \"key=value …\", a mapping of the same keys, or a subject file name");
        if (SubjectText.IsFileName(text))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty;
            return SubjectText.ReadFile(Path.IsPathRooted(text) ? text : Path.Combine(folder, text));
        }

        return SubjectText.Parse(text, $"{YamlData.Location(path, node)}: subject");
    }

    private static IEnumerable<(string Text, string Source)> Strings(string path, YamlNode node, string what)
    {
        var items = node is YamlSequenceNode sequence ? sequence.Children : (IEnumerable<YamlNode>)[node];
        foreach (var item in items)
        {
            var text = YamlData.Scalar(path, item, $"{(what == "exercise" ? "an" : "a")} {what} string such as \"{(what == "dose" ? "testosterone_cypionate 200mg im" : "cycling 60min @65%VO2max")}\"");
            yield return (text, $"{YamlData.Location(path, item)}: {what}");
        }
    }
}
