namespace Myokinetics.Physiology.Catalog;

/// <summary>A tissue that releases the myokine into the blood.</summary>
/// <param name="Tissue">The tissue, in lower case (e.g. <c>skeletal muscle</c>, <c>liver</c>).</param>
/// <param name="Main">True for the one source the catalogue treats as dominant for the circulating pool
/// in the situation the model cares about (exercise where that is known, else rest); exactly one per entry.</param>
/// <param name="Context">When the tissue releases it: <c>rest</c>, <c>exercise</c> or <c>rest and exercise</c>.</param>
/// <param name="Note">The evidence, with its source and tag.</param>
public sealed record SourceTissue(string Tissue, bool Main, string Context, string Note);
