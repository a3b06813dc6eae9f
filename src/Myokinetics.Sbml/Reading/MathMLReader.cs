using System.Text;
using System.Xml.Linq;
using Myokinetics.Core.Math;

namespace Myokinetics.Sbml.Reading;

/// <summary>Reads SBML's subset of MathML 2.0 content markup (SBML L3V2 and L2V5 core, the MathML section)
/// into <see cref="MathNode"/> trees. Anything outside the subset is a <c>ModelFormatException</c> at
/// the offending element.</summary>
internal sealed class MathMLReader
{
    private static readonly XNamespace M = SbmlNamespaces.MathML;
    private readonly ReadContext context;

    public MathMLReader(ReadContext context) => this.context = context;

    /// <summary>The expression in the <c>&lt;math&gt;</c> child of <paramref name="parent"/>, or null when
    /// there is none or it is empty (Level 3 Version 2 makes math optional).</summary>
    public MathNode? ReadOptional(XElement parent)
    {
        var math = MathElement(parent);
        if (math is null)
        {
            return null;
        }

        var content = SingleChild(math, allowNone: true);
        return content is null ? null : Read(content);
    }

    /// <summary>The <c>&lt;lambda&gt;</c> of a function definition, or null when the math is missing.</summary>
    public (ImmutableArray<string> Arguments, MathNode Body)? ReadLambda(XElement parent)
    {
        var math = MathElement(parent);
        if (math is null)
        {
            return null;
        }

        var lambda = SingleChild(math, allowNone: true);
        if (lambda is null)
        {
            return null;
        }

        lambda = Unwrap(lambda);
        if (lambda.Name != M + "lambda")
        {
            throw context.Error(lambda, $"a function definition's math must be a <lambda>, found <{lambda.Name.LocalName}>");
        }

        var arguments = ImmutableArray.CreateBuilder<string>();
        MathNode? body = null;
        foreach (var child in lambda.Elements())
        {
            CheckNamespace(child);
            if (child.Name.LocalName == "bvar")
            {
                if (body is not null)
                {
                    throw context.Error(child, "<bvar> must come before the body of a <lambda>");
                }

                var ci = SingleChild(child, allowNone: false)!;
                if (ci.Name != M + "ci")
                {
                    throw context.Error(ci, $"<bvar> must hold a <ci>, found <{ci.Name.LocalName}>");
                }

                arguments.Add(ci.Value.Trim());
            }
            else if (body is null)
            {
                body = Read(child);
            }
            else
            {
                throw context.Error(child, "a <lambda> has exactly one body expression after its <bvar>s");
            }
        }

        if (body is null)
        {
            throw context.Error(lambda, "a <lambda> needs a body expression");
        }

        return (arguments.ToImmutable(), body);
    }

    public MathNode Read(XElement e)
    {
        CheckNamespace(e);
        switch (e.Name.LocalName)
        {
            case "cn":
                return ReadNumber(e);
            case "ci":
                return new SymbolNode(RequireName(e));
            case "csymbol":
                return ReadCSymbolValue(e);
            case "true":
                return BooleanNode.True;
            case "false":
                return BooleanNode.False;
            case "pi":
                return new NumberNode(Math.PI);
            case "exponentiale":
                return new NumberNode(Math.E);
            case "infinity":
                return new NumberNode(double.PositiveInfinity);
            case "notanumber":
                return new NumberNode(double.NaN);
            case "apply":
                return ReadApply(e);
            case "piecewise":
                return ReadPiecewise(e);
            case "semantics":
                return Read(Unwrap(e));
            case "lambda":
                throw context.Error(e, "<lambda> is allowed only as the math of a function definition");
            default:
                throw context.Error(e, $"unknown MathML element <{e.Name.LocalName}>; expected one of SBML's MathML subset (cn, ci, csymbol, apply, piecewise, constants)");
        }
    }

    private XElement? MathElement(XElement parent)
    {
        XElement? found = null;
        foreach (var child in parent.Elements())
        {
            if (child.Name == M + "math")
            {
                if (found is not null)
                {
                    throw context.Error(child, $"<{parent.Name.LocalName}> has more than one <math>");
                }

                found = child;
            }
        }

        return found;
    }

    private XElement? SingleChild(XElement parent, bool allowNone)
    {
        XElement? only = null;
        foreach (var child in parent.Elements())
        {
            if (only is not null)
            {
                throw context.Error(child, $"<{parent.Name.LocalName}> must hold exactly one expression");
            }

            only = child;
        }

        if (only is null && !allowNone)
        {
            throw context.Error(parent, $"<{parent.Name.LocalName}> must hold an expression");
        }

        return only;
    }

