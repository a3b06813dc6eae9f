using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Estimation;

/// <summary>One data point: an observable's value at a time in an experiment.</summary>
/// <param name="Experiment">The experiment id (empty for a single experiment).</param>
/// <param name="Time">The time, in the model's time units.</param>
/// <param name="Observable">The model id whose value was measured (as the model's math means it: a
/// species' concentration unless it has only substance units).</param>
/// <param name="Value">The measured value.</param>
/// <param name="StandardDeviation">The measurement's standard deviation, or null when not given (the
/// error model is then estimated).</param>
/// <param name="Location">Where it was read (file and line), for error messages.</param>
public sealed record Measurement(string Experiment, double Time, string Observable, double Value, double? StandardDeviation, SourceLocation Location);
