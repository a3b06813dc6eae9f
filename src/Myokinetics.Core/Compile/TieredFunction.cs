using System.Linq.Expressions;

namespace Myokinetics.Core.Compile;

/// <summary>
/// A compiled-model function that runs a few times per simulation (initial values, event
/// assignments, event delays and priorities, time thresholds): its first calls go through the
/// expression-tree interpreter, and the call after <see cref="InterpretedCalls"/> compiles it to IL
/// for the JIT. A model simulated once then pays no JIT time for functions it runs once or twice
/// (most of a large model's compile time is JIT time), while a model simulated many times (an
/// ensemble) runs compiled code after its first few simulations. Both forms compute the same values
/// (the same expression tree, evaluated in the same order with the same operations). Thread-safe:
/// racing threads may both compile, and either result is correct.
/// </summary>
internal sealed class TieredFunction<TDelegate>
    where TDelegate : Delegate
{
    /// <summary>Calls served by the interpreter before the function is compiled.</summary>
    public const int InterpretedCalls = 2;

    private readonly IReadOnlyList<Expression<TDelegate>> lambdas;
    private readonly TDelegate interpreted;
    private TDelegate? compiled;
    private int calls;

    public TieredFunction(IReadOnlyList<Expression<TDelegate>> lambdas)
    {
        this.lambdas = lambdas;
        interpreted = MethodSplitter.Combine(lambdas, preferInterpretation: true);
    }

    /// <summary>The delegate to call now (compiling it when its turn has come).</summary>
    public TDelegate Current
    {
        get
        {
            var result = Volatile.Read(ref compiled);
            if (result is not null)
            {
                return result;
            }

            if (Interlocked.Increment(ref calls) <= InterpretedCalls)
            {
                return interpreted;
            }

            result = MethodSplitter.Combine(lambdas, preferInterpretation: false);
            Volatile.Write(ref compiled, result);
            return result;
        }
    }
}
