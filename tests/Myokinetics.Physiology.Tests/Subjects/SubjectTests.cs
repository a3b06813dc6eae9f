using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Simulate;
using Myokinetics.Physiology.Protocols.Text;
using Myokinetics.Physiology.Subjects;
using Myokinetics.Physiology.Tests.Support;

namespace Myokinetics.Physiology.Tests.Subjects;

public sealed class SubjectTests
{
    [Fact]
    public void The_Defaults_Are_Read_From_The_Model()
    {
        var model = CrosstalkRun.Model;
        var changed = model with { Parameters = [.. model.Parameters.Select(p => p.Id == "age" ? p with { Value = 44 } : p)] };

        var reference = Subject.FromModel(model);

        Assert.Equal(model.Parameters.Single(p => p.Id == "body_mass").Value, reference.BodyMass);
        Assert.Equal(model.Parameters.Single(p => p.Id == "vo2max").Value, reference.Vo2Max);
        Assert.Equal(model.Parameters.Single(p => p.Id == "testosterone_baseline").Value, reference.Testosterone);
        Assert.Equal(44, Subject.FromModel(changed).Age);
    }

    [Fact]
    public void Every_Key_Of_The_String_Is_Read()
    {
        var s = SubjectText.Parse("sex=female age=62 mass=68.5kg lean=44kg vo2max=28 testosterone=35ng/dL trained=yes", "--subject");

        Assert.Equal(new Subject(false, 62, 68.5, 44, 28, 35, true), s.ApplyTo(Subject.FromModel(CrosstalkRun.Model)));
    }

    [Fact]
    public void Keys_Left_Out_Keep_The_Reference_Adult_And_Units_Are_Optional()
    {
        var reference = Subject.FromModel(CrosstalkRun.Model);

        var s = SubjectText.Parse("mass=80 vo2max=50mL/kg/min testosterone=20.8nmol/L", "--subject").ApplyTo(reference);

        Assert.Equal(reference with { BodyMass = 80, LeanMass = 64, Vo2Max = 50, Testosterone = 20.8 * 28.84 }, s);
    }

    [Fact]
    public void A_Woman_Given_Only_Her_Sex_And_Mass_Gets_A_Womans_Lean_Share_Testosterone_And_VO2max()
    {
        var reference = Subject.FromModel(CrosstalkRun.Model);

        var s = SubjectText.Parse("sex=female mass=62kg", "--subject").ApplyTo(reference);

        Assert.Equal(new Subject(false, reference.Age, 62, 0.70 * 62, 36, 30, reference.Trained), s);
    }

    [Fact]
    public void Keys_Given_Win_Over_Those_That_Follow_From_The_Sex()
    {
        var s = SubjectText.Parse("sex=female lean=40kg vo2max=41 testosterone=45ng/dL", "--subject").ApplyTo(Subject.FromModel(CrosstalkRun.Model));

        Assert.Equal((75, 40, 41, 45), (s.BodyMass, s.LeanMass, s.Vo2Max, s.Testosterone));
    }

    [Theory]
    [InlineData("sex=other", "--subject \"sex=other\": at 'sex=other' (column 1): sex expects male or female")]
    [InlineData("age=12", "--subject \"age=12\": at 'age=12' (column 1): age expects years between 18 and 100, such as 30")]
    [InlineData("mass=75lb", "--subject \"mass=75lb\": at 'mass=75lb' (column 1): mass expects a body mass between 30 and 250 kg, such as 75kg")]
    [InlineData("vo2max=50 vo2max=40", "--subject \"vo2max=50 vo2max=40\": at 'vo2max=40' (column 11): 'vo2max' is given twice")]
    [InlineData("trained=maybe", "--subject \"trained=maybe\": at 'trained=maybe' (column 1): trained expects yes or no")]
    [InlineData("testosterone=9000", "--subject \"testosterone=9000\": at 'testosterone=9000' (column 1): testosterone expects total testosterone between 5 and 3000 ng/dL, such as 600ng/dL or 20.8nmol/L")]
    [InlineData("height=180", "--subject \"height=180\": at 'height=180' (column 1): unknown key 'height'; expected sex, age, mass, lean, vo2max, testosterone, trained")]
    [InlineData("male", "--subject \"male\": at 'male' (column 1): expected key=value with a key of sex, age, mass, lean, vo2max, testosterone, trained")]
    public void Every_Error_Is_One_Line_Naming_The_Text_And_The_Position(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<ProtocolFormatException>(() => SubjectText.Parse(text, "--subject")).Message);
    }

    [Fact]
    public void Lean_Mass_May_Not_Exceed_Body_Mass_Even_When_One_Comes_From_The_Defaults()
    {
        var settings = SubjectText.Parse("lean=80kg", "--subject");

        var error = Assert.Throws<ProtocolFormatException>(() => settings.ApplyTo(Subject.FromModel(CrosstalkRun.Model)));

        Assert.Contains("lean mass (80 kg) must not exceed body mass (75 kg)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Subject_File_Uses_The_Same_Keys_And_Errors_Name_The_Line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"myokinetics-subject-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, "sex: female\nage: 71\nmass: 60kg\n");
            Assert.Equal(71, SubjectText.ParseOption(path, "--subject").Age);

            File.WriteAllText(path, "sex: female\nage: seventy\n");
            var error = Assert.Throws<ModelFormatException>(() => SubjectText.ParseOption(path, "--subject"));
            Assert.Equal(new SourceLocation(path, 2, 6), error.Location);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_Model_Without_Subject_Parameters_Is_Named()
    {
        var model = Core.Model.Model.Empty("plain");

        Assert.Contains("model 'plain' has no value for the subject parameters sex_male, age", Assert.Throws<ModelValidationException>(() => Subject.FromModel(model)).Message, StringComparison.Ordinal);
        Assert.Contains("model 'plain' has no subject parameters sex_male", Assert.Throws<ModelValidationException>(() => SubjectApplier.Apply(model, Subject.FromModel(CrosstalkRun.Model))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Initial_Assignments_That_Depend_On_The_Subject_Follow_It()
    {
        var subject = new Subject(false, 60, 62, 42, 30, 40, false);
        var model = SubjectApplier.Apply(CrosstalkRun.Model, subject);

        var result = new Simulator(ModelCompiler.Compile(model)).Run(
            new SimulationSettings(0, 1, 1),
            [new OutputVariable("muscle_mass"), new OutputVariable("plasma"), new OutputVariable("fat_mass"), new OutputVariable("testosterone_serum")]);

        // Women: muscle = 0.44 × lean; plasma = 65 mL/kg × mass × (1 − 0.40) (subject.ant).
        Assert.Equal(0.44 * 42, result.Column("muscle_mass")[0], 9);
        Assert.Equal(0.065 * 62 * 1000 * 0.6, result.Column("plasma")[0], 6);
        Assert.Equal(20, result.Column("fat_mass")[0], 9);
        Assert.Equal(40, result.Column("testosterone_serum")[0], 9);
    }
}
