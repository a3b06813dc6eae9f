using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;

namespace Myokinetics.Core.Units;

/// <summary>Where an expression sits, for messages and for symbol scope.</summary>
/// <param name="Description">How messages name the expression, e.g. <c>kinetic law of reaction J1</c>.</param>
/// <param name="Element">The id of the model element the diagnostics are about.</param>
/// <param name="Location">Where the element was read from.</param>
/// <param name="ReactionId">For a kinetic law, its reaction (local parameters are in scope).</param>
internal sealed record ExpressionContext(string Description, string? Element, SourceLocation? Location, string? ReactionId = null);

/// <summary>
/// Derives the units of an expression bottom-up, following the recommendations of SBML L3V2 core
/// (section "Consistency of units in mathematical expressions"), and reports every inconsistency
/// inside it as a warning. One instance per expression.
/// </summary>
internal sealed class UnitInference
{
    private const int MaxInlineDepth = 32;

    private readonly CheckSession session;
    private readonly ExpressionContext context;
    private readonly List<string> functions = [];

    public UnitInference(CheckSession session, ExpressionContext context)
    {
        this.session = session;
        this.context = context;
    }

    public DerivedUnits Derive(MathNode node) => node switch
    {
        NumberNode n => Number(n),
        BooleanNode => DerivedUnits.Boolean,
        SymbolNode s => Symbol(s),
        CSymbolNode c => CSymbol(c),
        BoundArgument b => b.Units,
        ApplyNode a => Apply(a),
        CallNode c => Call(c),
        PiecewiseNode p => Piecewise(p),
        _ => DerivedUnits.Undetermined,
    };

    private UnitRegistry Registry => session.Registry;

    private string Where => functions.Count == 0 ? context.Description : $"{context.Description} (in function {functions[^1]})";

    private void Warn(string what) => session.Warn($"{Where}: {what}", context.Location, context.Element);

    private DerivedUnits Number(NumberNode n)
    {
        if (n.Units is not { } id)
        {
            return DerivedUnits.Undetermined;
        }

        if (!Registry.IsDefined(id))
        {
            Warn($"number {UnitFormatter.FormatNumber(n.Value)} has undefined units '{id}'");
            return DerivedUnits.Undetermined;
        }

        return Registry.TryResolve(id, out var units) ? DerivedUnits.Known(units) : DerivedUnits.Undetermined;
    }

    private DerivedUnits Symbol(SymbolNode s)
    {
        if (!Registry.TryGetSymbol(s.Name, context.ReactionId, out var symbol))
        {
            // Not a symbol with a value (an error for validation to report, not a unit problem).
            return DerivedUnits.Undetermined;
        }

        if (symbol.Units is { } units)
        {
            return DerivedUnits.Known(units);
        }

        session.MarkUndeclared(s.Name);
        return DerivedUnits.Undetermined;
    }

    private DerivedUnits CSymbol(CSymbolNode c)
    {
        // L3V2 core, "Use of csymbol elements": the value of the avogadro csymbol is dimensionless.
        return c.Kind == CSymbolKind.Avogadro ? DerivedUnits.Dimensionless : DerivedUnits.From(TimeUnits());
    }

    private UnitVector? TimeUnits()
    {
        if (Registry.Time is null)
        {
            session.MarkUndeclared("model time units");
        }

        return Registry.Time;
    }

    private DerivedUnits Apply(ApplyNode a)
    {
        var args = a.Arguments;
        switch (a.Operator)
        {
            case MathOperator.Plus:
                return Same("plus", args);
            case MathOperator.Minus:
                return args.Length == 1 ? Derive(args[0]).AsNumber() : Same("minus", args);
            case MathOperator.Max:
                return Same("max", args);
            case MathOperator.Min:
                return Same("min", args);
            case MathOperator.Rem:
                return Same("rem", args);
            case MathOperator.Times:
                return Product(args);
            case MathOperator.Divide:
            case MathOperator.Quotient:
                return Ratio(args);
            case MathOperator.Power:
                return Power(args);
            case MathOperator.Root:
                return Root(args);
            case MathOperator.Abs:
            case MathOperator.Floor:
            case MathOperator.Ceiling:
                return args.Length == 1 ? Derive(args[0]).AsNumber() : DeriveAll(args);
            case MathOperator.Eq:
            case MathOperator.Neq:
            case MathOperator.Gt:
            case MathOperator.Lt:
            case MathOperator.Geq:
            case MathOperator.Leq:
                Same(Name(a.Operator), args);
                return DerivedUnits.Boolean;
            case MathOperator.And:
            case MathOperator.Or:
            case MathOperator.Xor:
            case MathOperator.Not:
            case MathOperator.Implies:
                foreach (var arg in args)
                {
                    RequireBooleanOrDimensionless(Derive(arg), $"the argument of {Name(a.Operator)}");
                }

                return DerivedUnits.Boolean;
            case MathOperator.Delay:
                return Delay(args);
            case MathOperator.RateOf:
                return RateOf(args);
            default:
                // exp, ln, log, factorial and the trigonometric functions (their arguments should be dimensionless).
                foreach (var arg in args)
                {
                    var d = Derive(arg).AsNumber();
                    if (d.IsKnown && !d.Units.IsDimensionless)
                    {
                        Warn($"the argument of {Name(a.Operator)} has units {d.Units}; expected dimensionless");
                    }
                }

                return DerivedUnits.Dimensionless;
        }
    }

