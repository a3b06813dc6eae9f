using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>A node of some document with that document's context: where a message about it points.</summary>
internal readonly record struct Located(ReadContext Context, XObject Node)
{
    public ModelFormatException Error(string message) => Context.Error(Node, message);

    public UnsupportedFeatureException Unsupported(string message) =>
        new(CompNames.Feature, $"{Context.At(Node)}: {message}");
}
