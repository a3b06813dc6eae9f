using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>Builds the MathML the flattener adds around expressions.</summary>
internal static class MathBuild
{
    private static readonly XNamespace M = SbmlNamespaces.MathML;

    public static XElement Ci(string name) => new(M + "ci", name);

    public static XElement Apply(string op, IEnumerable<XElement> arguments) => new(M + "apply", new XElement(M + op), arguments);

    /// <summary><paramref name="expression"/> times <paramref name="factor"/>: <c>expression</c>,
    /// <c>expression * a * b</c>, or <c>(expression * a) / (c * d)</c>.</summary>
    public static XElement Scale(XElement expression, Product factor)
    {
        if (factor.IsOne)
        {
            return expression;
        }

        var top = factor.Numerator.IsEmpty
            ? expression
            : Apply("times", factor.Numerator.Select(Ci).Prepend(expression));
        if (factor.Denominator.IsEmpty)
        {
            return top;
        }

        var bottom = factor.Denominator.Length == 1 ? Ci(factor.Denominator[0]) : Apply("times", factor.Denominator.Select(Ci));
        return Apply("divide", [top, bottom]);
    }
}
