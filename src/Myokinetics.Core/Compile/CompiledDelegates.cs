namespace Myokinetics.Core.Compile;

/// <summary>Writes the rate of every state into <c>output</c> (length = state count).</summary>
public delegate void RatesFunction(double time, double[] states, ModelState model, double[] output);

/// <summary>Writes the non-zero entries of ∂rates/∂states, row-major, into <c>output</c>
/// (length = n²; the caller clears it first).</summary>
public delegate void JacobianFunction(double time, double[] states, ModelState model, double[] output);

/// <summary>Copies <c>states</c> into the stored values and recomputes every assigned value and
/// reaction rate.</summary>
public delegate void UpdateFunction(double time, double[] states, ModelState model);

/// <summary>Computes initial values from declared values, initial assignments and rules.</summary>
public delegate void InitialFunction(double time, ModelState model);

/// <summary>Evaluates every event trigger from up-to-date stored values into <c>output</c>.</summary>
public delegate void TriggersFunction(double time, ModelState model, bool[] output);

/// <summary>Evaluates a set of expressions from up-to-date stored values into <c>output</c>.</summary>
public delegate void ValuesFunction(double time, ModelState model, double[] output);
