using Myokinetics.Core.Math;

namespace Myokinetics.Core.Model;

/// <summary>A rule: an equation that holds at all times.</summary>
public abstract record Rule(MathNode Math) : ModelElement;

/// <summary><c>Variable = Math</c> at all times (Antimony <c>x := ...</c>).</summary>
public sealed record AssignmentRule(string Variable, MathNode Math) : Rule(Math);

/// <summary><c>d Variable / dt = Math</c> (Antimony <c>x' = ...</c>).</summary>
public sealed record RateRule(string Variable, MathNode Math) : Rule(Math);

/// <summary><c>0 = Math</c>: a constraint that determines a variable no other equation determines.</summary>
public sealed record AlgebraicRule(MathNode Math) : Rule(Math);