    /// <summary>The presented expression of a <c>&lt;semantics&gt;</c> wrapper (its first child that is not
    /// an annotation); other elements are returned as they are.</summary>
    private XElement Unwrap(XElement e)
    {
        while (e.Name == M + "semantics")
        {
            var inner = e.Elements().FirstOrDefault(c => c.Name.LocalName is not ("annotation" or "annotation-xml"))
                ?? throw context.Error(e, "<semantics> must hold an expression");
            CheckNamespace(inner);
            e = inner;
        }

        return e;
    }

    private void CheckNamespace(XElement e)
    {
        if (e.Name.Namespace != M)
        {
            throw context.Error(e, $"element <{e.Name.LocalName}> in namespace '{e.Name.NamespaceName}' inside <math>; expected MathML ({M.NamespaceName})");
        }
    }

    private string RequireName(XElement ci)
    {
        var name = ci.Value.Trim();
        if (name.Length == 0 || ci.HasElements)
        {
            throw context.Error(ci, "<ci> must hold an identifier");
        }

        return name;
    }

    private NumberNode ReadNumber(XElement cn)
    {
        var type = cn.Attribute("type")?.Value.Trim() ?? "real";
        var parts = SplitAtSep(cn);
        var units = cn.Attribute(context.Core + "units")?.Value.Trim();
        double value;
        switch (type)
        {
            case "real" or "double" when parts.Count == 1:
                value = ParseReal(cn, parts[0]);
                break;
            case "integer" when parts.Count == 1:
                value = ParseInteger(cn, parts[0]);
                break;
            case "e-notation" when parts.Count == 2:
                value = ParseReal(cn, $"{parts[0].Trim()}E{ParseInteger(cn, parts[1]).ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
                break;
            case "rational" when parts.Count == 2:
                value = ParseInteger(cn, parts[0]) / ParseInteger(cn, parts[1]);
                break;
            case "real" or "double" or "integer" or "e-notation" or "rational":
                throw context.Error(cn, $"<cn type=\"{type}\"> has {parts.Count - 1} <sep/>; expected {(type is "e-notation" or "rational" ? 1 : 0)}");
            default:
                throw context.Error(cn, $"<cn> of type '{type}' is not part of SBML; expected integer, real, double, e-notation or rational");
        }

        return new NumberNode(value, string.IsNullOrEmpty(units) ? null : units);
    }

    private List<string> SplitAtSep(XElement cn)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var node in cn.Nodes())
        {
            switch (node)
            {
                case XText text:
                    current.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "sep" } sep when sep.Name.Namespace == M:
                    parts.Add(current.ToString());
                    current.Clear();
                    break;
                case XElement other:
                    throw context.Error(other, $"<cn> may hold only a number and <sep/>, found <{other.Name.LocalName}>");
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    private double ParseReal(XElement cn, string text) =>
        SbmlNumber.TryParse(text, out var v) ? v : throw context.Error(cn, $"<cn> must hold a number, found '{text.Trim()}'");

    private double ParseInteger(XElement cn, string text) =>
        SbmlNumber.TryParseInteger(text, out var v) ? v : throw context.Error(cn, $"<cn> must hold an integer here, found '{text.Trim()}'");

    private CSymbolNode ReadCSymbolValue(XElement csymbol)
    {
        var url = csymbol.Attribute("definitionURL")?.Value.Trim();
        return url switch
        {
            SbmlNamespaces.TimeUrl => CSymbolNode.Time,
            SbmlNamespaces.AvogadroUrl => CSymbolNode.Avogadro,
            SbmlNamespaces.DelayUrl or SbmlNamespaces.RateOfUrl =>
                throw context.Error(csymbol, $"the csymbol '{url}' is a function and must be the first child of an <apply>"),
            _ => throw context.Error(csymbol, $"unknown csymbol definitionURL '{url}'; expected SBML's time, avogadro, delay or rateOf"),
        };
    }

    private MathNode ReadApply(XElement apply)
    {
        var children = apply.Elements().ToList();
        if (children.Count == 0)
        {
            throw context.Error(apply, "<apply> needs an operator");
        }

        var head = children[0];
        CheckNamespace(head);
        var rest = children.Skip(1).ToList();
        switch (head.Name.LocalName)
        {
            case "ci":
                return new CallNode(RequireName(head), ReadAll(rest));
            case "csymbol":
                return ReadCSymbolApply(apply, head, rest);
        }

        if (!MathMLOperators.TryGet(head.Name.LocalName, out var op, out var min, out var max))
        {
            if (head.Name.LocalName is "cn" or "apply" or "piecewise" or "lambda" or "semantics")
            {
                throw context.Error(head, $"<apply> must start with an operator or a function name, found <{head.Name.LocalName}>");
            }

            throw context.Error(head, $"unknown MathML element <{head.Name.LocalName}>; expected an operator of SBML's MathML subset");
        }

        MathNode? qualifier = null;
        var arguments = new List<XElement>();
        foreach (var child in rest)
        {
            CheckNamespace(child);
            var name = child.Name.LocalName;
            if ((name == "degree" && op == MathOperator.Root) || (name == "logbase" && op == MathOperator.Log))
            {
                if (qualifier is not null)
                {
                    throw context.Error(child, $"<{name}> given twice");
                }

                qualifier = Read(SingleChild(child, allowNone: false)!);
            }
            else if (name is "degree" or "logbase" or "bvar")
            {
                throw context.Error(child, $"<{name}> is not allowed with <{head.Name.LocalName}>");
            }
            else
            {
                arguments.Add(child);
            }
        }

        var args = ReadAll(arguments);
        if (args.Length == 0)
        {
            switch (op)
            {
                case MathOperator.Plus:
                    return NumberNode.Zero;
                case MathOperator.Times:
                    return NumberNode.One;
                case MathOperator.And:
                    return BooleanNode.True;
                case MathOperator.Or or MathOperator.Xor:
                    return BooleanNode.False;
            }
        }

        if (args.Length < min || args.Length > max)
        {
            var expected = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} or {max}";
            throw context.Error(apply, $"<{head.Name.LocalName}> takes {expected} argument(s), found {args.Length}");
        }

        return op switch
        {
            MathOperator.Root => new ApplyNode(op, qualifier ?? new NumberNode(2), args[0]),
            MathOperator.Log => new ApplyNode(op, qualifier ?? new NumberNode(10), args[0]),
            _ => new ApplyNode(op, args),
        };
    }

