using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Symbolic;
using static Myokinetics.Core.Math.Symbolic.Build;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Rewrites model math (SBML meaning) into math over stored quantities: calls inlined, local
/// parameters renamed, a concentration species symbol replaced by amount / compartment size,
/// <c>rateOf(x)</c> replaced by the rate of the stored quantity (with the quotient rule for
/// concentrations), and every symbol checked to exist.
/// </summary>
internal sealed class Canonicalizer
{
    private readonly ModelAnalysis analysis;
    private readonly FunctionInliner inliner;

    public Canonicalizer(ModelAnalysis analysis, FunctionInliner inliner)
    {
        this.analysis = analysis;
        this.inliner = inliner;
    }

    /// <summary>Canonical form of <paramref name="math"/>; <paramref name="reactionId"/> scopes local parameters.</summary>
    public MathNode Canonical(MathNode math, string context, SourceLocation? location, string? reactionId = null)
    {
        var inlined = inliner.Inline(math, context);
        HashSet<string>? locals = null;
        if (reactionId is not null)
        {
            var reaction = analysis.Model.Reactions.First(r => string.Equals(r.Id, reactionId, StringComparison.Ordinal));
            locals = reaction.KineticLaw?.LocalParameters.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        }

        return Rewrite(inlined, context, location, reactionId, locals);
    }

    /// <summary>The value, in the stored quantity, of an assignment to <paramref name="symbol"/>
    /// whose math gives the symbol's math value (concentration for concentration species).</summary>
    public static MathNode ToStored(ModelSymbol symbol, MathNode mathValue) =>
        symbol.MathIsConcentration && !symbol.StoresConcentration
            ? Multiply(mathValue, Symbol(symbol.Compartment!))
            : mathValue;

    private MathNode Rewrite(MathNode math, string context, SourceLocation? location, string? reactionId, HashSet<string>? locals)
    {
        return MathTraversal.Rewrite(math, node => node switch
        {
            SymbolNode s => Resolve(s.Name, context, location, reactionId, locals),
            ApplyNode { Operator: MathOperator.RateOf } a => RateOf(a, context, location),
            _ => node,
        });
    }

    private MathNode Resolve(string name, string context, SourceLocation? location, string? reactionId, HashSet<string>? locals)
    {
        if (reactionId is not null && locals is not null && locals.Contains(name))
        {
            return Symbol(ModelAnalysis.LocalId(reactionId, name));
        }

        if (!analysis.Symbols.TryGetValue(name, out var symbol) || symbol.Kind == SymbolKind.LocalParameter)
        {
            var what = inliner.IsFunction(name) ? "a function used without arguments" : "not defined";
            throw new ModelValidationException($"{context} refers to '{name}', which is {what}", location);
        }

        return symbol.MathIsConcentration && !symbol.StoresConcentration
            ? Divide(Symbol(name), Symbol(symbol.Compartment!))
            : Symbol(name);
    }

    private MathNode RateOf(ApplyNode rateOf, string context, SourceLocation? location)
    {
        // The argument was already rewritten: a symbol, or amount / size for a concentration species.
        var arg = rateOf.Arguments.Length == 1 ? rateOf.Arguments[0] : null;
        switch (arg)
        {
            case SymbolNode s:
                return StoredRate(s.Name);
            case ApplyNode { Operator: MathOperator.Divide } d
                when d.Arguments[0] is SymbolNode amount && d.Arguments[1] is SymbolNode size:
                {
                    // d(n/V)/dt = n'/V − n·V'/V²
                    var dn = StoredRate(amount.Name);
                    var dv = StoredRate(size.Name);
                    var first = Divide(dn, size);
                    return IsZero(dv) ? first : Subtract(first, Divide(Multiply(amount, dv), Power(size, Number(2))));
                }

            default:
                throw new ModelValidationException($"{context}: rateOf must be applied to one symbol", location);
        }
    }

    private MathNode StoredRate(string id)
    {
        var symbol = analysis.Symbols[id];
        return symbol.Determination is Determination.Constant or Determination.Discrete
            ? NumberNode.Zero
            : Symbol(Names.Rate(id));
    }
}
