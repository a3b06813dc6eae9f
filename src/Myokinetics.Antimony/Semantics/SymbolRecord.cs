using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Semantics;

/// <summary>
/// Everything the statements of a model say about one name, gathered in any order (Antimony is
/// declarative: "order does not matter"; a later definition replaces an earlier one).
/// </summary>
internal sealed class SymbolRecord(string name, int order, SourceLocation location)
{
    public string Name { get; set; } = name;

    /// <summary>Order of first appearance, which orders the IR's lists.</summary>
    public int Order { get; set; } = order;

    /// <summary>Position of the first statement that defines the name (a value, a rule or a
    /// declaration); null when it is only used. With <see cref="Order"/> (same counter) it orders the
    /// IR's lists, so that text written from a model reads back in the same order.</summary>
    public int? FirstDefinition { get; set; }

    /// <summary>The position that orders the IR's lists: the first definition, else the first use.</summary>
    public int SortKey => FirstDefinition ?? Order;

    /// <summary>Where the name first appeared.</summary>
    public SourceLocation Location { get; set; } = location;

    public SymbolKind Kind { get; set; }

    /// <summary><c>const</c> / <c>$</c> (true) or <c>var</c> (false); null when not said.</summary>
    public bool? Constant { get; set; }

    public bool SubstanceOnly { get; set; }

    public string? Compartment { get; set; }

    /// <summary><c>x = expr</c>: the initial value (or, for a reaction, its rate law).</summary>
    public Sequenced<MathNode>? Value { get; set; }

    public Sequenced<MathNode>? AssignmentRule { get; set; }

    public Sequenced<MathNode>? RateRule { get; set; }

    public string? Units { get; set; }

    public bool AssignedByEvent { get; set; }

    public ReactionInfo? Reaction { get; set; }

    /// <summary>The rate law given after the reaction's ';'.</summary>
    public Sequenced<MathNode>? RateLaw { get; set; }

    public EventInfo? Event { get; set; }

    public string? DisplayName { get; set; }

    public string? SboTerm { get; set; }

    public string? Notes { get; set; }

    public List<CvTerm> CvTerms { get; } = [];

    public string? KineticLawSboTerm { get; set; }

    public List<CvTerm> KineticLawCvTerms { get; } = [];

    /// <summary>A copy with every name (its own and those it refers to) passed through <paramref name="rename"/>.</summary>
    public SymbolRecord CloneRenamed(Func<string, string> rename, int order)
    {
        var copy = new SymbolRecord(rename(Name), order, Location)
        {
            FirstDefinition = FirstDefinition,
            Kind = Kind,
            Constant = Constant,
            SubstanceOnly = SubstanceOnly,
            Compartment = Compartment is null ? null : rename(Compartment),
            Value = RenameMath(Value, rename),
            AssignmentRule = RenameMath(AssignmentRule, rename),
            RateRule = RenameMath(RateRule, rename),
            Units = Units,
            AssignedByEvent = AssignedByEvent,
            Reaction = Reaction is null ? null : Reaction with
            {
                Reactants = Reaction.Reactants.Select(p => p with { Species = rename(p.Species) }).ToImmutableArray(),
                Products = Reaction.Products.Select(p => p with { Species = rename(p.Species) }).ToImmutableArray(),
                Compartment = Reaction.Compartment is null ? null : rename(Reaction.Compartment),
            },
            RateLaw = RenameMath(RateLaw, rename),
            Event = Event is null ? null : Event with
            {
                Trigger = MathRenamer.Rename(Event.Trigger, rename),
                Delay = Event.Delay is null ? null : MathRenamer.Rename(Event.Delay, rename),
                Priority = Event.Priority is null ? null : MathRenamer.Rename(Event.Priority, rename),
                Assignments = Event.Assignments.Select(a => (rename(a.Variable), MathRenamer.Rename(a.Math, rename))).ToImmutableArray(),
            },
            DisplayName = DisplayName,
            SboTerm = SboTerm,
            Notes = Notes,
            KineticLawSboTerm = KineticLawSboTerm,
        };
        copy.CvTerms.AddRange(CvTerms);
        copy.KineticLawCvTerms.AddRange(KineticLawCvTerms);
        return copy;
    }

    /// <summary>Takes from <paramref name="other"/> whatever this record does not say itself.</summary>
    public void AbsorbMissing(SymbolRecord other)
    {
        Order = System.Math.Min(Order, other.Order);
        FirstDefinition = (FirstDefinition, other.FirstDefinition) switch
        {
            (null, var b) => b,
            (var a, null) => a,
            (var a, var b) => System.Math.Min(a!.Value, b!.Value),
        };
        Constant ??= other.Constant;
        SubstanceOnly |= other.SubstanceOnly;
        Compartment ??= other.Compartment;
        Value ??= other.Value;
        if (AssignmentRule is null && RateRule is null)
        {
            AssignmentRule = other.AssignmentRule;
            RateRule = other.RateRule;
        }

        Units ??= other.Units;
        AssignedByEvent |= other.AssignedByEvent;
        Reaction ??= other.Reaction;
        RateLaw ??= other.RateLaw;
        Event ??= other.Event;
        DisplayName ??= other.DisplayName;
        SboTerm ??= other.SboTerm;
        Notes ??= other.Notes;
        KineticLawSboTerm ??= other.KineticLawSboTerm;
        CvTerms.AddRange(other.CvTerms);
        KineticLawCvTerms.AddRange(other.KineticLawCvTerms);
    }

    private static Sequenced<MathNode>? RenameMath(Sequenced<MathNode>? math, Func<string, string> rename) =>
        math is null ? null : math with { Item = MathRenamer.Rename(math.Item, rename) };
}
