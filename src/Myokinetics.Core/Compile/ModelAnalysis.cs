using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Compile;

/// <summary>
/// The first compilation step: every symbol of the model classified (how its value is determined,
/// where it is stored) and the model checked for the errors that make it meaningless (duplicate or
/// undefined ids, rules on constants, two rules for one variable).
/// </summary>
internal sealed class ModelAnalysis
{
    private readonly Dictionary<string, ModelSymbol> symbols = new(StringComparer.Ordinal);
    private readonly List<ModelSymbol> values = [];
    private readonly List<ModelSymbol> states = [];
    private readonly List<Diagnostic> diagnostics = [];
    private readonly Dictionary<string, AlgebraicRule> algebraicRules = new(StringComparer.Ordinal);

    private ModelAnalysis(Model.Model model)
    {
        Model = model;
        Compartments = model.Compartments.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Species = new Dictionary<string, Species>(StringComparer.Ordinal);
        foreach (var s in model.Species)
        {
            Species[s.Id] = s;
        }

        AssignmentRules = new Dictionary<string, AssignmentRule>(StringComparer.Ordinal);
        RateRules = new Dictionary<string, RateRule>(StringComparer.Ordinal);
        InitialAssignments = new Dictionary<string, InitialAssignment>(StringComparer.Ordinal);
        SpeciesReferences = new Dictionary<string, SpeciesReference>(StringComparer.Ordinal);
    }

    public Model.Model Model { get; }

    public Dictionary<string, Compartment> Compartments { get; }

    public Dictionary<string, Species> Species { get; }

    public Dictionary<string, AssignmentRule> AssignmentRules { get; }

    public Dictionary<string, RateRule> RateRules { get; }

    public Dictionary<string, InitialAssignment> InitialAssignments { get; }

    /// <summary>Species references that have an id, by id.</summary>
    public Dictionary<string, SpeciesReference> SpeciesReferences { get; }

    public IReadOnlyDictionary<string, ModelSymbol> Symbols => symbols;

    /// <summary>Symbols in value-vector order.</summary>
    public IReadOnlyList<ModelSymbol> Values => values;

    /// <summary>State symbols in state-vector order.</summary>
    public IReadOnlyList<ModelSymbol> States => states;

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Whether some reaction is marked fast.</summary>
    public bool HasFastReactions => Model.Reactions.Any(r => r.Fast);

    /// <summary>The algebraic rule that determines each algebraically determined variable.</summary>
    public IReadOnlyDictionary<string, AlgebraicRule> AlgebraicRules => algebraicRules;

    public static ModelAnalysis Analyze(Model.Model model)
    {
        var analysis = new ModelAnalysis(model);
        analysis.Run();
        return analysis;
    }

    /// <summary>The id under which a reaction's local parameter is stored.</summary>
    public static string LocalId(string reactionId, string parameterId) => $"{reactionId}:{parameterId}";

    /// <summary>The id under which the initial concentration a species declares is stored, so a change
    /// of the species' declared value (a fit, a sensitivity, a population draw) reaches the initial
    /// amount = concentration × compartment size. Ids with ':' cannot clash with SBML ids.</summary>
    public static string DeclaredConcentrationId(string speciesId) => $"{speciesId}:initialConcentration";

    /// <summary>Whether the species' initial amount is computed from a declared initial concentration
    /// (no initial assignment and no assignment rule replaces it).</summary>
    public bool HasDeclaredConcentration(Species species) =>
        species.InitialConcentration is not null
        && !InitialAssignments.ContainsKey(species.Id)
        && !AssignmentRules.ContainsKey(species.Id);

    public void Warn(string message, SourceLocation? location = null, string? element = null) =>
        diagnostics.Add(new Diagnostic(Severity.Warning, message, location, element));

