using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>The names a piece of math may use besides its model's SIds: a kinetic law's local
/// parameters (by id) and a function definition's arguments.</summary>
internal sealed record MathScope(IReadOnlyDictionary<string, XElement> Locals, IReadOnlySet<string> Arguments, bool InFunction)
{
    public static readonly MathScope Model = new(
        new Dictionary<string, XElement>(StringComparer.Ordinal),
        new HashSet<string>(StringComparer.Ordinal),
        InFunction: false);
}
