using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Numerics.Tests.Problems;

/// <summary>A test problem with a reference solution at its end time.</summary>
public sealed record ReferenceProblem(
    string Name,
    IOdeSystem System,
    double[] Initial,
    double EndTime,
    double[] Reference)
{
    public override string ToString() => Name;
}
