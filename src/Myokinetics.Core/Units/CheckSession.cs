using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;
using IrModel = Myokinetics.Core.Model.Model;

namespace Myokinetics.Core.Units;

/// <summary>What one run of <see cref="UnitChecker"/> shares between expressions: the registry,
/// the functions, the constants for folding, and the diagnostics found so far.</summary>
internal sealed class CheckSession
{
    private const int MaxListedUndeclared = 10;

    private readonly List<Diagnostic> diagnostics = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<string> undeclared = [];
    private readonly HashSet<string> undeclaredSeen = new(StringComparer.Ordinal);

    public CheckSession(IrModel model, UnitRegistry registry)
    {
        Model = model;
        Registry = registry;
        var functions = new Dictionary<string, FunctionDefinition>(StringComparer.Ordinal);
        foreach (var f in model.Functions)
        {
            functions.TryAdd(f.Id, f);
        }

        Functions = functions;

        var assigned = new HashSet<string>(model.InitialAssignments.Select(a => a.Symbol), StringComparer.Ordinal);
        var globals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in model.Parameters)
        {
            if (p.Constant && p.Value is { } v && !assigned.Contains(p.Id))
            {
                globals.TryAdd(p.Id, v);
            }
        }

        var locals = new Dictionary<(string Reaction, string Id), double>();
        foreach (var r in model.Reactions)
        {
            foreach (var p in r.KineticLaw?.LocalParameters ?? [])
            {
                if (p.Value is { } v)
                {
                    locals.TryAdd((r.Id, p.Id), v);
                }
            }
        }

        Folder = new ConstantFolder(globals, locals);
        foreach (var d in registry.Diagnostics)
        {
            Add(d);
        }
    }

    public IrModel Model { get; }

    public UnitRegistry Registry { get; }

    public IReadOnlyDictionary<string, FunctionDefinition> Functions { get; }

    public ConstantFolder Folder { get; }

    public void Warn(string message, SourceLocation? location, string? element) =>
        Add(new Diagnostic(Severity.Warning, message, location, element));

    /// <summary>Notes a symbol (or the model's time or extent units) whose undeclared units kept an
    /// expression from being checked; listed once, in one Info, by <see cref="Finish"/>.</summary>
    public void MarkUndeclared(string what)
    {
        if (undeclaredSeen.Add(what))
        {
            undeclared.Add(what);
        }
    }

    public ImmutableArray<Diagnostic> Finish()
    {
        if (undeclared.Count > 0)
        {
            var listed = string.Join(", ", undeclared.Take(MaxListedUndeclared));
            var more = undeclared.Count > MaxListedUndeclared ? $" and {undeclared.Count - MaxListedUndeclared} more" : string.Empty;
            diagnostics.Add(new Diagnostic(
                Severity.Info,
                $"units are undeclared for {listed}{more}; expressions using them could not be fully checked"));
        }

        return [.. diagnostics];
    }

    private void Add(Diagnostic diagnostic)
    {
        if (seen.Add($"{diagnostic.Severity}|{diagnostic.Location}|{diagnostic.Element}|{diagnostic.Message}"))
        {
            diagnostics.Add(diagnostic);
        }
    }
}
