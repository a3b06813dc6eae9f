using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Semantics;

/// <summary>
/// Runs the statements of a model (submodels first, then the rest in order, later definitions
/// replacing earlier ones) into a <see cref="FlatModule"/>. A submodel <c>a: M(x)</c> copies every
/// element of <c>M</c> under the name <c>a.element</c> and makes port <c>a.port</c> a synonym of
/// <c>x</c>.
/// </summary>
internal sealed class ModuleBuilder(IReadOnlyDictionary<string, ModuleSyntax> modules, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, FlatModule> built = new(StringComparer.Ordinal);
    private readonly HashSet<string> building = new(StringComparer.Ordinal);
    // One counter orders both first uses and definitions (see SymbolRecord.SortKey).
    private int counter;

    /// <summary>Unit definitions of all models, in order (unit names are global).</summary>
    public List<UnitDefinitionStatement> UnitDefinitions { get; } = [];

    /// <summary>The names of the models built (the main one and those it uses).</summary>
    public IEnumerable<string> BuiltModules => built.Keys;

    public FlatModule Build(string name, SourceLocation usedAt)
    {
        if (built.TryGetValue(name, out var done))
        {
            return done;
        }

        if (!building.Add(name))
        {
            throw new ModelFormatException(usedAt, $"model '{name}' contains itself as a submodel");
        }

        var syntax = modules[name];
        var module = new FlatModule(name, syntax.Ports);
        foreach (var submodel in syntax.Statements.OfType<SubmodelStatement>())
        {
            Import(module, submodel);
        }

        foreach (var statement in syntax.Statements)
        {
            Execute(module, statement);
        }

        foreach (var port in syntax.Ports)
        {
            Ensure(module, port, syntax.Location);
        }

        building.Remove(name);
        built[name] = module;
        return module;
    }

    private void Import(FlatModule module, SubmodelStatement statement)
    {
        var sub = Build(statement.ModuleName, statement.Location);
        if (!module.Submodels.Add(statement.Name) || module.Records.ContainsKey(statement.Name))
        {
            throw new ModelFormatException(statement.Location, $"'{statement.Name}' is already used; a submodel needs a name of its own");
        }

        var prefix = statement.Name + ".";
        module.Submodels.UnionWith(sub.Submodels.Select(Rename));
        string Rename(string n) => prefix + n;

        foreach (var record in sub.Records.Values.OrderBy(r => r.Order))
        {
            var copy = record.CloneRenamed(Rename, counter++);
            module.Records[copy.Name] = copy;
        }

        foreach (var rule in sub.AlgebraicRules)
        {
            module.AlgebraicRules.Add(rule with { Item = MathRenamer.Rename(rule.Item, Rename) });
        }

        foreach (var synonym in sub.Synonyms)
        {
            module.Synonyms.Add(synonym with { Alias = Rename(synonym.Alias), Target = Rename(synonym.Target) });
        }

        if (statement.Arguments.Length > sub.Ports.Length)
        {
            throw new ModelFormatException(statement.Location,
                $"model '{sub.Name}' has {sub.Ports.Length} port(s), but submodel '{statement.Name}' gives {statement.Arguments.Length} argument(s)");
        }

        for (var i = 0; i < statement.Arguments.Length; i++)
        {
            var argument = statement.Arguments[i];
            var port = Ensure(module, Rename(sub.Ports[i]), argument.Location);
            if (argument.Name is not null)
            {
                Ensure(module, argument.Name, argument.Location);
                module.Synonyms.Add(new Synonym(port.Name, argument.Name, argument.Location));
            }
            else if (argument.Value is not null)
            {
                RegisterSymbols(module, argument.Value, argument.Location);
                port.Value = Next(argument.Value, argument.Location);
                Defined(port);
            }
        }
    }

    private void Execute(FlatModule module, Statement statement)
    {
        switch (statement)
        {
            case SubmodelStatement:
                break;
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

    private SymbolRecord Target(FlatModule module, string name, SourceLocation location) =>
        name == "model" ? module.ModelRecord : Ensure(module, name, location);

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

    private void RegisterSymbols(FlatModule module, MathNode math, SourceLocation location)
    {
        foreach (var name in MathRenamer.Symbols(math))
        {
            Ensure(module, name, location);
        }
    }

    private SymbolRecord Ensure(FlatModule module, string name, SourceLocation location)
    {
        if (!module.Records.TryGetValue(name, out var record))
        {
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && !module.Submodels.Contains(name[..dot]))
            {
                throw new ModelFormatException(location,
                    $"'{name}': '{name[..dot]}' is not a submodel (a dotted name refers to an element of a submodel; attributes such as '.charge' are not supported)");
            }

            if (module.Submodels.Contains(name))
            {
                throw new ModelFormatException(location, $"'{name}' is a submodel, not a model element");
            }

            record = new SymbolRecord(name, counter++, location);
            module.Records[name] = record;
        }

        return record;
    }

    private Sequenced<MathNode> Next(MathNode math, SourceLocation location) => new(math, counter++, location);

    private void Defined(SymbolRecord record) => record.FirstDefinition ??= counter++;

    internal static void SetKind(SymbolRecord record, SymbolKind kind, SourceLocation location)
    {
        if (record.Kind == SymbolKind.Unknown)
        {
            record.Kind = kind;
        }
        else if (record.Kind != kind)
        {
            throw new ModelFormatException(location, $"'{record.Name}' is {Describe(record.Kind)}; it cannot also be {Describe(kind)}");
        }
    }

    internal static string Describe(SymbolKind kind) => kind switch
    {
        SymbolKind.Species => "a species",
        SymbolKind.Compartment => "a compartment",
        SymbolKind.Parameter => "a formula (parameter)",
        SymbolKind.Reaction => "a reaction",
        SymbolKind.Event => "an event",
        _ => "undefined",
    };
}
