using Myokinetics.Core.Math;

namespace Myokinetics.Core.Tests.Math.Infix;

/// <summary>Generates random, well-formed expression trees (valid arities, names that are not built in).</summary>
internal sealed class RandomMathTrees(int seed)
{
    private static readonly string[] Symbols = ["x", "k1", "S_2", "a.b", "Glc", "e5", "_J0"];
    private static readonly string[] Functions = ["f", "hill", "mm_rate", "sub.g"];
    private static readonly string[] Units = ["mole", "per_s", "mM", "e5"];
    private static readonly double[] SpecialNumbers =
    [
        0, -0.0, 1, 2, 10, -1, 0.1, 1e-7, -2.5e-300, 1.7976931348623157e308, double.Epsilon, System.Math.PI,
        System.Math.E, -System.Math.PI, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 123456789.125,
    ];

    private static readonly MathOperator[] Operators = Enum.GetValues<MathOperator>();

    private readonly Random random = new(seed);

    public MathNode Next(int depth) => depth <= 0 || random.NextDouble() < 0.2 ? Leaf() : Inner(depth - 1);

    private MathNode Leaf() => random.Next(10) switch
    {
        0 or 1 or 2 => Number(),
        3 => random.Next(2) == 0 ? BooleanNode.True : BooleanNode.False,
        4 => random.Next(2) == 0 ? CSymbolNode.Time : CSymbolNode.Avogadro,
        _ => new SymbolNode(Pick(Symbols)),
    };

    private NumberNode Number()
    {
        var value = random.Next(3) switch
        {
            0 => Pick(SpecialNumbers),
            1 => random.Next(-1000, 1000),
            _ => (random.NextDouble() - 0.5) * System.Math.Pow(10, random.Next(-20, 20)),
        };
        return new NumberNode(value, random.Next(6) == 0 ? Pick(Units) : null);
    }

    private MathNode Inner(int depth)
    {
        var choice = random.Next(20);
        if (choice == 0)
        {
            return new CallNode(Pick(Functions), Many(depth, random.Next(0, 4)));
        }

        if (choice == 1)
        {
            var pieces = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new Piece(Next(depth), Next(depth))).ToImmutableArray();
            return new PiecewiseNode(pieces, random.Next(2) == 0 ? Next(depth) : null);
        }

        var op = Pick(Operators);
        var count = op switch
        {
            MathOperator.Plus or MathOperator.Times or MathOperator.And or MathOperator.Or or MathOperator.Xor => random.Next(0, 5),
            MathOperator.Minus => random.Next(1, 3),
            MathOperator.Max or MathOperator.Min or MathOperator.Eq or MathOperator.Gt or MathOperator.Lt
                or MathOperator.Geq or MathOperator.Leq => random.Next(1, 4),
            MathOperator.Divide or MathOperator.Power or MathOperator.Quotient or MathOperator.Rem or MathOperator.Implies
                or MathOperator.Neq or MathOperator.Delay or MathOperator.Root or MathOperator.Log => 2,
            _ => 1,
        };

        if (op == MathOperator.RateOf)
        {
            return new ApplyNode(op, new SymbolNode(Pick(Symbols)));
        }

        // Plus and Times with two or more arguments are the common case; weight them up.
        if (random.Next(3) == 0)
        {
            op = random.Next(2) == 0 ? MathOperator.Plus : MathOperator.Times;
            count = random.Next(2, 4);
        }

        return new ApplyNode(op, Many(depth, count));
    }

    private ImmutableArray<MathNode> Many(int depth, int count) =>
        Enumerable.Range(0, count).Select(_ => Next(depth)).ToImmutableArray();

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