    private ApplyNode ReadCSymbolApply(XElement apply, XElement csymbol, List<XElement> rest)
    {
        var url = csymbol.Attribute("definitionURL")?.Value.Trim();
        var args = ReadAll(rest);
        switch (url)
        {
            case SbmlNamespaces.DelayUrl:
                if (args.Length != 2)
                {
                    throw context.Error(apply, $"the delay csymbol takes 2 arguments (expression, delay), found {args.Length}");
                }

                return new ApplyNode(MathOperator.Delay, args);
            case SbmlNamespaces.RateOfUrl:
                if (args.Length != 1)
                {
                    throw context.Error(apply, $"the rateOf csymbol takes 1 argument, found {args.Length}");
                }

                return new ApplyNode(MathOperator.RateOf, args);
            case SbmlNamespaces.TimeUrl or SbmlNamespaces.AvogadroUrl:
                throw context.Error(csymbol, $"the csymbol '{url}' is a value and cannot be applied");
            default:
                throw context.Error(csymbol, $"unknown csymbol definitionURL '{url}'; expected SBML's time, avogadro, delay or rateOf");
        }
    }

    private PiecewiseNode ReadPiecewise(XElement piecewise)
    {
        var pieces = ImmutableArray.CreateBuilder<Piece>();
        MathNode? otherwise = null;
        foreach (var child in piecewise.Elements())
        {
            CheckNamespace(child);
            switch (child.Name.LocalName)
            {
                case "piece" when otherwise is null:
                    var parts = child.Elements().ToList();
                    if (parts.Count != 2)
                    {
                        throw context.Error(child, $"<piece> holds a value and a condition, found {parts.Count} element(s)");
                    }

                    pieces.Add(new Piece(Read(parts[0]), Read(parts[1])));
                    break;
                case "otherwise" when otherwise is null:
                    otherwise = Read(SingleChild(child, allowNone: false)!);
                    break;
                case "piece" or "otherwise":
                    throw context.Error(child, "<otherwise> must be the last child of <piecewise> and appear once");
                default:
                    throw context.Error(child, $"<piecewise> may hold only <piece> and <otherwise>, found <{child.Name.LocalName}>");
            }
        }

        return new PiecewiseNode(pieces.ToImmutable(), otherwise);
    }

    private ImmutableArray<MathNode> ReadAll(List<XElement> elements)
    {
        var builder = ImmutableArray.CreateBuilder<MathNode>(elements.Count);
        foreach (var e in elements)
        {
            builder.Add(Read(e));
        }

        return builder.MoveToImmutable();
    }
}
