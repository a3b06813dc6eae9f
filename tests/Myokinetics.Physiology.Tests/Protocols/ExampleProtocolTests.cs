using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Subjects;
using Myokinetics.Physiology.Tests.Support;

namespace Myokinetics.Physiology.Tests.Protocols;

/// <summary>The protocol and subject files of examples/ read, and those without doses apply to the model as it is.</summary>
public sealed class ExampleProtocolTests
{
    public static TheoryData<string> Protocols()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Folder(), "protocols"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Every_Example_Protocol_Reads_And_Builds(string name)
    {
        var definition = ProtocolFile.Read(Path.Combine(Folder(), "protocols", name), Catalogs.Both);
        var subject = definition.Subject.ApplyTo(Subject.FromModel(CrosstalkRun.Model));

        var protocol = definition.Build(subject.BodyMass);

        Assert.False(protocol.Sessions.IsEmpty && protocol.Doses.IsEmpty);
        Assert.NotNull(definition.Name);
        if (protocol.Doses.IsEmpty)
        {
            var model = ProtocolApplier.Apply(SubjectApplier.Apply(CrosstalkRun.Model, subject), protocol);
            Assert.Equal(CrosstalkRun.Model.Events.Length + (2 * protocol.Sessions.Length), model.Events.Length);
        }
    }

    [Fact]
    public void The_Twelve_Week_Programme_Has_Its_Sessions_On_Separate_Times()
    {
        var definition = ProtocolFile.Read(Path.Combine(Folder(), "protocols", "training-12-weeks.yaml"), Catalogs.Both);

        var sessions = definition.Build(75).Sessions;

        Assert.Equal(42 + 12 + 12, sessions.Length);
        Assert.True(sessions.Last().End <= 12 * 168);
    }

    [Fact]
    public void Every_Example_Subject_Reads()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Folder(), "subjects"), "*.yaml"))
        {
            var subject = SubjectText.ReadFile(file).ApplyTo(Subject.FromModel(CrosstalkRun.Model));
            Assert.True(subject.LeanMass <= subject.BodyMass, file);
        }
    }

    private static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "examples");
            if (Directory.Exists(Path.Combine(candidate, "protocols")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("examples/protocols was not found above the test binaries");
    }
}
