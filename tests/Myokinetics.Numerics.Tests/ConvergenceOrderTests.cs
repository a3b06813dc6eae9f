using Myokinetics.Numerics.Integrate;
using Myokinetics.Numerics.Tests.Problems;
using Xunit.Abstractions;

namespace Myokinetics.Numerics.Tests;

/// <summary>
/// Observed orders with fixed steps h, h/2, h/4, h/8 on a nonlinear, coupled right-hand side that
/// depends on time (<see cref="SmoothProblems.Riccati"/>, on [0, 1]), where every elementary
/// differential enters the error: an order drop from a wrong coefficient or a misplaced time
/// argument shows here even when adaptive runs look fine. Observed order = log2(e(h) / e(h/2)).
/// </summary>
public sealed class ConvergenceOrderTests(ITestOutputHelper output)
{
    [Fact]
    public void Dormand_Prince_Converges_With_Order_Five()
    {
        double[] orders = GlobalOrders(IntegratorKind.DormandPrince, SmoothProblems.Riccati(), [10, 20, 40, 80]);

        foreach (double order in orders)
        {
            Assert.InRange(order, 4.7, 5.3);
        }
    }

    [Fact]
    public void Rosenbrock_Converges_With_Order_Four_With_An_Analytic_Time_Derivative()
    {
        double[] orders = GlobalOrders(IntegratorKind.Rosenbrock, SmoothProblems.RiccatiWithTimeDerivative(), [10, 20, 40, 80]);

        foreach (double order in orders)
        {
            Assert.InRange(order, 3.7, 4.3);
        }
    }

    [Fact]
    public void Rosenbrock_Converges_With_Order_Four_With_The_Finite_Difference_Time_Derivative()
    {
        // Smaller steps would reach the √ε error floor of the forward difference in t.
        double[] orders = GlobalOrders(IntegratorKind.Rosenbrock, SmoothProblems.Riccati(), [10, 20, 40]);

        foreach (double order in orders)
        {
            Assert.InRange(order, 3.7, 4.3);
        }
    }

    [Theory]
    [InlineData(IntegratorKind.DormandPrince, 4)]
    [InlineData(IntegratorKind.Rosenbrock, 3)]
    public void Dense_Output_Has_The_Order_Of_The_Continuous_Extension(IntegratorKind kind, int denseOrder)
    {
        // One step of size h from the exact state at t0; the interpolant's local error at t0 + θh is
        // O(h^(p*+1)) for a continuous extension of order p* (4 for DOPRI5's, 3 for RODAS's).
        const double t0 = 0.3;
        foreach (double theta in new[] { 0.3, 0.5, 0.8 })
        {
            double[] h = [0.2, 0.1, 0.05, 0.025];
            var errors = new double[h.Length];
            for (int k = 0; k < h.Length; k++)
            {
                IOdeStepper stepper = Integrators.Create(kind);
                stepper.Initialize(
                    SmoothProblems.RiccatiWithTimeDerivative(), t0, SmoothProblems.RiccatiExact(t0), new IntegratorOptions { FixedStep = h[k] });
                stepper.Step(t0 + h[k]);
                var y = new double[2];
                double t = t0 + theta * h[k];
                stepper.Interpolate(t, y);
                double[] exact = SmoothProblems.RiccatiExact(t);
                errors[k] = Math.Max(Math.Abs(y[0] - exact[0]), Math.Abs(y[1] - exact[1]));
            }

            for (int k = 1; k < h.Length; k++)
            {
                double observed = Math.Log2(errors[k - 1] / errors[k]) - 1;
                output.WriteLine($"{kind} θ = {theta}: h = {h[k]}, local error {errors[k]:E3}, observed dense order {observed:F3}");
                if (k >= 2)
                {
                    Assert.InRange(observed, denseOrder - 0.3, denseOrder + 0.3);
                }
            }
        }
    }

    [Fact]
    public void Rosenbrock_Stability_Function_Approximates_The_Exponential_To_Order_Four_And_Vanishes_At_Infinity()
    {
        // y' = λy, y(0) = 1, one step of size 1 gives R(z) with z = λ. For an order-4 method
        // R(z) − e^z = O(z^5); for a stiffly accurate L-stable method R(−∞) = 0.
        double previous = double.NaN;
        foreach (double z in new[] { -0.4, -0.2, -0.1, -0.05 })
        {
            double r = OneStep(z);
            double error = Math.Abs(r - Math.Exp(z));
            if (!double.IsNaN(previous))
            {
                double observed = Math.Log2(previous / error);
                output.WriteLine($"z = {z}: |R(z) − e^z| = {error:E3}, slope {observed:F3}");
                Assert.InRange(observed, 4.7, 5.3);
            }

            previous = error;
        }

        Assert.True(Math.Abs(OneStep(-1e12)) < 1e-9);
        Assert.True(Math.Abs(OneStep(-1e4)) < 1e-3);
    }

    private static double OneStep(double lambda)
    {
        var system = new DelegateSystem(1, (_, y, f) => f[0] = lambda * y[0], (_, _, j) => j[0] = lambda);
        IOdeStepper stepper = Integrators.Create(IntegratorKind.Rosenbrock);
        stepper.Initialize(system, 0, [1.0], new IntegratorOptions { FixedStep = 1 });
        stepper.Step(1);
        return stepper.State[0];
    }

    private double[] GlobalOrders(IntegratorKind kind, IOdeSystem system, int[] stepCounts)
    {
        const double tEnd = 1;
        var errors = new double[stepCounts.Length];
        for (int k = 0; k < stepCounts.Length; k++)
        {
            IOdeStepper stepper = Integrators.Create(kind);
            stepper.Initialize(system, 0, SmoothProblems.RiccatiInitial, new IntegratorOptions { FixedStep = tEnd / stepCounts[k] });
            int steps = 0;
            while (stepper.Time < tEnd)
            {
                stepper.Step(tEnd);
                steps++;
            }

            Assert.Equal(stepCounts[k], steps);
            double[] exact = SmoothProblems.RiccatiExact(tEnd);
            errors[k] = Math.Max(Math.Abs(stepper.State[0] - exact[0]), Math.Abs(stepper.State[1] - exact[1]));
        }

        var orders = new double[stepCounts.Length - 1];
        for (int k = 1; k < stepCounts.Length; k++)
        {
            orders[k - 1] = Math.Log2(errors[k - 1] / errors[k]);
            output.WriteLine($"{kind}: h = 1/{stepCounts[k]}, error {errors[k]:E3}, observed order {orders[k - 1]:F3}");
        }

        return orders;
    }
}
