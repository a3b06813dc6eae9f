using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Symbolic;
using Myokinetics.Core.Model;
using static Myokinetics.Core.Math.Symbolic.Build;

namespace Myokinetics.Core.Compile;

/// <summary>
/// The model's equations in canonical form (math over stored quantities), as a definition graph:
/// assigned quantities (assignment rules, reaction rates, stoichiometry math), the rate of every
/// state, and the initial values. Rates of assigned quantities are derived on demand by symbolic
/// total differentiation.
/// </summary>
internal sealed class ModelEquations
{
    private readonly ModelAnalysis analysis;
    private readonly Canonicalizer canonicalizer;
    private readonly Dictionary<string, MathNode> assigned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MathNode> stateRates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MathNode> initial = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MathNode> derivedRates = new(StringComparer.Ordinal);

    public ModelEquations(ModelAnalysis analysis, Canonicalizer canonicalizer)
    {
        this.analysis = analysis;
        this.canonicalizer = canonicalizer;
        BuildAssigned();
        BuildStateRates();
        BuildInitial();
    }

    /// <summary>Definitions of assigned quantities (by stored-quantity id).</summary>
    public IReadOnlyDictionary<string, MathNode> Assigned => assigned;

    /// <summary>The rate of each state (by state id).</summary>
    public IReadOnlyDictionary<string, MathNode> StateRates => stateRates;

    /// <summary>Initial-value definitions: what initial assignments, assignment rules and initial
    /// concentrations give; everything else starts at its declared value.</summary>
    public IReadOnlyDictionary<string, MathNode> Initial => initial;

    public Canonicalizer Canonicalizer => canonicalizer;

    /// <summary>The definition graph during a simulation: assigned quantities and rates.</summary>
    public MathNode? Definition(string name)
    {
        if (assigned.TryGetValue(name, out var def))
        {
            return def;
        }

        return Names.IsRate(name, out var id) ? RateDefinition(id) : null;
    }

    /// <summary>The definition graph at the initial time: initial values first, then as <see cref="Definition"/>.</summary>
    public MathNode? InitialDefinition(string name) =>
        initial.TryGetValue(name, out var def) ? def : Definition(name);

    private MathNode? RateDefinition(string id)
    {
        if (analysis.Symbols.TryGetValue(id, out var symbol) && symbol.Determination == Determination.Algebraic)
        {
            throw new UnsupportedFeatureException("rateOf", $"the rate of '{id}', which an algebraic constraint determines, is not available");
        }

        if (stateRates.TryGetValue(id, out var rate))
        {
            return rate;
        }

        if (derivedRates.TryGetValue(id, out var derived))
        {
            return derived;
        }

        if (!assigned.TryGetValue(id, out var def))
        {
            return null;
        }

        // Total time derivative: ∂f/∂t + Σ ∂f/∂x · x'.
        var differentiator = new Differentiator(leaf => leaf switch
        {
            CSymbolNode { Kind: CSymbolKind.Time } => NumberNode.One,
            SymbolNode s when analysis.Symbols.TryGetValue(s.Name, out var sym)
                && sym.Determination is Determination.Constant or Determination.Discrete => NumberNode.Zero,
            SymbolNode s when IsDerivedName(s.Name) => throw new NotDifferentiableException("rate of a rate"),
            SymbolNode s => Symbol(Names.Rate(s.Name)),
            _ => NumberNode.Zero,
        });
        try
        {
            derived = differentiator.Differentiate(def);
        }
        catch (NotDifferentiableException ex)
        {
            throw new UnsupportedFeatureException("rateOf", $"the rate of '{id}' is needed but its definition cannot be differentiated ({ex.Message})");
        }

        derivedRates[id] = derived;
        return derived;
    }

    private static bool IsDerivedName(string name) => Names.IsRate(name, out _);

    private void BuildAssigned()
    {
        foreach (var rule in analysis.AssignmentRules.Values)
        {
            assigned[rule.Variable] = canonicalizer.Canonical(rule.Math, $"the assignment rule for '{rule.Variable}'", rule.Location);
        }

        foreach (var reaction in analysis.Model.Reactions)
        {
            if (reaction.KineticLaw is null)
            {
                analysis.Warn($"reaction '{reaction.Id}' has no kinetic law; its rate is taken as 0", reaction.Location, reaction.Id);
                assigned[reaction.Id] = NumberNode.Zero;
                continue;
            }

            assigned[reaction.Id] = canonicalizer.Canonical(
                reaction.KineticLaw.Math, $"the kinetic law of reaction '{reaction.Id}'", reaction.KineticLaw.Location ?? reaction.Location, reaction.Id);
        }

        foreach (var (id, sr) in analysis.SpeciesReferences)
        {
            if (sr.StoichiometryMath is not null)
            {
                assigned[id] = canonicalizer.Canonical(sr.StoichiometryMath, $"the stoichiometry math of '{id}'", sr.Location);
            }
        }
    }

