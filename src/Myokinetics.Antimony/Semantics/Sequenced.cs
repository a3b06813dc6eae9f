using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Antimony.Semantics;

/// <summary>A definition with the position of its statement in the file (later statements win).</summary>
internal sealed record Sequenced<T>(T Item, int Sequence, SourceLocation Location);