    /// <summary>Operators whose arguments must all have the same units; undetermined arguments
    /// agree with anything. After a reported conflict the result is undetermined, so one mistake
    /// gives one warning.</summary>
    private DerivedUnits Same(string name, ImmutableArray<MathNode> args) =>
        Unify(args.Select(Derive).ToList(), (a, b) => $"the arguments of {name} have different units: {a} and {b}");

    private DerivedUnits Unify(List<DerivedUnits> derived, Func<UnitVector, UnitVector, string> message)
    {
        UnitVector? first = null;
        foreach (var d in derived.Select(x => x.AsNumber()))
        {
            if (!d.IsKnown)
            {
                continue;
            }

            if (first is not { } f)
            {
                first = d.Units;
            }
            else if (!f.Equals(d.Units))
            {
                Warn(message(f, d.Units));
                return DerivedUnits.Undetermined;
            }
        }

        return DerivedUnits.From(first);
    }

    private DerivedUnits Product(ImmutableArray<MathNode> args)
    {
        var result = UnitVector.Dimensionless;
        var determined = true;
        foreach (var arg in args)
        {
            var d = Derive(arg).AsNumber();
            if (d.IsKnown)
            {
                result *= d.Units;
            }
            else
            {
                determined = false;
            }
        }

        return determined ? DerivedUnits.Known(result) : DerivedUnits.Undetermined;
    }

    private DerivedUnits Ratio(ImmutableArray<MathNode> args)
    {
        if (args.Length != 2)
        {
            return DeriveAll(args);
        }

        var numerator = Derive(args[0]).AsNumber();
        var denominator = Derive(args[1]).AsNumber();
        return numerator.IsKnown && denominator.IsKnown
            ? DerivedUnits.Known(numerator.Units / denominator.Units)
            : DerivedUnits.Undetermined;
    }

    /// <summary><c>power(a, b)</c>: <c>b</c> dimensionless; with a constant
    /// <c>b</c> the result is <c>a^b</c>, otherwise <c>a</c> should be dimensionless.</summary>
    private DerivedUnits Power(ImmutableArray<MathNode> args)
    {
        if (args.Length != 2)
        {
            return DeriveAll(args);
        }

        var @base = Derive(args[0]).AsNumber();
        var exponent = Derive(args[1]).AsNumber();
        if (exponent.IsKnown && !exponent.Units.IsDimensionless)
        {
            Warn($"the exponent of power has units {exponent.Units}; expected dimensionless");
        }

        return Raise(@base, args[1], invert: false, "the base of power", "the exponent");
    }

    /// <summary><c>root(n, a)</c>: with a constant degree <c>n</c> the result is
    /// <c>a^(1/n)</c>, otherwise <c>a</c> should be dimensionless.</summary>
    private DerivedUnits Root(ImmutableArray<MathNode> args)
    {
        if (args.Length == 1)
        {
            var radicand = Derive(args[0]).AsNumber();
            return radicand.IsKnown ? DerivedUnits.Known(radicand.Units.Pow(0.5)) : DerivedUnits.Undetermined;
        }

        if (args.Length != 2)
        {
            return DeriveAll(args);
        }

        var degree = Derive(args[0]).AsNumber();
        if (degree.IsKnown && !degree.Units.IsDimensionless)
        {
            Warn($"the degree of root has units {degree.Units}; expected dimensionless");
        }

        var value = Derive(args[1]).AsNumber();
        return Raise(value, args[0], invert: true, "the argument of root", "the degree");
    }

