using System.Linq.Expressions;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Decides whether a model's functions are compiled as single methods with locals (small models:
/// best code) or as chains of moderate-size methods that pass intermediate values through
/// <see cref="ModelState.Scratch"/> (large models: one method with thousands of locals costs much
/// JIT time and, past RyuJIT's limits on locals and size, is compiled without optimisation), and
/// compiles them accordingly. Records how much scratch storage the functions need.
/// </summary>
internal sealed class MethodSplitter
{
    /// <summary>Models with more stored values than this are compiled in parts.</summary>
    public const int SplitAboveValues = 300;

    /// <summary>Statements per compiled part.</summary>
    public const int StatementsPerMethod = 200;

    public MethodSplitter(int storedValues)
    {
        Split = storedValues > SplitAboveValues;
    }

    /// <summary>Whether functions are compiled in parts through scratch storage.</summary>
    public bool Split { get; }

    /// <summary>The scratch length the compiled functions need.</summary>
    public int ScratchSize { get; private set; }

    /// <summary>The invariant-array length the compiled functions need (see <see cref="InvariantHoisting"/>).</summary>
    public int InvariantSize { get; private set; }

    /// <summary>Hoisting of stored-value-only subexpressions for a function compiled in <paramref name="context"/>;
    /// all functions of a model share one invariant array, each with its own elements.</summary>
    public InvariantHoisting HoistingFor(CompileContext context, Func<string, bool> isConstantInput) =>
        new(context.Invariants, isConstantInput, () => InvariantSize++);

    /// <summary>The scratch array for an emitter's definitions, or null to use locals.</summary>
    public Expression? ScratchFor(CompileContext context) => Split ? context.Scratch : null;

    /// <summary>Compiles what <paramref name="emitter"/> holds into one delegate (a multicast chain of parts when split).</summary>
    public TDelegate Compile<TDelegate>(CompileContext context, ExpressionEmitter emitter, string name, params ParameterExpression[] parameters)
        where TDelegate : Delegate =>
        Combine(Lambdas<TDelegate>(context, emitter, name, parameters));

    /// <summary>As <see cref="Compile{TDelegate}"/>, but the expression trees are built now (so the scratch
    /// size is known) and turned into code only when first used: the JIT cost of a function a
    /// simulation may never need (the Jacobian of a non-stiff model) is not paid up front.</summary>
    public Lazy<TDelegate> CompileOnFirstUse<TDelegate>(CompileContext context, ExpressionEmitter emitter, string name, params ParameterExpression[] parameters)
        where TDelegate : Delegate
    {
        var lambdas = Lambdas<TDelegate>(context, emitter, name, parameters);
        return new Lazy<TDelegate>(() => Combine(lambdas), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>As <see cref="Compile{TDelegate}"/>, for a function a simulation calls only a few
    /// times: interpreted at first, compiled to IL once it has been called more (see <see cref="TieredFunction{TDelegate}"/>).</summary>
    public TieredFunction<TDelegate> CompileTiered<TDelegate>(CompileContext context, ExpressionEmitter emitter, string name, params ParameterExpression[] parameters)
        where TDelegate : Delegate =>
        new(Lambdas<TDelegate>(context, emitter, name, parameters));

    private List<Expression<TDelegate>> Lambdas<TDelegate>(CompileContext context, ExpressionEmitter emitter, string name, ParameterExpression[] parameters)
        where TDelegate : Delegate
    {
        ScratchSize = System.Math.Max(ScratchSize, emitter.ScratchEnd);
        var refresh = emitter.InvariantRefresh();
        var hoists = refresh is not null;
        if (emitter.Scratch is null || emitter.Statements.Count <= StatementsPerMethod)
        {
            return [Expression.Lambda<TDelegate>(context.Body(emitter.Build(), hoists), name, parameters)];
        }

        // The refresh of hoisted subexpressions is a part of its own, first in the chain.
        var parts = emitter.Statements
            .Chunk(StatementsPerMethod)
            .Select((chunk, i) => Expression.Lambda<TDelegate>(
                context.Body(Expression.Block(emitter.Locals, chunk.Append(Expression.Empty())), hoists),
                $"{name}_{i + 1}",
                parameters))
            .ToList();
        if (refresh is not null)
        {
            parts.Insert(0, Expression.Lambda<TDelegate>(context.Body(Expression.Block(refresh, Expression.Empty()), hoists), $"{name}_Invariants", parameters));
        }

        return parts;
    }

    /// <summary>One delegate for the parts (a multicast chain when there are several), compiled to IL
    /// or prepared for the expression interpreter.</summary>
    internal static TDelegate Combine<TDelegate>(IReadOnlyList<Expression<TDelegate>> lambdas, bool preferInterpretation = false)
        where TDelegate : Delegate =>
        lambdas.Count == 1
            ? lambdas[0].Compile(preferInterpretation)
            : (TDelegate)Delegate.Combine(lambdas.Select(l => (Delegate)l.Compile(preferInterpretation)).ToArray())!;
}
