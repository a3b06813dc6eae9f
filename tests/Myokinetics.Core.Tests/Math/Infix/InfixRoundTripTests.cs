using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Core.Tests.Math.Infix;

public sealed class InfixRoundTripTests
{
    [Theory]
    [InlineData(20251122)]
    [InlineData(7)]
    [InlineData(99991)]
    public void Formatted_Random_Trees_Parse_Back_To_Equal_Trees(int seed)
    {
        var trees = new RandomMathTrees(seed);
        for (var i = 0; i < 1500; i++)
        {
            var tree = trees.Next(depth: 5);
            var text = InfixFormatter.Format(tree);

            if (!InfixParser.TryParse(text, out var parsed, out var error))
            {
                Assert.Fail($"Tree {i} formatted as '{text}' does not parse: {error.Message}\n{tree.Describe()}");
            }

            if (!MathNodeComparer.Instance.Equals(tree, parsed))
            {
                Assert.Fail($"Tree {i} formatted as '{text}' parses to a different tree.\nExpected: {tree.Describe()}\nActual:   {parsed.Describe()}");
            }

            Assert.Equal(text, InfixFormatter.Format(parsed));
        }
    }
}