    private DerivedUnits Raise(DerivedUnits value, MathNode power, bool invert, string what, string powerName)
    {
        if (session.Folder.TryEvaluate(power, context.ReactionId, out var p) && (!invert || p != 0))
        {
            return value.IsKnown ? DerivedUnits.Known(value.Units.Pow(invert ? 1.0 / p : p)) : DerivedUnits.Undetermined;
        }

        if (!value.IsKnown)
        {
            return DerivedUnits.Undetermined;
        }

        if (value.Units.IsDimensionless)
        {
            return DerivedUnits.Dimensionless;
        }

        Warn($"{what} has units {value.Units} and {powerName} is not a constant; expected dimensionless");
        return DerivedUnits.Undetermined;
    }

    /// <summary><c>delay(x, d)</c>: <c>d</c> in model time units; the result
    /// has the units of <c>x</c>.</summary>
    private DerivedUnits Delay(ImmutableArray<MathNode> args)
    {
        if (args.Length != 2)
        {
            return DeriveAll(args);
        }

        var value = Derive(args[0]).AsNumber();
        var delay = Derive(args[1]).AsNumber();
        if (TimeUnits() is { } time && delay.IsKnown && !delay.Units.Equals(time))
        {
            Warn($"the delay argument of delay has units {delay.Units}; expected {time} (model time units)");
        }

        return value;
    }

    /// <summary><c>rateOf(x)</c>: units of x / model time units.</summary>
    private DerivedUnits RateOf(ImmutableArray<MathNode> args)
    {
        if (args.Length != 1)
        {
            return DeriveAll(args);
        }

        var value = Derive(args[0]).AsNumber();
        return TimeUnits() is { } time && value.IsKnown ? DerivedUnits.Known(value.Units / time) : DerivedUnits.Undetermined;
    }

    /// <summary>A call of a user function is checked by inlining: the arguments are derived in the
    /// caller's context, then the body is derived with each parameter bound to its argument
    /// (L3V2 core, "Calling user-defined functions": the result's units are whatever the body gives for those arguments).</summary>
    private DerivedUnits Call(CallNode call)
    {
        var args = call.Arguments.Select(Derive).ToList();
        if (!session.Functions.TryGetValue(call.Function, out var function)
            || function.Arguments.Length != args.Count
            || functions.Contains(function.Id)
            || functions.Count >= MaxInlineDepth)
        {
            return DerivedUnits.Undetermined;
        }

        var bindings = new Dictionary<string, MathNode>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            bindings[function.Arguments[i]] = new BoundArgument(call.Arguments[i], args[i]);
        }

        var body = MathSubstitution.Substitute(function.Body, bindings);
        functions.Add(function.Id);
        try
        {
            return Derive(body);
        }
        finally
        {
            functions.RemoveAt(functions.Count - 1);
        }
    }

    /// <summary>Piecewise: every value has the same units; conditions are
    /// booleans (or dimensionless numbers).</summary>
    private DerivedUnits Piecewise(PiecewiseNode p)
    {
        var values = new List<DerivedUnits>();
        foreach (var piece in p.Pieces)
        {
            values.Add(Derive(piece.Value));
            RequireBooleanOrDimensionless(Derive(piece.Condition), "a condition of piecewise");
        }

        if (p.Otherwise is { } otherwise)
        {
            values.Add(Derive(otherwise));
        }

        if (values.Count > 0 && values.TrueForAll(v => v.Kind == DerivedKind.Boolean))
        {
            return DerivedUnits.Boolean;
        }

        return Unify(values, (a, b) => $"the pieces of piecewise have different units: {a} and {b}");
    }

    private void RequireBooleanOrDimensionless(DerivedUnits d, string what)
    {
        if (d.IsKnown && !d.Units.IsDimensionless)
        {
            Warn($"{what} has units {d.Units}; expected a boolean or dimensionless");
        }
    }

    private DerivedUnits DeriveAll(ImmutableArray<MathNode> args)
    {
        foreach (var arg in args)
        {
            Derive(arg);
        }

        return DerivedUnits.Undetermined;
    }

    /// <summary>The MathML element name of an operator (e.g. <c>arcsinh</c>, <c>neq</c>).</summary>
    private static string Name(MathOperator op) => op switch
    {
        MathOperator.RateOf => "rateOf",
        _ => op.ToString().ToLowerInvariant(),
    };
}