    private void BuildStateRates()
    {
        foreach (var state in analysis.States)
        {
            if (state.Determination == Determination.RateRule && analysis.RateRules.TryGetValue(state.Id, out var rule))
            {
                var rate = canonicalizer.Canonical(rule.Math, $"the rate rule for '{state.Id}'", rule.Location);
                stateRates[state.Id] = state.MathIsConcentration ? ConcentrationRateToAmountRate(state, rate) : rate;
            }
        }

        foreach (var (variable, rule) in analysis.AlgebraicRules)
        {
            // The residual of 0 = f: the row of an equation with zero mass.
            stateRates[variable] = canonicalizer.Canonical(rule.Math, $"the algebraic rule that determines '{variable}'", rule.Location);
        }

        var terms = new Dictionary<string, List<MathNode>>(StringComparer.Ordinal);
        foreach (var reaction in analysis.Model.Reactions.Where(r => !r.Fast))
        {
            AddReactionTerms(reaction, reaction.Reactants, -1, terms);
            AddReactionTerms(reaction, reaction.Products, +1, terms);
        }

        foreach (var state in analysis.States.Where(s => s.Determination == Determination.Reactions))
        {
            stateRates[state.Id] = terms.TryGetValue(state.Id, out var list) ? Sum(list) : NumberNode.Zero;
        }

        if (analysis.HasFastReactions)
        {
            AddFastReactions();
        }
    }

    /// <summary>
    /// Fast reactions (rapid equilibrium) run at a large speed-up relative to everything else:
    /// rate = slowScale · (slow part) + fastScale · (fast part). With slowScale = 0 and time frozen the
    /// same equations relax the fast subsystem to its stable equilibrium (see <see cref="FastReactions"/>).
    /// Algebraic rows are left as they are.
    /// </summary>
    private void AddFastReactions()
    {
        var fastTerms = new Dictionary<string, List<MathNode>>(StringComparer.Ordinal);
        foreach (var reaction in analysis.Model.Reactions.Where(r => r.Fast))
        {
            AddReactionTerms(reaction, reaction.Reactants, -1, fastTerms);
            AddReactionTerms(reaction, reaction.Products, +1, fastTerms);
        }

        var slow = Symbol(FastReactions.SlowScale);
        var fast = Symbol(FastReactions.FastScale);
        foreach (var state in analysis.States.Where(s => s.Determination != Determination.Algebraic))
        {
            var rate = Multiply(slow, stateRates[state.Id]);
            if (fastTerms.TryGetValue(state.Id, out var list))
            {
                rate = Add(rate, Multiply(fast, Sum(list)));
            }

            stateRates[state.Id] = rate;
        }
    }

    private MathNode ConcentrationRateToAmountRate(ModelSymbol species, MathNode concentrationRate)
    {
        // n = c·V  ⇒  n' = V·c' + c·V' = V·c' + (n/V)·V'
        var size = Symbol(species.Compartment!);
        var amount = Symbol(species.Id);
        var compartment = analysis.Symbols[species.Compartment!];
        var dv = compartment.Determination is Determination.Constant or Determination.Discrete
            ? NumberNode.Zero
            : Symbol(Names.Rate(compartment.Id));
        return Add(Multiply(size, concentrationRate), Multiply(Divide(amount, size), dv));
    }

    private void AddReactionTerms(Reaction reaction, ImmutableArray<SpeciesReference> references, int sign, Dictionary<string, List<MathNode>> terms)
    {
        foreach (var sr in references)
        {
            var species = analysis.Symbols[sr.Species];
            if (species.Determination != Determination.Reactions)
            {
                continue;
            }

            var stoichiometry = Stoichiometry(reaction, sr);
            var term = Multiply(Multiply(Number(sign), stoichiometry), Symbol(reaction.Id));
            var factor = analysis.Species[sr.Species].ConversionFactor ?? analysis.Model.ConversionFactor;
            if (factor is not null)
            {
                if (!analysis.Symbols.ContainsKey(factor))
                {
                    throw new ModelValidationException($"species '{sr.Species}' has conversion factor '{factor}', which is not defined", species is null ? null : analysis.Species[sr.Species].Location);
                }

                term = Multiply(term, Symbol(factor));
            }

            if (!terms.TryGetValue(sr.Species, out var list))
            {
                terms[sr.Species] = list = [];
            }

            list.Add(term);
        }
    }

    private MathNode Stoichiometry(Reaction reaction, SpeciesReference sr)
    {
        if (sr.Id is not null)
        {
            return Symbol(sr.Id);
        }

        if (sr.StoichiometryMath is not null)
        {
            return canonicalizer.Canonical(sr.StoichiometryMath, $"the stoichiometry math of '{sr.Species}' in reaction '{reaction.Id}'", sr.Location);
        }

        if (sr.Stoichiometry is { } value)
        {
            return Number(value);
        }

        analysis.Warn($"the stoichiometry of '{sr.Species}' in reaction '{reaction.Id}' is not set; taken as 1", sr.Location, reaction.Id);
        return NumberNode.One;
    }

    private void BuildInitial()
    {
        foreach (var ia in analysis.InitialAssignments.Values)
        {
            var symbol = analysis.Symbols[ia.Symbol];
            var math = canonicalizer.Canonical(ia.Math, $"the initial assignment for '{ia.Symbol}'", ia.Location);
            initial[ia.Symbol] = Canonicalizer.ToStored(symbol, math);
        }

        foreach (var species in analysis.Model.Species)
        {
            var symbol = analysis.Symbols[species.Id];
            if (initial.ContainsKey(species.Id) || symbol.Determination == Determination.Assigned)
            {
                continue;
            }

            if (analysis.HasDeclaredConcentration(species))
            {
                var declared = Symbol(ModelAnalysis.DeclaredConcentrationId(species.Id));
                initial[species.Id] = analysis.Compartments[species.Compartment].SpatialDimensions == 0
                    ? declared
                    : Multiply(declared, Symbol(species.Compartment));
            }
        }
    }
}
