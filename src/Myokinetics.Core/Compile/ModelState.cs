namespace Myokinetics.Core.Compile;

/// <summary>
/// The mutable state of one simulation of a <see cref="CompiledModel"/>: every stored value (in the
/// compiled model's value order) and the ODE state vector. Create one per simulation or per thread
/// with <see cref="CompiledModel.CreateState"/>; the compiled model itself is immutable and shared.
/// </summary>
public sealed class ModelState
{
    internal ModelState(double[] values, int stateCount, int scratchSize = 0, int invariantSize = 0)
    {
        Values = values;
        States = new double[stateCount];
        Scratch = new double[scratchSize];
        Invariants = new double[invariantSize];
        RateBuffer = scratchSize > 0 ? new double[stateCount] : [];
    }

    /// <summary>Where the update of a model compiled in parts has the rates function write the rates
    /// it does not need (it runs that function for the quantities it leaves in <see cref="Scratch"/>).</summary>
    internal double[] RateBuffer { get; }

    /// <summary>Subexpressions of the compiled functions that depend on stored values only (Kⁿ of a
    /// Hill term, say), with the stored values they were computed from; each function recomputes its
    /// own when those values changed. Working storage of the compiled code, no meaning outside it.</summary>
    public double[] Invariants { get; }

    /// <summary>Working storage of the compiled code of large models (intermediate values passed
    /// between the parts of a split function); no meaning outside one call.</summary>
    public double[] Scratch { get; }

    /// <summary>Stored values: species amounts (or concentrations for rule-assigned concentration
    /// species), compartment sizes, parameters, stoichiometries, reaction rates, local parameters.</summary>
    public double[] Values { get; }

    /// <summary>The ODE state vector.</summary>
    public double[] States { get; }

    /// <summary>The past of the simulation, for models that use the delay csymbol; null otherwise.</summary>
    public IDelayHistory? History { get; set; }
}
