using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>What happens to a model element of an instance when the hierarchy is flattened.</summary>
internal enum FateKind
{
    /// <summary>A <c>comp:deletion</c> removes it (comp V1, Deletion).</summary>
    Deleted,

    /// <summary>An element of an enclosing model replaces it (<c>comp:replacedElement</c>).</summary>
    Replaced,

    /// <summary>It is replaced by an element of one of its own submodels (<c>comp:replacedBy</c>,
    /// comp V1, ReplacedBy), which takes its id.</summary>
    ReplacedBySubmodel,
}

/// <summary>The fate of one element, with what now stands in for it.</summary>
/// <param name="Kind">Deleted or replaced, and how.</param>
/// <param name="Source">The comp element that decided it (for messages).</param>
/// <param name="By">The instance that holds the replacement; for a deleted element, the instance of
/// the element that replaces the deletion (<c>comp:replacedElement comp:deletion</c>), if any.</param>
/// <param name="Replacement">The replacing element, if any.</param>
/// <param name="ConversionFactor">The id, in <paramref name="By"/>, of the parameter the replaced
/// element's value times which gives the replacement's value, or null for 1.</param>
internal sealed record Fate(FateKind Kind, XElement Source, Instance? By = null, XElement? Replacement = null, string? ConversionFactor = null)
{
    /// <summary>Set when more than one element replaces the same deletion: references to the deleted
    /// element are then ambiguous.</summary>
    public bool Ambiguous { get; init; }
}
