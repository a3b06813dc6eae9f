using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests;

public sealed class ModelComparerTests
{
    [Fact]
    public void Equal_Models_Have_No_Differences_Whatever_Their_Locations()
    {
        var model = SampleModels.Everything();
        var moved = model with { Location = new Core.Diagnostics.SourceLocation("x", 3), SbmlLevelVersion = (2, 4) };
        Assert.Empty(ModelComparer.Differences(model, moved));
    }

    [Fact]
    public void A_Changed_Value_Math_Or_Annotation_Is_Found()
    {
        var model = SampleModels.Everything();
        Assert.NotEmpty(ModelComparer.Differences(model, model with { Parameters = model.Parameters.SetItem(0, model.Parameters[0] with { Value = 0.2 }) }));
        Assert.NotEmpty(ModelComparer.Differences(model, model with { Rules = model.Rules.SetItem(0, new AssignmentRule("v", NumberNode.One)) }));
        Assert.NotEmpty(ModelComparer.Differences(model, model with { Notes = "other" }));
        Assert.NotEmpty(ModelComparer.Differences(model, model with { Compartments = model.Compartments.SetItem(0, model.Compartments[0] with { CvTerms = [] }) }));
        var e = model.Events[0];
        Assert.NotEmpty(ModelComparer.Differences(model, model with { Events = model.Events.SetItem(0, e with { Trigger = e.Trigger with { Persistent = true } }) }));
        Assert.NotEmpty(ModelComparer.Differences(model, model with { Species = model.Species.RemoveAt(1) }));
    }

    [Fact]
    public void A_Stoichiometry_Math_Translation_Without_Its_Rule_Is_A_Difference()
    {
        var reaction = new Reaction("r", [new SpeciesReference("S", null, false, null, new SymbolNode("p"))], [], [], null, true, false, null);
        var original = Model.Empty("m") with { Reactions = [reaction] };
        var translated = original with { Reactions = [reaction with { Reactants = [new SpeciesReference("S", null, false, "id")] }] };
        Assert.NotEmpty(ModelComparer.Differences(original, translated));
        Assert.Empty(ModelComparer.Differences(original, translated with { Rules = [new AssignmentRule("id", new SymbolNode("p"))] }));
        Assert.NotEmpty(ModelComparer.Differences(original, translated with { Rules = [new AssignmentRule("id", new SymbolNode("q"))] }));
    }
}
