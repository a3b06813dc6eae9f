using Myokinetics.Core.Math;

namespace Myokinetics.Core.Units;

/// <summary>
/// An argument of a user-function call put in place of the parameter in the function's body while
/// the body is checked by inlining: it keeps the argument's expression (for constant folding) and
/// the units already derived for it in the caller's context.
/// </summary>
internal sealed record BoundArgument(MathNode Actual, DerivedUnits Units) : MathNode;
