using System.Globalization;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Makes the variables that algebraic rules determine consistent with their rules (0 = f) by
/// Newton's method, holding the differential states fixed: at the start and after events. Uses the
/// analytic Jacobian when there is one, else finite differences; tries a few starting guesses when
/// a variable has no usable initial value.
/// </summary>
internal static class AlgebraicSolver
{
    private const int MaxIterations = 100;

    public static void MakeConsistent(CompiledModel model, ModelState state, double time)
    {
        var mass = model.MassDiagonal;
        if (mass is null)
        {
            return;
        }

        var algebraic = Enumerable.Range(0, mass.Length).Where(i => mass[i] == 0).ToArray();
        var y = state.States;
        var start = algebraic.Select(i => y[i]).ToArray();
        double[][] guesses = [start, Fill(start, 1.0), Fill(start, 0.0), Fill(start, 0.5), Fill(start, 10.0)];
        foreach (var guess in guesses)
        {
            for (var k = 0; k < algebraic.Length; k++)
            {
                y[algebraic[k]] = guess[k];
            }

            if (Newton(model, state, time, algebraic))
            {
                return;
            }
        }

        var names = string.Join(", ", algebraic.Select(i => model.States[i].Id));
        throw new SimulationException(
            string.Create(CultureInfo.InvariantCulture, $"at t = {time:G10} no values of {names} satisfy the algebraic rules (Newton's method did not converge from several starting guesses)"),
            time,
            model.States[algebraic[0]].Id);
    }

    private static double[] Fill(double[] start, double value) =>
        start.Select(v => double.IsFinite(v) && v != 0 ? v : value).ToArray();

    private static bool Newton(CompiledModel model, ModelState state, double time, int[] algebraic)
    {
        var n = model.States.Length;
        var m = algebraic.Length;
        var y = state.States;
        var f = new double[n];
        var jacobian = new double[n * n];
        var a = new double[m * m];
        var r = new double[m];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            model.Update(time, y, state);
            model.Rates(time, y, state, f);
            var norm = 0.0;
            for (var k = 0; k < m; k++)
            {
                r[k] = f[algebraic[k]];
                norm = System.Math.Max(norm, System.Math.Abs(r[k]));
            }

            if (double.IsNaN(norm))
            {
                return false;
            }

            var scale = algebraic.Select(i => System.Math.Abs(y[i])).DefaultIfEmpty(0).Max();
            if (norm <= 1e-13 * System.Math.Max(1.0, scale))
            {
                return true;
            }

            Jacobian(model, state, time, y, f, jacobian);
            for (var p = 0; p < m; p++)
            {
                for (var q = 0; q < m; q++)
                {
                    a[(p * m) + q] = jacobian[(algebraic[p] * n) + algebraic[q]];
                }
            }

            if (!Solve(a, r, m))
            {
                return false;
            }

            var change = 0.0;
            for (var k = 0; k < m; k++)
            {
                y[algebraic[k]] -= r[k];
                change = System.Math.Max(change, System.Math.Abs(r[k]) / System.Math.Max(1.0, System.Math.Abs(y[algebraic[k]])));
            }

            if (change < 1e-15)
            {
                model.Update(time, y, state);
                model.Rates(time, y, state, f);
                return algebraic.All(i => System.Math.Abs(f[i]) <= 1e-9 * System.Math.Max(1.0, System.Math.Abs(y[i])));
            }
        }

        return false;
    }

    private static void Jacobian(CompiledModel model, ModelState state, double time, double[] y, double[] f, double[] jacobian)
    {
        var n = y.Length;
        if (model.HasJacobian)
        {
            Array.Clear(jacobian);
            model.Jacobian!(time, y, state, jacobian);
            return;
        }

        var shifted = new double[n];
        for (var j = 0; j < n; j++)
        {
            var saved = y[j];
            var h = 1e-7 * System.Math.Max(1.0, System.Math.Abs(saved));
            y[j] = saved + h;
            model.Update(time, y, state);
            model.Rates(time, y, state, shifted);
            y[j] = saved;
            for (var i = 0; i < n; i++)
            {
                jacobian[(i * n) + j] = (shifted[i] - f[i]) / h;
            }
        }

        model.Update(time, y, state);
    }

    /// <summary>Solves a·x = b in place (b becomes x) by Gaussian elimination with partial pivoting.</summary>
    private static bool Solve(double[] a, double[] b, int m)
    {
        for (var col = 0; col < m; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < m; row++)
            {
                if (System.Math.Abs(a[(row * m) + col]) > System.Math.Abs(a[(pivot * m) + col]))
                {
                    pivot = row;
                }
            }

            if (a[(pivot * m) + col] == 0 || !double.IsFinite(a[(pivot * m) + col]))
            {
                return false;
            }

            if (pivot != col)
            {
                for (var k = 0; k < m; k++)
                {
                    (a[(col * m) + k], a[(pivot * m) + k]) = (a[(pivot * m) + k], a[(col * m) + k]);
                }

                (b[col], b[pivot]) = (b[pivot], b[col]);
            }

            for (var row = col + 1; row < m; row++)
            {
                var factor = a[(row * m) + col] / a[(col * m) + col];
                for (var k = col; k < m; k++)
                {
                    a[(row * m) + k] -= factor * a[(col * m) + k];
                }

                b[row] -= factor * b[col];
            }
        }

        for (var row = m - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var k = row + 1; k < m; k++)
            {
                sum -= a[(row * m) + k] * b[k];
            }

            b[row] = sum / a[(row * m) + row];
        }

        return true;
    }
}
