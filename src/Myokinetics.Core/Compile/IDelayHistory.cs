namespace Myokinetics.Core.Compile;

/// <summary>The stored past of a simulation, read by compiled <c>delay(x, d)</c> expressions.</summary>
public interface IDelayHistory
{
    /// <summary>The stored value with index <paramref name="valueIndex"/> at the past time <paramref name="time"/>
    /// (its initial value for times before the start).</summary>
    double Value(int valueIndex, double time);

    /// <summary>The time the simulation started; before it, rates are zero and values follow their
    /// initial assignments.</summary>
    double StartTime { get; }
}
