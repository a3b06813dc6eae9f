using Myokinetics.Core.Math;

namespace Myokinetics.Core.Compile;

/// <summary>
/// An operand of an event-time expression read without generated code: a number, the time, or a
/// stored value. Stored values are read the way the event-time emitter
/// (<see cref="ModelCompiler.EventEmitter"/>) reads every symbol: from the up-to-date values array.
/// </summary>
internal readonly record struct DirectOperand
{
    private const int TimeIndex = -1;
    private const int NumberIndex = -2;

    private DirectOperand(int valueIndex, double number)
    {
        ValueIndex = valueIndex;
        Number = number;
    }

    /// <summary>The index in the values array; -1 for the time, -2 for a number.</summary>
    public int ValueIndex { get; }

    /// <summary>The number, when the operand is one.</summary>
    public double Number { get; }

    /// <summary>Whether the operand is a number.</summary>
    public bool IsNumber => ValueIndex == NumberIndex;

    /// <summary>Whether the operand is the time.</summary>
    public bool IsTime => ValueIndex == TimeIndex;

    /// <summary>The operand's value at <paramref name="time"/>.</summary>
    public double Read(double time, double[] values) =>
        ValueIndex >= 0 ? values[ValueIndex] : ValueIndex == TimeIndex ? time : Number;

    /// <summary>The operand <paramref name="node"/> is (a number, a Boolean constant as 1 or 0, the
    /// time, or a stored symbol), or false for anything else.</summary>
    public static bool TryCreate(MathNode node, ModelAnalysis analysis, out DirectOperand operand)
    {
        switch (node)
        {
            case NumberNode n:
                operand = new DirectOperand(NumberIndex, n.Value);
                return true;
            case BooleanNode b:
                operand = new DirectOperand(NumberIndex, b.Value ? 1.0 : 0.0);
                return true;
            case CSymbolNode { Kind: CSymbolKind.Time }:
                operand = new DirectOperand(TimeIndex, 0.0);
                return true;
            case SymbolNode s when !Names.IsRate(s.Name, out _) && analysis.Symbols.TryGetValue(s.Name, out var symbol):
                operand = new DirectOperand(symbol.ValueIndex, 0.0);
                return true;
            default:
                operand = default;
                return false;
        }
    }
}
