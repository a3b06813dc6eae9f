using Myokinetics.Core.Math;

namespace Myokinetics.Core.Model;

/// <summary>A user function: <c>Id(Arguments...) = Body</c>. The body may refer only to its
/// arguments, to other functions and to csymbols.</summary>
public sealed record FunctionDefinition(string Id, ImmutableArray<string> Arguments, MathNode Body) : ModelElement;
