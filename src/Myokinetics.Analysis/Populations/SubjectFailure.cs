namespace Myokinetics.Analysis.Populations;

/// <summary>A subject whose simulation failed (its values are left out of the summary).</summary>
/// <param name="Subject">The subject number (1-based).</param>
/// <param name="Time">The model time at which the integration stopped.</param>
/// <param name="Message">Why, as the simulator said it.</param>
public sealed record SubjectFailure(long Subject, double Time, string Message);
