using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Antimony;

/// <summary>Antimony text written from a model, with what could not be expressed.</summary>
/// <param name="Text">The Antimony text (LF line ends).</param>
/// <param name="Diagnostics">One entry per construct that was changed or left out (also marked by a
/// comment in the text), in the order written.</param>
public sealed record AntimonyText(string Text, ImmutableArray<Diagnostic> Diagnostics);
