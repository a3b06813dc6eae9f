using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Semantics;

// Part of the class: the statements of a model.
internal sealed partial class ModuleBuilder
{
    private void Execute(FlatModule module, Statement statement)
    {
        switch (statement)
        {
            case SubmodelStatement:
                break;
            case StatementGroup g:
                foreach (var inner in g.Statements)
                {
                    Execute(module, inner);
                }

                break;
            case ClearStatement c:
                {
                    var record = Ensure(module, c.Name, c.Location);
                    switch (c.What)
                    {
                        case ClearedDefinition.Value:
                            record.Value = null;
                            record.RateLaw = null;
                            break;
                        case ClearedDefinition.AssignmentRule:
                            record.AssignmentRule = null;
                            break;
                        default:
                            record.RateRule = null;
                            break;
                    }

                    break;
                }

            case DeclarationStatement d:
                Declare(module, d);
                break;
            case ValueStatement v:
                {
                    RegisterSymbols(module, v.Value, v.Location);
                    var record = Ensure(module, v.Name, v.Location);
                    record.Value = Next(v.Value, v.Location);
                    Defined(record);
                    break;
                }

            case AssignmentRuleStatement a:
                SetAssignmentRule(module, Ensure(module, a.Name, a.Location), a.Math, a.Location);
                break;
            case RateRuleStatement r:
                {
                    RegisterSymbols(module, r.Math, r.Location);
                    var record = Ensure(module, r.Name, r.Location);
                    record.RateRule = Next(r.Math, r.Location);
                    record.AssignmentRule = null;
                    Defined(record);
                    break;
                }

            case AlgebraicRuleStatement alg:
                RegisterSymbols(module, alg.Math, alg.Location);
                module.AlgebraicRules.Add(Next(alg.Math, alg.Location));
                if (alg.Id is not null)
                {
                    diagnostics.Add(new Diagnostic(Severity.Info, $"the id '{alg.Id}' of an algebraic rule is not kept (the model IR has none)", alg.Location, alg.Id));
                }

                break;
            case ReactionStatement r:
                AddReaction(module, r);
                break;
            case EventStatement e:
                AddEvent(module, e);
                break;
            case DisplayNameStatement n:
                Target(module, n.Name, n.Location).DisplayName = n.DisplayName;
                break;
            case SynonymStatement s:
                Ensure(module, s.Name, s.Location);
                Ensure(module, s.Target, s.Location);
                module.Synonyms.Add(new Synonym(s.Name, s.Target, s.Location));
                break;
            case HasUnitsStatement h:
                Ensure(module, h.Name, h.Location).Units = h.Units;
                break;
            case AnnotationStatement a:
                {
                    var term = new CvTerm(a.Qualifier, a.Resources);
                    if (IsKineticLaw(a.Name, out var reaction))
                    {
                        Ensure(module, reaction, a.Location).KineticLawCvTerms.Add(term);
                    }
                    else
                    {
                        Target(module, a.Name, a.Location).CvTerms.Add(term);
                    }

                    break;
                }

            case NotesStatement n:
                Target(module, n.Name, n.Location).Notes = Notes.FromText(n.Text);
                break;
            case SboTermStatement s:
                if (IsKineticLaw(s.Name, out var rxn))
                {
                    Ensure(module, rxn, s.Location).KineticLawSboTerm = s.Term;
                }
                else
                {
                    Target(module, s.Name, s.Location).SboTerm = s.Term;
                }

                break;
            case UnitDefinitionStatement u:
                UnitDefinitions.Add(u);
                break;
            default:
                throw new InvalidOperationException($"Unhandled statement {statement.GetType().Name}.");
        }
    }

    private void Declare(FlatModule module, DeclarationStatement d)
    {
        var m = d.Modifiers;
        foreach (var item in d.Items)
        {
            var record = Ensure(module, item.Name, item.Location);
            if (m != DeclarationModifiers.None || item.Boundary || item.Compartment is not null)
            {
                Defined(record);
            }

            if (m.HasFlag(DeclarationModifiers.Species) || m.HasFlag(DeclarationModifiers.SubstanceOnly) || item.Boundary)
            {
                SetKind(record, SymbolKind.Species, item.Location);
            }

            if (m.HasFlag(DeclarationModifiers.Compartment))
            {
                SetKind(record, SymbolKind.Compartment, item.Location);
            }

            if (m.HasFlag(DeclarationModifiers.Formula))
            {
                SetKind(record, SymbolKind.Parameter, item.Location);
            }

            if (m.HasFlag(DeclarationModifiers.Const) || item.Boundary)
            {
                record.Constant = true;
            }

            if (m.HasFlag(DeclarationModifiers.Var))
            {
                record.Constant = false;
            }

            if (m.HasFlag(DeclarationModifiers.SubstanceOnly))
            {
                record.SubstanceOnly = true;
            }

            if (item.Compartment is not null)
            {
                SetKind(Ensure(module, item.Compartment, item.Location), SymbolKind.Compartment, item.Location);
                record.Compartment = item.Compartment;
            }

            if (item.Value is not null)
            {
                RegisterSymbols(module, item.Value, item.Location);
                record.Value = Next(item.Value, item.Location);
                Defined(record);
            }

            if (item.AssignmentRule is not null)
            {
                SetAssignmentRule(module, record, item.AssignmentRule, item.Location);
            }
        }
    }

