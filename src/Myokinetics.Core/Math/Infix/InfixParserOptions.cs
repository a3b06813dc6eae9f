namespace Myokinetics.Core.Math.Infix;

/// <summary>Options of <see cref="InfixParser"/>.</summary>
/// <param name="ReservedWords">Names that end a formula instead of being read as a unit after a
/// number or as a symbol (a model language's keywords such as Antimony's <c>after</c> or
/// <c>in</c>). <c>and</c>, <c>or</c>, <c>not</c> (and <c>AND</c>, <c>OR</c>) are always reserved.
/// Empty by default.</param>
public sealed record InfixParserOptions(ImmutableHashSet<string> ReservedWords)
{
    /// <summary>No extra reserved words.</summary>
    public static readonly InfixParserOptions Default = new(ImmutableHashSet<string>.Empty);
}
