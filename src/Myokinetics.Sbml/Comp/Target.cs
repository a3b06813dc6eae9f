using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>An element of an instance that a comp reference points to.</summary>
internal readonly record struct Target(Instance Instance, XElement Element)
{
    /// <summary>Whether the element is a <c>comp:submodel</c> (the reference then means the whole submodel).</summary>
    public bool IsSubmodel => CompNames.IsComp(Element) && Element.Name.LocalName == "submodel";

    /// <summary>The instance a submodel target creates.</summary>
    public Instance SubmodelInstance => Instance.ChildrenById[CompNames.Attribute(Element, "id")!];
}
