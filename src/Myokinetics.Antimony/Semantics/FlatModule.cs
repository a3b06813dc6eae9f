using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;

namespace Myokinetics.Antimony.Semantics;

/// <summary>One model with its submodels imported: every element under its dotted name
/// (<c>A.S</c>), plus the synonyms (<c>x is y</c>, ports) still to be resolved.</summary>
internal sealed class FlatModule(string name, ImmutableArray<string> ports)
{
    public string Name { get; } = name;

    public ImmutableArray<string> Ports { get; } = ports;

    public Dictionary<string, SymbolRecord> Records { get; } = new(StringComparer.Ordinal);

    public List<Sequenced<MathNode>> AlgebraicRules { get; } = [];

    public List<Synonym> Synonyms { get; } = [];

    /// <summary>The names of the submodels (instances), which dotted names start with.</summary>
    public HashSet<string> Submodels { get; } = new(StringComparer.Ordinal);

    /// <summary>Annotations of the model itself (<c>model identity "..."</c>).</summary>
    public SymbolRecord ModelRecord { get; } = new("model", -1, default);

    public int NextReaction { get; set; }

    public int NextEvent { get; set; }
}

/// <summary><c>Alias is Target</c>: both names denote one element.</summary>
internal sealed record Synonym(string Alias, string Target, SourceLocation Location);
