using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Numerics.Tests.Problems;

/// <summary>
/// Another system with its Jacobian's sparsity declared: the pattern is the set of entries that are
/// non-zero at a probe state, and <see cref="Jacobian"/> writes only those (as the contract allows).
/// </summary>
public sealed class PatternSystem : IOdeSystem, IOdeJacobianPattern
{
    private readonly IOdeSystem inner;
    private readonly double[] full;

    public PatternSystem(IOdeSystem inner, double[] probe)
    {
        this.inner = inner;
        int n = inner.Dimension;
        full = new double[n * n];
        inner.Jacobian(0, probe, full);
        JacobianPattern = Enumerable.Range(0, n * n).Where(p => full[p] != 0).ToArray();
    }

    public int Dimension => inner.Dimension;

    public bool HasJacobian => true;

    public double[]? MassDiagonal => inner.MassDiagonal;

    public int[]? JacobianPattern { get; }

    /// <summary>How many entries outside the pattern were non-zero in any Jacobian asked for.</summary>
    public int OutsidePattern { get; private set; }

    public void Evaluate(double t, double[] y, double[] dydt) => inner.Evaluate(t, y, dydt);

    public void Jacobian(double t, double[] y, double[] dfdy)
    {
        inner.Jacobian(t, y, full);
        var inPattern = new HashSet<int>(JacobianPattern!);
        for (int p = 0; p < full.Length; p++)
        {
            if (inPattern.Contains(p))
            {
                dfdy[p] = full[p];
            }
            else if (full[p] != 0)
            {
                OutsidePattern++;
            }
        }
    }
}
