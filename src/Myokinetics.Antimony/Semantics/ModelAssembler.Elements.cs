using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Semantics;

// Part of the class: the IR elements, one kind at a time.
internal sealed partial class ModelAssembler
{
    private ImmutableArray<FunctionDefinition> BuildFunctions(List<SymbolRecord> records)
    {
        var result = ImmutableArray.CreateBuilder<FunctionDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in functionStatements)
        {
            if (!seen.Add(f.Name))
            {
                throw new ModelFormatException(f.Location, $"function '{f.Name}' is defined twice");
            }

            var definition = new FunctionDefinition(f.Name, f.Parameters, f.Body) { Location = f.Location };
            result.Add(Annotate(definition, TakeAnnotationOnly(records, f.Name)));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<UnitDefinition> BuildUnitDefinitions(List<SymbolRecord> records)
    {
        var converted = new Dictionary<string, ImmutableArray<Unit>>(StringComparer.Ordinal);
        var order = new List<UnitDefinitionStatement>();
        foreach (var u in unitStatements)
        {
            converted[u.Id] = UnitExpressions.Convert(u.Id, u.Definition, converted, u.Location);
            order.RemoveAll(x => string.Equals(x.Id, u.Id, StringComparison.Ordinal));
            order.Add(u);
        }

        return order
            .Select(u => Annotate(new UnitDefinition(u.Id, converted[u.Id]) { Location = u.Location }, TakeAnnotationOnly(records, u.Id)))
            .ToImmutableArray();
    }

    // A name that only carries annotations (a display name, CV terms, ...) and names a function or
    // unit is that function's or unit's annotation, not a parameter.
    private static SymbolRecord? TakeAnnotationOnly(List<SymbolRecord> records, string name)
    {
        var index = records.FindIndex(r => string.Equals(r.Name, name, StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var r = records[index];
        if (r.Kind != SymbolKind.Unknown || r.Value is not null || r.AssignmentRule is not null || r.RateRule is not null
            || r.Compartment is not null || r.AssignedByEvent)
        {
            return null;
        }

        records.RemoveAt(index);
        return r;
    }

    private Compartment BuildCompartment(SymbolRecord r)
    {
        var number = r.Value?.Item as NumberNode;
        var constant = r.Constant ?? !(r.AssignmentRule is not null || r.RateRule is not null || r.AssignedByEvent);
        if (r.Compartment is not null)
        {
            diagnostics.Add(new Diagnostic(Severity.Info, $"compartment '{r.Name}' is placed in '{r.Compartment}'; nesting of compartments is not kept", r.Location, r.Name));
        }

        return Annotate(new Compartment(r.Name, 3, number?.Value, r.Units ?? number?.Units, constant) { Location = r.Location }, r);
    }

    private static Species BuildSpecies(SymbolRecord r, string compartment)
    {
        var number = r.Value?.Item as NumberNode;
        var boundary = r.Constant ?? (r.AssignmentRule is not null || r.RateRule is not null);
        var species = new Species(
            r.Name,
            compartment,
            r.SubstanceOnly ? number?.Value : null,
            r.SubstanceOnly ? null : number?.Value,
            r.Units ?? number?.Units,
            r.SubstanceOnly,
            boundary,
            false,
            null)
        { Location = r.Location };
        return Annotate(species, r);
    }

    private Parameter BuildParameter(SymbolRecord r)
    {
        var number = r.Value?.Item as NumberNode;
        var constant = r.Constant ?? !(r.AssignmentRule is not null || r.RateRule is not null || r.AssignedByEvent);
        return Annotate(new Parameter(r.Name, number?.Value, r.Units ?? number?.Units, constant) { Location = r.Location }, r);
    }

    private static Reaction BuildReaction(SymbolRecord r, HashSet<string> speciesNames)
    {
        var info = r.Reaction!;

        // "J0 = rate" and the rate after the reaction's ';' are two ways to say one thing; the later wins.
        var rate = (r.RateLaw, r.Value) switch
        {
            (null, null) => null,
            (var a, null) => a,
            (null, var b) => b,
            (var a, var b) => a!.Sequence > b!.Sequence ? a : b,
        };

        var modifiers = ImmutableArray<ModifierReference>.Empty;
        KineticLaw? law = null;
        if (rate is not null)
        {
            var participants = info.Reactants.Concat(info.Products).Select(p => p.Species).ToHashSet(StringComparer.Ordinal);
            modifiers = MathRenamer.Symbols(rate.Item)
                .Where(s => speciesNames.Contains(s) && !participants.Contains(s))
                .Select(s => new ModifierReference(s))
                .ToImmutableArray();
            law = new KineticLaw(rate.Item, ImmutableArray<Parameter>.Empty)
            {
                SboTerm = r.KineticLawSboTerm,
                CvTerms = [.. r.KineticLawCvTerms],
                Location = rate.Location,
            };
        }

        static SpeciesReference Reference(ParticipantInfo p) => new(p.Species, p.Stoichiometry, true);
        var reaction = new Reaction(
            r.Name,
            info.Reactants.Select(Reference).ToImmutableArray(),
            info.Products.Select(Reference).ToImmutableArray(),
            modifiers,
            law,
            info.Reversible,
            false,
            info.Compartment)
        { Location = info.Location };
        return Annotate(reaction, r);
    }

    private Event BuildEvent(SymbolRecord r)
    {
        var e = r.Event!;
        var ev = new Event(
            r.Name,
            new Trigger(e.Trigger, e.InitialValue ?? true, e.Persistent ?? true),
            e.Delay,
            e.Priority,
            e.FromTrigger ?? true,
            e.Assignments.Select(a => new EventAssignment(a.Variable, a.Math)).ToImmutableArray())
        { Location = e.Location };
        return Annotate(ev, r);
    }
}