    private void SetAssignmentRule(FlatModule module, SymbolRecord record, MathNode math, SourceLocation location)
    {
        RegisterSymbols(module, math, location);
        record.AssignmentRule = Next(math, location);
        record.RateRule = null;
        Defined(record);
    }

    private void AddReaction(FlatModule module, ReactionStatement r)
    {
        var id = r.Id ?? FreshName(module, "_J", () => module.NextReaction++);
        var record = Ensure(module, id, r.Location);
        SetKind(record, SymbolKind.Reaction, r.Location);
        if (record.Reaction is not null)
        {
            throw new ModelFormatException(r.Location, $"reaction '{id}' is defined twice (first at line {record.Reaction.Location.Line})");
        }

        ImmutableArray<ParticipantInfo> Side(ImmutableArray<Participant> side)
        {
            var merged = new List<ParticipantInfo>();
            foreach (var p in side)
            {
                var species = Ensure(module, p.Species, p.Location);
                SetKind(species, SymbolKind.Species, p.Location);
                if (p.Boundary)
                {
                    species.Constant = true;
                }

                var at = merged.FindIndex(x => string.Equals(x.Species, p.Species, StringComparison.Ordinal));
                if (at >= 0)
                {
                    merged[at] = merged[at] with { Stoichiometry = merged[at].Stoichiometry + p.Stoichiometry };
                }
                else
                {
                    merged.Add(new ParticipantInfo(p.Species, p.Stoichiometry));
                }
            }

            return [.. merged];
        }

        var reactants = Side(r.Reactants);
        var products = Side(r.Products);
        if (r.Compartment is not null)
        {
            SetKind(Ensure(module, r.Compartment, r.Location), SymbolKind.Compartment, r.Location);
        }

        record.Reaction = new ReactionInfo(reactants, products, r.Reversible, r.Compartment, counter++, r.Location);
        if (r.RateLaw is not null)
        {
            RegisterSymbols(module, r.RateLaw, r.Location);
            record.RateLaw = Next(r.RateLaw, r.Location);
        }
    }

    private void AddEvent(FlatModule module, EventStatement e)
    {
        var id = e.Id ?? FreshName(module, "_E", () => module.NextEvent++);
        var record = Ensure(module, id, e.Location);
        SetKind(record, SymbolKind.Event, e.Location);
        if (record.Event is not null)
        {
            throw new ModelFormatException(e.Location, $"event '{id}' is defined twice (first at line {record.Event.Location.Line})");
        }

        RegisterSymbols(module, e.Trigger, e.Location);
        if (e.Delay is not null)
        {
            RegisterSymbols(module, e.Delay, e.Location);
        }

        if (e.Priority is not null)
        {
            RegisterSymbols(module, e.Priority, e.Location);
        }

        foreach (var a in e.Assignments)
        {
            Ensure(module, a.Variable, a.Location).AssignedByEvent = true;
            RegisterSymbols(module, a.Math, a.Location);
        }

        record.Event = new EventInfo(
            e.Trigger, e.Delay, e.Priority, e.InitialValue, e.Persistent, e.FromTrigger,
            e.Assignments.Select(a => (a.Variable, a.Math)).ToImmutableArray(), counter++, e.Location);
    }

    private static string FreshName(FlatModule module, string prefix, Func<int> next)
    {
        while (true)
        {
            var name = prefix + next().ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!module.Records.ContainsKey(name))
            {
                return name;
            }
        }
    }

    private SymbolRecord Target(FlatModule module, string name, SourceLocation location)
    {
        if (name == "model")
        {
            return module.ModelRecord;
        }

        if (module.Submodels.Contains(name))
        {
            diagnostics.Add(new Diagnostic(Severity.Info, $"annotations of submodel '{name}' are not kept (submodels are flattened)", location, name));
            return new SymbolRecord(name, -1, location);
        }

        return Ensure(module, name, location);
    }

    private static bool IsKineticLaw(string name, out string reaction)
    {
        const string suffix = ".kineticLaw";
        if (name.EndsWith(suffix, StringComparison.Ordinal))
        {
            reaction = name[..^suffix.Length];
            return true;
        }

        reaction = name;
        return false;
    }
}
