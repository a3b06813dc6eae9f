using Myokinetics.Core.Model;
using Myokinetics.Physiology.Crosstalk;

namespace Myokinetics.Physiology.Tests.ModelFiles;

/// <summary>
/// Every number in the crosstalk model is traceable: each constant parameter has a unit, and its source
/// is written next to it — a comment on its own line, or the comment block or commented sibling
/// parameter directly above it (models/crosstalk/README.md, "Every parameter has a unit and a source").
/// Initial values of variables that rules or events change are states, not parameters, and are not checked.
/// </summary>
public sealed class ParameterSourceTests
{
    private static readonly Lazy<Core.Model.Model> Crosstalk = new(() => CrosstalkModel.Read().Model);

    [Fact]
    public void Every_Constant_Parameter_Has_A_Unit()
    {
        var missing = ConstantParameters().Where(p => string.IsNullOrEmpty(p.Units)).Select(p => p.Id).ToList();

        Assert.True(missing.Count == 0, $"parameters without a unit: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_Constant_Parameter_Has_Its_Source_Next_To_It()
    {
        var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        var checkedCount = 0;
        foreach (var parameter in ConstantParameters())
        {
            if (parameter.Location is not { } location || !location.File.EndsWith(".ant", StringComparison.Ordinal))
            {
                continue;
            }

            if (!lines.TryGetValue(location.File, out var text))
            {
                text = File.ReadAllLines(Path.Combine(CrosstalkModel.Folder(), Path.GetFileName(location.File)));
                lines[location.File] = text;
            }

            checkedCount++;
            if (!HasSource(text, location.Line - 1))
            {
                missing.Add($"{Path.GetFileName(location.File)}:{location.Line} {parameter.Id}");
            }
        }

        Assert.True(checkedCount > 200, $"only {checkedCount} parameters were located in the model's files");
        Assert.True(missing.Count == 0, "parameters with no source next to them:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void A_Line_Without_A_Comment_And_Nothing_Above_Has_No_Source()
    {
        string[] text = ["", "k = 1 per_hour"];

        Assert.False(HasSource(text, 1));
        Assert.True(HasSource(["// Steensberg 2000", "k = 1 per_hour"], 1));
        Assert.True(HasSource(["a = 2 per_hour // [ASSUMED]", "k = 1 per_hour"], 1));
    }

    /// <summary>Whether line <paramref name="index"/> carries a comment, or the lines directly above it
    /// (skipping uncommented declarations of the same group) start with or carry one.</summary>
    private static bool HasSource(string[] text, int index)
    {
        for (var i = index; i >= 0; i--)
        {
            var line = text[i].Trim();
            if (line.Length == 0)
            {
                return false;
            }

            if (line.Contains("//", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Parameter> ConstantParameters()
    {
        var model = Crosstalk.Value;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in model.Rules)
        {
            switch (rule)
            {
                case AssignmentRule a:
                    changed.Add(a.Variable);
                    break;
                case RateRule r:
                    changed.Add(r.Variable);
                    break;
            }
        }

        foreach (var assignment in model.Events.SelectMany(e => e.Assignments))
        {
            changed.Add(assignment.Variable);
        }

        foreach (var initial in model.InitialAssignments)
        {
            changed.Add(initial.Symbol);
        }

        return model.Parameters.Where(p => !changed.Contains(p.Id));
    }
}
