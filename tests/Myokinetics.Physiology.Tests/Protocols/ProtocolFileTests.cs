using Myokinetics.Core.Diagnostics;
using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Physiology.Tests.Protocols;

public sealed class ProtocolFileTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"myokinetics-protocol-{Guid.NewGuid():N}");

    public ProtocolFileTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_Protocol_File_Holds_Sessions_Doses_And_The_Subject_As_Strings()
    {
        var path = Write("p.yaml", """
            name: Training with TRT
            description: Three runs a week and weekly testosterone
            subject: "sex=male age=45 mass=82kg"
            exercise:
              - "running 45min @70%VO2max at 8h every 2d x36"
              - "resistance-legs 4x12 @75%1RM at 32h"
            doses:
              - "testosterone_cypionate 100mg im every 7d x12"
            """);

        var p = ProtocolFile.Read(path, Catalogs.Both);

        Assert.Equal("Training with TRT", p.Name);
        Assert.Equal("Three runs a week and weekly testosterone", p.Description);
        Assert.Equal(2, p.Exercises.Length);
        Assert.Single(p.Doses);
        Assert.Equal(45, p.Subject.Age);
        Assert.Equal(82, p.Subject.BodyMass);
        Assert.True(p.Subject.Male);
        var protocol = p.Build(82);
        Assert.Equal(37, protocol.Sessions.Length);
        Assert.Equal(12, protocol.Doses.Length);
        Assert.Equal(protocol.Sessions.OrderBy(s => s.Start), protocol.Sessions);
    }

    [Fact]
    public void A_Subject_May_Be_A_Mapping_Or_A_Subject_File_And_A_List_A_Single_String()
    {
        Write("older.yaml", "sex: female\nage: 70\nlean: 38kg\n");
        var mapping = ProtocolFile.Read(Write("a.yaml", "subject:\n  age: 70\n  vo2max: 25\nexercise: \"walking 30min @40%VO2max\"\n"), Catalogs.Both);
        var file = ProtocolFile.Read(Write("b.yaml", "subject: older.yaml\ndose: \"irisin 100ug iv\"\n"), Catalogs.Both);

        Assert.Equal(70, mapping.Subject.Age);
        Assert.Equal(25, mapping.Subject.Vo2Max);
        Assert.Single(mapping.Exercises);
        Assert.False(file.Subject.Male);
        Assert.Equal(38, file.Subject.LeanMass);
        Assert.Single(file.Doses);
    }

    [Fact]
    public void Later_Definitions_Add_Sessions_And_Override_Subject_Keys()
    {
        var file = ProtocolFile.Read(Write("p.yaml", "subject: \"age=45 mass=82kg\"\nexercise: [\"cycling 1h @60%VO2max\"]\n"), Catalogs.Both);
        var options = new ProtocolDefinition([ExerciseText.Parse("cycling 1h @60%VO2max at 5h", "--exercise", Catalogs.Modalities)], [], Physiology.Subjects.SubjectText.Parse("age=50", "--subject"));

        var both = file.Then(options);

        Assert.Equal(2, both.Exercises.Length);
        Assert.Equal(50, both.Subject.Age);
        Assert.Equal(82, both.Subject.BodyMass);
    }

    [Theory]
    [InlineData("exercise:\n  - \"cycling 60min @65%VO2max\n", 2, "malformed YAML")]
    [InlineData("exercise: [\"cycling 60min @65%VO2max\"\n", 2, "malformed YAML")]
    [InlineData("sessions:\n  - \"cycling 60min @65%VO2max\"\n", 1, "unknown key 'sessions'; expected name, description, subject, exercise, exercises, dose, doses")]
    [InlineData("exercise:\n  - {modality: cycling}\n", 2, "expected an exercise string such as \"cycling 60min @65%VO2max\", found a mapping")]
    [InlineData("- cycling\n", 1, "expected a protocol (keys name, description, subject, exercise, doses) (a mapping of keys to values), found a list")]
    [InlineData("subject:\n  age: 12\n", 2, "subject: age expects years between 18 and 100, such as 30")]
    [InlineData("subject:\n  height: 180cm\n", 2, "subject: unknown key 'height'; expected sex, age, mass, lean, vo2max, testosterone, trained")]
    public void A_Malformed_File_Names_The_File_The_Line_And_What_Was_Expected(string text, int line, string message)
    {
        var path = Write("bad.yaml", text);

        var error = Assert.Throws<ModelFormatException>(() => ProtocolFile.Read(path, Catalogs.Both));

        Assert.Equal(path, error.Location.File);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains(message, error.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_Bad_String_In_A_File_Names_Its_Line_And_Column_And_The_Position_In_The_String()
    {
        var path = Write("p.yaml", "exercise:\n  - \"cycling 60min @165%VO2max\"\n");

        var error = Assert.Throws<ProtocolFormatException>(() => ProtocolFile.Read(path, Catalogs.Both));

        Assert.Equal($"{path}:2:5: exercise \"cycling 60min @165%VO2max\": at '@165%VO2max' (column 15): intensity must be between 1% and 100% of VO2max", error.Message);
    }

    [Fact]
    public void An_Empty_Or_Missing_File_Is_Refused()
    {
        var empty = Write("empty.yaml", string.Empty);

        Assert.Contains("the file is empty", Assert.Throws<ModelFormatException>(() => ProtocolFile.Read(empty, Catalogs.Both)).Message, StringComparison.Ordinal);
        Assert.Contains("the file does not exist", Assert.Throws<ModelFormatException>(() => ProtocolFile.Read(Path.Combine(folder, "none.yaml"), Catalogs.Both)).Message, StringComparison.Ordinal);
    }
}
