using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;

namespace Myokinetics.Antimony.Semantics;

/// <summary>
/// Runs the statements of a model (submodels first, then the rest in order, later definitions
/// replacing earlier ones) into a <see cref="FlatModule"/>. A submodel <c>a: M(x)</c> copies every
/// element of <c>M</c> under the name <c>a.element</c> and makes port <c>a.port</c> a synonym of
/// <c>x</c>.
/// </summary>
internal sealed partial class ModuleBuilder(IReadOnlyDictionary<string, ModuleSyntax> modules, List<Diagnostic> diagnostics)
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
        var submodels = syntax.Statements.OfType<SubmodelStatement>().ToList();
        foreach (var submodel in submodels)
        {
            if (!module.Submodels.Add(submodel.Name))
            {
                throw new ModelFormatException(submodel.Location, $"there is already a submodel called '{submodel.Name}'");
            }
        }

        foreach (var submodel in submodels)
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

    /// <summary>Runs statements that were written outside the model into <paramref name="module"/>
    /// (the annotations of functions).</summary>
    public void ExecuteInto(FlatModule module, IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            Execute(module, statement);
        }
    }

    private void Import(FlatModule module, SubmodelStatement statement)
    {
        var sub = Build(statement.ModuleName, statement.Location);
        if (module.Records.ContainsKey(statement.Name))
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
