using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Sbml.Comp;

/// <summary>An annotation on an element the flattener copied into the flat model: where the original
/// element is, so that the reader's messages about the copy point at the file, line and column the
/// user wrote (copies of <see cref="System.Xml.Linq.XElement"/> carry no line information).</summary>
/// <param name="Location">The original element's place, in its own file.</param>
internal sealed record OriginalLocation(SourceLocation Location);
