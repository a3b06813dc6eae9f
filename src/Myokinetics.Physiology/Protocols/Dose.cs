namespace Myokinetics.Physiology.Protocols;

/// <summary>One administration of a drug, as the model sees it: an amount added to a model quantity
/// (a depot or a central compartment) at a time.</summary>
/// <param name="Drug">The drug's name (e.g. <c>testosterone_cypionate</c>), for reports.</param>
/// <param name="Time">When, hours from the start of the simulation.</param>
/// <param name="Target">The model id the amount is added to.</param>
/// <param name="Amount">The amount, in the target's unit.</param>
/// <param name="Description">The protocol text the dose came from, for reports.</param>
public sealed record Dose(string Drug, double Time, string Target, double Amount, string? Description = null);