    private void Run()
    {
        CheckIds();
        CollectRules();
        var changedByReactions = SpeciesChangedByReactions();
        MatchAlgebraicRules(changedByReactions);

        foreach (var c in Model.Compartments)
        {
            Add(c.Id, SymbolKind.Compartment, DetermineVariable(c.Id, c.Constant), null, false, c.Units, c.Name);
        }

        foreach (var s in Model.Species)
        {
            if (!Compartments.TryGetValue(s.Compartment, out var compartment))
            {
                throw new ModelValidationException($"species '{s.Id}' is in compartment '{s.Compartment}', which is not defined", s.Location);
            }

            var determination = DetermineVariable(s.Id, s.Constant);
            if (determination is Determination.Discrete or Determination.Constant
                && changedByReactions.Contains(s.Id))
            {
                determination = Determination.Reactions;
            }

            var mathIsConcentration = !s.HasOnlySubstanceUnits && compartment.SpatialDimensions != 0;
            Add(s.Id, SymbolKind.Species, determination, s.Compartment, mathIsConcentration, s.SubstanceUnits, s.Name);
        }

        foreach (var p in Model.Parameters)
        {
            Add(p.Id, SymbolKind.Parameter, DetermineVariable(p.Id, p.Constant), null, false, p.Units, p.Name);
        }

        foreach (var r in Model.Reactions)
        {
            foreach (var sr in r.Reactants.Concat(r.Products))
            {
                if (sr.Id is null)
                {
                    continue;
                }

                var determination = sr.StoichiometryMath is not null ? Determination.Assigned : DetermineVariable(sr.Id, sr.Constant);
                Add(sr.Id, SymbolKind.SpeciesReference, determination, null, false, null, sr.Name);
            }
        }

        foreach (var r in Model.Reactions)
        {
            Add(r.Id, SymbolKind.Reaction, Determination.Assigned, null, false, null, r.Name);
        }

        foreach (var r in Model.Reactions)
        {
            foreach (var lp in r.KineticLaw?.LocalParameters ?? ImmutableArray<Parameter>.Empty)
            {
                Add(LocalId(r.Id, lp.Id), SymbolKind.LocalParameter, Determination.Constant, null, false, lp.Units, lp.Name);
            }
        }

        foreach (var s in Model.Species)
        {
            if (HasDeclaredConcentration(s))
            {
                Add(DeclaredConcentrationId(s.Id), SymbolKind.LocalParameter, Determination.Constant, null, false, null, $"initial concentration of {s.Id} as declared");
            }
        }

        if (HasFastReactions)
        {
            Add(FastReactions.SlowScale, SymbolKind.Parameter, Determination.Constant, null, false, null, "scale of everything but fast reactions");
            Add(FastReactions.FastScale, SymbolKind.Parameter, Determination.Constant, null, false, null, "speed-up of fast reactions");
        }

        CheckTargets();
    }

    private void Add(string id, SymbolKind kind, Determination determination, string? compartment, bool mathIsConcentration, string? units, string? name)
    {
        var isState = determination is Determination.RateRule or Determination.Reactions or Determination.Algebraic;
        var storesConcentration = mathIsConcentration && determination == Determination.Assigned;
        var symbol = new ModelSymbol(
            id, kind, determination, values.Count, isState ? states.Count : -1, compartment, mathIsConcentration, storesConcentration, units, name);
        symbols[id] = symbol;
        values.Add(symbol);
        if (isState)
        {
            states.Add(symbol);
        }
    }

    private void MatchAlgebraicRules(HashSet<string> changedByReactions)
    {
        var rules = Model.Rules.OfType<AlgebraicRule>().ToList();
        if (rules.Count == 0)
        {
            return;
        }

        var eventTargets = Model.Events.SelectMany(e => e.Assignments).Select(a => a.Variable).ToHashSet(StringComparer.Ordinal);
        bool IsFree(string id)
        {
            if (AssignmentRules.ContainsKey(id) || RateRules.ContainsKey(id) || changedByReactions.Contains(id) || eventTargets.Contains(id))
            {
                return false;
            }

            if (Compartments.TryGetValue(id, out var c))
            {
                return !c.Constant;
            }

            if (Species.TryGetValue(id, out var s))
            {
                return !s.Constant;
            }

            if (SpeciesReferences.TryGetValue(id, out var sr))
            {
                return !sr.Constant && sr.StoichiometryMath is null;
            }

            var p = Model.Parameters.FirstOrDefault(x => string.Equals(x.Id, id, StringComparison.Ordinal));
            return p is { Constant: false };
        }

        var order = Model.Compartments.Select(c => c.Id)
            .Concat(Model.Species.Select(x => x.Id))
            .Concat(Model.Parameters.Select(x => x.Id))
            .Concat(SpeciesReferences.Keys)
            .ToList();
        var variables = AlgebraicMatching.Match(rules, order, IsFree, new FunctionInliner(Model.Functions));
        for (var i = 0; i < rules.Count; i++)
        {
            algebraicRules[variables[i]] = rules[i];
        }
    }

    private Determination DetermineVariable(string id, bool constant)
    {
        if (algebraicRules.ContainsKey(id))
        {
            return Determination.Algebraic;
        }

        if (AssignmentRules.ContainsKey(id))
        {
            return Determination.Assigned;
        }

        if (RateRules.ContainsKey(id))
        {
            return Determination.RateRule;
        }

        return constant ? Determination.Constant : Determination.Discrete;
    }

    private void CheckIds()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        void Claim(string? id, string what, SourceLocation? location)
        {
            if (string.IsNullOrEmpty(id))
            {
                return;
            }

            if (seen.TryGetValue(id, out var previous))
            {
                throw new ModelValidationException($"the id '{id}' is used twice: by a {previous} and by a {what}; ids must be unique", location);
            }

            seen[id] = what;
        }

        foreach (var f in Model.Functions)
        {
            Claim(f.Id, "function definition", f.Location);
        }

        foreach (var c in Model.Compartments)
        {
            Claim(c.Id, "compartment", c.Location);
        }

        foreach (var s in Model.Species)
        {
            Claim(s.Id, "species", s.Location);
        }

        foreach (var p in Model.Parameters)
        {
            Claim(p.Id, "parameter", p.Location);
        }

