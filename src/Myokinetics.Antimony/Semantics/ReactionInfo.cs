using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;

namespace Myokinetics.Antimony.Semantics;

/// <summary>A reaction as written: participants by name, arrow, rate law.</summary>
internal sealed record ReactionInfo(
    ImmutableArray<ParticipantInfo> Reactants,
    ImmutableArray<ParticipantInfo> Products,
    bool Reversible,
    string? Compartment,
    int Sequence,
    SourceLocation Location);

internal sealed record ParticipantInfo(string Species, double Stoichiometry);

/// <summary>An event as written.</summary>
internal sealed record EventInfo(
    MathNode Trigger,
    MathNode? Delay,
    MathNode? Priority,
    bool? InitialValue,
    bool? Persistent,
    bool? FromTrigger,
    ImmutableArray<(string Variable, MathNode Math)> Assignments,
    int Sequence,
    SourceLocation Location);
