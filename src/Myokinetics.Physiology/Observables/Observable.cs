namespace Myokinetics.Physiology.Observables;

/// <summary>An observable of the crosstalk model (<c>models/crosstalk/observables.yaml</c>).</summary>
/// <param name="Id">The fixed model id (<c>IL6_plasma</c>).</param>
/// <param name="Unit">The unit id declared in the model (<c>pg_per_mL</c>).</param>
/// <param name="UnitLabel">How the unit is written on axes and in tables (<c>pg/mL</c>).</param>
/// <param name="Name">The display name.</param>
/// <param name="Group">The report section (<c>plasma myokine</c>, <c>hormone</c>, …).</param>
/// <param name="Owner">The module that defines it.</param>
public sealed record Observable(string Id, string Unit, string UnitLabel, string Name, string Group, string Owner);