        foreach (var r in Model.Reactions)
        {
            Claim(r.Id, "reaction", r.Location);
            foreach (var sr in r.Reactants.Concat(r.Products))
            {
                Claim(sr.Id, "species reference", sr.Location);
                if (sr.Id is not null)
                {
                    SpeciesReferences[sr.Id] = sr;
                }

                if (!Species.ContainsKey(sr.Species))
                {
                    throw new ModelValidationException($"reaction '{r.Id}' refers to species '{sr.Species}', which is not defined", sr.Location ?? r.Location);
                }
            }

            foreach (var m in r.Modifiers)
            {
                if (!Species.ContainsKey(m.Species))
                {
                    throw new ModelValidationException($"reaction '{r.Id}' has modifier '{m.Species}', which is not a species", m.Location ?? r.Location);
                }
            }
        }

        foreach (var e in Model.Events)
        {
            Claim(e.Id, "event", e.Location);
        }
    }

    private void CollectRules()
    {
        foreach (var rule in Model.Rules)
        {
            switch (rule)
            {
                case AssignmentRule ar:
                    if (AssignmentRules.ContainsKey(ar.Variable) || RateRules.ContainsKey(ar.Variable))
                    {
                        throw new ModelValidationException($"'{ar.Variable}' is the variable of more than one rule", ar.Location);
                    }

                    AssignmentRules[ar.Variable] = ar;
                    break;
                case RateRule rr:
                    if (AssignmentRules.ContainsKey(rr.Variable) || RateRules.ContainsKey(rr.Variable))
                    {
                        throw new ModelValidationException($"'{rr.Variable}' is the variable of more than one rule", rr.Location);
                    }

                    RateRules[rr.Variable] = rr;
                    break;
                default:
                    break;
            }
        }

        foreach (var ia in Model.InitialAssignments)
        {
            if (InitialAssignments.ContainsKey(ia.Symbol))
            {
                throw new ModelValidationException($"'{ia.Symbol}' has more than one initial assignment", ia.Location);
            }

            if (AssignmentRules.ContainsKey(ia.Symbol))
            {
                throw new ModelValidationException($"'{ia.Symbol}' has both an initial assignment and an assignment rule", ia.Location);
            }

            InitialAssignments[ia.Symbol] = ia;
        }
    }

    private HashSet<string> SpeciesChangedByReactions()
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Model.Reactions)
        {
            foreach (var sr in r.Reactants.Concat(r.Products))
            {
                var s = Species[sr.Species];
                if (!s.BoundaryCondition && !s.Constant)
                {
                    if (AssignmentRules.ContainsKey(s.Id) || RateRules.ContainsKey(s.Id))
                    {
                        throw new ModelValidationException(
                            $"species '{s.Id}' is changed by reaction '{r.Id}' and also by a rule; only a boundary species may be both",
                            s.Location);
                    }

                    changed.Add(s.Id);
                }
            }
        }

        return changed;
    }

    private void CheckTargets()
    {
        void Check(string variable, string what, SourceLocation? location, bool allowConstant)
        {
            if (!symbols.TryGetValue(variable, out var symbol) || symbol.Kind is SymbolKind.Reaction or SymbolKind.LocalParameter)
            {
                throw new ModelValidationException($"{what} sets '{variable}', which is not a compartment, species, parameter or species reference", location);
            }

            if (!allowConstant && IsDeclaredConstant(variable))
            {
                throw new ModelValidationException($"{what} changes '{variable}', which is declared constant", location);
            }
        }

        foreach (var ar in AssignmentRules.Values)
        {
            Check(ar.Variable, "an assignment rule", ar.Location, allowConstant: false);
        }

        foreach (var rr in RateRules.Values)
        {
            Check(rr.Variable, "a rate rule", rr.Location, allowConstant: false);
        }

        foreach (var ia in InitialAssignments.Values)
        {
            Check(ia.Symbol, "an initial assignment", ia.Location, allowConstant: true);
        }

        foreach (var e in Model.Events)
        {
            foreach (var ea in e.Assignments)
            {
                Check(ea.Variable, $"event '{e.Id ?? "(unnamed)"}'", ea.Location ?? e.Location, allowConstant: false);
                if (symbols[ea.Variable].Determination == Determination.Assigned)
                {
                    throw new ModelValidationException($"event '{e.Id ?? "(unnamed)"}' sets '{ea.Variable}', which an assignment rule determines", ea.Location ?? e.Location);
                }
            }
        }
    }

    private bool IsDeclaredConstant(string id)
    {
        if (Compartments.TryGetValue(id, out var c))
        {
            return c.Constant;
        }

        if (Species.TryGetValue(id, out var s))
        {
            return s.Constant;
        }

        if (SpeciesReferences.TryGetValue(id, out var sr))
        {
            return sr.Constant;
        }

        var p = Model.Parameters.FirstOrDefault(x => string.Equals(x.Id, id, StringComparison.Ordinal));
        return p?.Constant ?? false;
    }
}
