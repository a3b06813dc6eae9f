using System.Linq.Expressions;
using System.Reflection;
using Myokinetics.Core.Math;

namespace Myokinetics.Core.Compile;

/// <summary>What compiled <c>delay(x, d)</c> code needs: how to read a symbol at the past time τ and
/// the definitions of quantities recomputed at τ.</summary>
/// <param name="InputsAt">Given the expression for τ, the reader of each input symbol at τ.</param>
/// <param name="Definitions">Definitions evaluated at τ (assigned quantities, rates, pre-start values).</param>
internal sealed record DelaySupport(Func<Expression, Func<string, Expression?>> InputsAt, Func<string, MathNode?> Definitions)
{
    public static readonly MethodInfo ValueMethod = typeof(IDelayHistory).GetMethod(nameof(IDelayHistory.Value))!;

    public static readonly PropertyInfo StartProperty = typeof(IDelayHistory).GetProperty(nameof(IDelayHistory.StartTime))!;

    /// <summary>The name of the simulation's start time inside delayed expressions.</summary>
    public const string StartName = "#start";

    /// <summary>The name of a symbol's recorded past value inside delayed expressions.</summary>
    public static string Recorded(string id) => "#past:" + id;
}
