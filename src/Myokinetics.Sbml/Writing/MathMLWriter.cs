using System.Xml.Linq;
using Myokinetics.Core.Math;

namespace Myokinetics.Sbml.Writing;

/// <summary>Writes <see cref="MathNode"/> trees as SBML L3V2 MathML. Every tree the reader produces
/// reads back equal (<see cref="MathNodeComparer"/>): numbers are written in their shortest exact form
/// ("R"), with <c>type="e-notation"</c> when they need an exponent.</summary>
internal static class MathMLWriter
{
    private static readonly XNamespace M = SbmlNamespaces.MathML;
    private static readonly XNamespace Core = SbmlNamespaces.L3V2Core;

    /// <summary><c>&lt;math&gt;</c> holding one expression.</summary>
    public static XElement Math(MathNode node) => MathElement(HasUnits(node), Write(node));

    /// <summary><c>&lt;math&gt;&lt;lambda&gt;</c> of a function definition.</summary>
    public static XElement Lambda(ImmutableArray<string> arguments, MathNode body)
    {
        var lambda = new XElement(M + "lambda");
        foreach (var argument in arguments.IsDefault ? [] : arguments)
        {
            lambda.Add(new XElement(M + "bvar", new XElement(M + "ci", argument)));
        }

        lambda.Add(Write(body));
        return MathElement(HasUnits(body), lambda);
    }

    private static XElement MathElement(bool declareSbml, XElement content)
    {
        var math = new XElement(M + "math", new XAttribute("xmlns", M.NamespaceName));
        if (declareSbml)
        {
            math.Add(new XAttribute(XNamespace.Xmlns + "sbml", Core.NamespaceName));
        }

        math.Add(content);
        return math;
    }

    public static XElement Write(MathNode node) => node switch
    {
        NumberNode n => Number(n),
        BooleanNode b => new XElement(M + (b.Value ? "true" : "false")),
        SymbolNode s => new XElement(M + "ci", s.Name),
        CSymbolNode { Kind: CSymbolKind.Time } => CSymbol(SbmlNamespaces.TimeUrl, "time"),
        CSymbolNode { Kind: CSymbolKind.Avogadro } => CSymbol(SbmlNamespaces.AvogadroUrl, "avogadro"),
        ApplyNode a => Apply(a),
        CallNode call => new XElement(M + "apply", new XElement(M + "ci", call.Function), call.Arguments.Select(Write)),
        PiecewiseNode p => Piecewise(p),
        _ => throw new ArgumentException($"cannot write the math node {node.GetType().Name} as MathML", nameof(node)),
    };

    private static XElement Number(NumberNode n)
    {
        if (n.Units is null)
        {
            if (double.IsNaN(n.Value))
            {
                return new XElement(M + "notanumber");
            }

            if (double.IsPositiveInfinity(n.Value))
            {
                return new XElement(M + "infinity");
            }

            if (n.Value.Equals(System.Math.PI))
            {
                return new XElement(M + "pi");
            }

            if (n.Value.Equals(System.Math.E))
            {
                return new XElement(M + "exponentiale");
            }
        }

        var cn = new XElement(M + "cn");
        if (n.Units is not null)
        {
            cn.Add(new XAttribute(Core + "units", n.Units));
        }

        var text = SbmlNumber.Format(n.Value);
        var exponent = text.IndexOf('E', StringComparison.Ordinal);
        if (exponent > 0)
        {
            cn.Add(new XAttribute("type", "e-notation"), text[..exponent], new XElement(M + "sep"), text[(exponent + 1)..].TrimStart('+'));
        }
        else
        {
            cn.Add(text);
        }

        return cn;
    }

    private static XElement CSymbol(string url, string name) =>
        new(M + "csymbol", new XAttribute("encoding", "text"), new XAttribute("definitionURL", url), name);

    private static XElement Apply(ApplyNode a)
    {
        var apply = new XElement(M + "apply");
        switch (a.Operator)
        {
            case MathOperator.Delay:
                apply.Add(CSymbol(SbmlNamespaces.DelayUrl, "delay"));
                break;
            case MathOperator.RateOf:
                apply.Add(CSymbol(SbmlNamespaces.RateOfUrl, "rateOf"));
                break;
            case MathOperator.Root or MathOperator.Log:
                return Qualified(a, apply);
            default:
                if (!MathMLOperators.TryGetName(a.Operator, out var name))
                {
                    throw new ArgumentException($"cannot write the operator {a.Operator} as MathML", nameof(a));
                }

                apply.Add(new XElement(M + name));
                break;
        }

        apply.Add(a.Arguments.Select(Write));
        return apply;
    }

    /// <summary>root (degree, x) and log (base, x); the default degree 2 and base 10 are left implicit.</summary>
    private static XElement Qualified(ApplyNode a, XElement apply)
    {
        var (name, qualifier, implicitValue) = a.Operator == MathOperator.Root ? ("root", "degree", 2.0) : ("log", "logbase", 10.0);
        if (a.Arguments.Length != 2)
        {
            throw new ArgumentException($"{name} takes ({qualifier}, x); found {a.Arguments.Length} argument(s)", nameof(a));
        }

        apply.Add(new XElement(M + name));
        if (a.Arguments[0] is not NumberNode { Units: null } n || !n.Value.Equals(implicitValue))
        {
            apply.Add(new XElement(M + qualifier, Write(a.Arguments[0])));
        }

        apply.Add(Write(a.Arguments[1]));
        return apply;
    }

    private static XElement Piecewise(PiecewiseNode p)
    {
        var piecewise = new XElement(M + "piecewise");
        foreach (var piece in p.Pieces)
        {
            piecewise.Add(new XElement(M + "piece", Write(piece.Value), Write(piece.Condition)));
        }

        if (p.Otherwise is not null)
        {
            piecewise.Add(new XElement(M + "otherwise", Write(p.Otherwise)));
        }

        return piecewise;
    }

    private static bool HasUnits(MathNode node) => node switch
    {
        NumberNode n => n.Units is not null,
        ApplyNode a => a.Arguments.Any(HasUnits),
        CallNode c => c.Arguments.Any(HasUnits),
        PiecewiseNode p => p.Pieces.Any(x => HasUnits(x.Value) || HasUnits(x.Condition)) || (p.Otherwise is not null && HasUnits(p.Otherwise)),
        _ => false,
    };
}
