using Myokinetics.Core.Compile;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Tests.Support;

/// <summary>Evaluates an expression of one variable <c>x</c> with the real compiler (an assignment rule
/// <c>r := expression</c> evaluated at initialisation).</summary>
internal static class Evaluate
{
    public static double At(MathNode expression, double x)
    {
        var model = new ModelSketch().Parameter("x", x).Parameter("r", null, constant: false).Build();
        model = model with { Rules = model.Rules.Add(new AssignmentRule("r", expression)) };
        var compiled = ModelCompiler.Compile(model);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0.0);
        return state.Values[compiled.Find("r")!.ValueIndex];
    }
}
