using System.Linq.Expressions;
using System.Reflection;

namespace Myokinetics.Core.Compile;

/// <summary>The parameters and common reads of one compiled delegate.</summary>
internal sealed class CompileContext
{
    private static readonly PropertyInfo ValuesProperty = typeof(ModelState).GetProperty(nameof(ModelState.Values))!;
    private static readonly PropertyInfo ScratchProperty = typeof(ModelState).GetProperty(nameof(ModelState.Scratch))!;
    private static readonly PropertyInfo InvariantsProperty = typeof(ModelState).GetProperty(nameof(ModelState.Invariants))!;

    public CompileContext(Type outputType)
    {
        Time = Expression.Parameter(typeof(double), "t");
        States = Expression.Parameter(typeof(double[]), "y");
        Model = Expression.Parameter(typeof(ModelState), "model");
        Output = Expression.Parameter(outputType, "output");
        Values = Expression.Variable(typeof(double[]), "v");
        Scratch = Expression.Variable(typeof(double[]), "scratch");
        Invariants = Expression.Variable(typeof(double[]), "invariants");
    }

    /// <summary>A local holding <c>model.Invariants</c>, loaded once at entry.</summary>
    public ParameterExpression Invariants { get; }

    /// <summary>A local holding <c>model.Scratch</c>, loaded once at entry.</summary>
    public ParameterExpression Scratch { get; }

    public ParameterExpression Time { get; }

    public ParameterExpression States { get; }

    public ParameterExpression Model { get; }

    public ParameterExpression Output { get; }

    /// <summary>A local holding <c>model.Values</c>, loaded once at entry.</summary>
    public ParameterExpression Values { get; }

    public Expression LoadValues() => Expression.Assign(Values, Expression.Property(Model, ValuesProperty));

    public Expression Value(int index) => Expression.ArrayAccess(Values, Expression.Constant(index));

    public Expression State(int index) => Expression.ArrayAccess(States, Expression.Constant(index));

    public Expression OutputAt(int index) => Expression.ArrayAccess(Output, Expression.Constant(index));

    /// <summary>Wraps the emitted block: loads the values and scratch arrays first (and the invariant
    /// array when <paramref name="usesInvariants"/>).</summary>
    public BlockExpression Body(BlockExpression emitted, bool usesInvariants = false) =>
        usesInvariants
            ? Expression.Block(
                [Values, Scratch, Invariants],
                LoadValues(),
                Expression.Assign(Scratch, Expression.Property(Model, ScratchProperty)),
                Expression.Assign(Invariants, Expression.Property(Model, InvariantsProperty)),
                emitted)
            : Expression.Block([Values, Scratch], LoadValues(), Expression.Assign(Scratch, Expression.Property(Model, ScratchProperty)), emitted);
}
