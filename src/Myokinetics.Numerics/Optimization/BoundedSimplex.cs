using Myokinetics.Numerics.LinearAlgebra;

namespace Myokinetics.Numerics.Optimization;

/// <summary>
/// The working state of one <see cref="SimplexSolver.Solve"/> call: the extended constraint matrix
/// [A | −I(slacks)], the dense tableau B⁻¹[A | −I | diag(σ)] over structural, slack and artificial
/// columns, every variable's bounds and current value, the basis and the reduced costs of the current
/// phase. All loops run in index order, so the result is deterministic.
/// </summary>
internal sealed class BoundedSimplex
{
    private const double StepTolerance = 1e-12;

    /// <summary>In Bland's ratio test, tied rows whose pivot is below this fraction of the largest tied
    /// pivot are not chosen.</summary>
    private const double RelativePivot = 1e-3;

    private readonly SimplexOptions _options;
    private readonly double[] _objective;
    private readonly bool _maximize;
    private readonly int _m;
    private readonly int _n;
    private readonly int _columns;
    private readonly int _total;
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly double[] _tableau;
    private readonly double[] _lower;
    private readonly double[] _upper;
    private readonly double[] _x;
    private readonly double[] _cost;
    private readonly double[] _reduced;
    private readonly int[] _basis;
    private readonly int[] _rowOf;
    private readonly double[] _sign;
    private readonly double[] _column;
    private readonly int[] _nonzero;
    private readonly double _feasibility;
    private readonly int _maxIterations;
    private int _iterations;
    private int _degenerateRun;

    /// <summary>Order-independent hash of the basis: the sum of <see cref="Mix"/>(variable) over the
    /// basic variables, updated in O(1) per pivot.</summary>
    private ulong _basisHash;

    /// <summary>The hashes of the bases met since the last step that made progress.</summary>
    private readonly HashSet<ulong> _degenerateBases = new();

    /// <summary>Whether a basis repeated within the current run of degenerate steps.</summary>
    private bool _cycling;

    /// <summary>The tableau columns pivots update: all of them in phase 1; in phase 2 the artificial
    /// columns (fixed at 0, never entering) are left stale, as the final values come from an LU
    /// factorisation of the original columns.</summary>
    private int _activeColumns;

    public BoundedSimplex(LinearProgram program, SimplexOptions options)
    {
        _options = options;
        _n = program.VariableCount;
        _m = program.ConstraintCount;
        _maximize = program.Sense == OptimizationSense.Maximize;
        _objective = new double[_n];
        for (int j = 0; j < _n; j++)
        {
            _objective[j] = program.ObjectiveCoefficient(j);
        }

        int slacks = 0;
        for (int i = 0; i < _m; i++)
        {
            if (!IsEquality(program, i))
            {
                slacks++;
            }
        }

        _columns = _n + slacks;
        _total = _columns + _m;
        _a = new double[_m * _columns];
        _b = new double[_m];
        _lower = new double[_total];
        _upper = new double[_total];
        _x = new double[_total];
        _cost = new double[_total];
        _reduced = new double[_total];
        _tableau = new double[_m * _total];
        _basis = new int[_m];
        _rowOf = new int[_total];
        _sign = new double[_m];
        _column = new double[_m];
        _nonzero = new int[_total];

        double scale = 1;
        for (int j = 0; j < _n; j++)
        {
            _lower[j] = program.LowerBound(j);
            _upper[j] = program.UpperBound(j);
            scale = Math.Max(scale, FiniteMagnitude(_lower[j], _upper[j]));
        }

        int slack = _n;
        for (int i = 0; i < _m; i++)
        {
            program.ConstraintRow(i).CopyTo(_a.AsSpan(i * _columns, _n));
            double lo = program.ConstraintLower(i);
            double up = program.ConstraintUpper(i);
            scale = Math.Max(scale, FiniteMagnitude(lo, up));
            if (IsEquality(program, i))
            {
                _b[i] = lo;
            }
            else
            {
                _a[i * _columns + slack] = -1;
                _lower[slack] = lo;
                _upper[slack] = up;
                slack++;
            }
        }

        _activeColumns = _total;
        _feasibility = options.FeasibilityTolerance * scale;
        _maxIterations = options.MaxIterations > 0 ? options.MaxIterations : 1000 + 50 * (_m + _columns);
    }

    public LinearProgramResult Run()
    {
        for (int j = 0; j < _columns; j++)
        {
            if (_lower[j] > _upper[j])
            {
                return Infeasible();
            }
        }

        StartPhase1();
        if (Infeasibility() > _feasibility * Math.Max(1, _m))
        {
            var phase1 = Iterate();
            if (phase1 == LinearProgramStatus.IterationLimit)
            {
                return Result(phase1, double.NaN);
            }
        }

        if (Infeasibility() > _feasibility * Math.Max(1, _m))
        {
            return Infeasible();
        }

        DriveOutArtificials();
        StartPhase2();
        var status = Iterate();
        RecomputeBasicValues();
        double objective = status switch
        {
            LinearProgramStatus.Unbounded => _maximize ? double.PositiveInfinity : double.NegativeInfinity,
            _ => ObjectiveAtSolution(),
        };
        return Result(status, objective);
    }

    /// <summary>The sum of the artificial variables: how far the current point is from A·x = b.</summary>
    private double Infeasibility()
    {
        double sum = 0;
        for (int j = _columns; j < _total; j++)
        {
            sum += Math.Max(_x[j], 0);
        }

        return sum;
    }

    private static bool IsEquality(LinearProgram program, int row) => program.ConstraintLower(row) == program.ConstraintUpper(row);

    private static double FiniteMagnitude(double lower, double upper) =>
        Math.Max(double.IsFinite(lower) ? Math.Abs(lower) : 0, double.IsFinite(upper) ? Math.Abs(upper) : 0);

    /// <summary>Puts every structural and slack variable at a finite bound (its lower one when it has
    /// one; free variables at 0) and makes the artificials the basis: row i of the tableau is σ_i·(A_i)
    /// with σ_i the sign of the residual b_i − A_i·x, so each artificial starts at |residual| ≥ 0.
    /// (Starting flux balance problems at v = 0 instead, which is feasible at once, was tried: it puts
    /// the method on the most degenerate vertex there is, where it stalls for very many pivots.)</summary>
    private void StartPhase1()
    {
        for (int j = 0; j < _columns; j++)
        {
            _x[j] = double.IsFinite(_lower[j]) ? _lower[j] : double.IsFinite(_upper[j]) ? _upper[j] : 0;
            _rowOf[j] = -1;
        }

        for (int i = 0; i < _m; i++)
        {
            ReadOnlySpan<double> row = _a.AsSpan(i * _columns, _columns);
            double residual = _b[i];
            for (int j = 0; j < _columns; j++)
            {
                residual -= row[j] * _x[j];
            }

            double sign = residual >= 0 ? 1 : -1;
            _sign[i] = sign;
            Span<double> t = _tableau.AsSpan(i * _total, _total);
            for (int j = 0; j < _columns; j++)
            {
                t[j] = sign * row[j];
            }

            t[_columns + i] = 1;
            int artificial = _columns + i;
            _lower[artificial] = 0;
            _upper[artificial] = double.PositiveInfinity;
            _x[artificial] = Math.Abs(residual);
            _basis[i] = artificial;
            _rowOf[artificial] = i;
            _basisHash += Mix(artificial);
        }

        Array.Clear(_cost);
        for (int j = _columns; j < _total; j++)
        {
            _cost[j] = 1;
        }

        ComputeReducedCosts();
    }

    /// <summary>Pivots each artificial still basic (at value ≈ 0) out on the largest entry of its row
    /// among the other columns; one whose row has no such entry belongs to a redundant constraint and
    /// stays. Then every artificial is fixed at 0.</summary>
    private void DriveOutArtificials()
    {
        for (int r = 0; r < _m; r++)
        {
            if (_basis[r] < _columns)
            {
                continue;
            }

            ReadOnlySpan<double> t = _tableau.AsSpan(r * _total, _total);
            int best = -1;
            double largest = _options.PivotTolerance;
            for (int j = 0; j < _columns; j++)
            {
                if (_rowOf[j] < 0 && Math.Abs(t[j]) > largest)
                {
                    largest = Math.Abs(t[j]);
                    best = j;
                }
            }

            if (best >= 0)
            {
                _x[_basis[r]] = 0;
                Pivot(r, best);
            }
        }

        for (int j = _columns; j < _total; j++)
        {
            _upper[j] = 0;
            _x[j] = 0;
        }

        _activeColumns = _columns;
    }

    private void StartPhase2()
    {
        Array.Clear(_cost);
        double sign = _maximize ? -1 : 1;
        for (int j = 0; j < _n; j++)
        {
            _cost[j] = sign * _objective[j];
        }

        ComputeReducedCosts();
        _degenerateRun = 0;
        _cycling = false;
        _degenerateBases.Clear();
    }

    /// <summary>SplitMix64's finaliser (Steele, Lea &amp; Flood, OOPSLA 2014): a fixed, well-spread
    /// 64-bit value per variable index.</summary>
    private static ulong Mix(int variable)
    {
        ulong z = (ulong)variable + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private void ComputeReducedCosts()
    {
        Array.Copy(_cost, _reduced, _total);
        for (int i = 0; i < _m; i++)
        {
            double cb = _cost[_basis[i]];
            if (cb == 0)
            {
                continue;
            }

            ReadOnlySpan<double> t = _tableau.AsSpan(i * _total, _total);
            for (int j = 0; j < _total; j++)
            {
                _reduced[j] -= cb * t[j];
            }
        }

        for (int i = 0; i < _m; i++)
        {
            _reduced[_basis[i]] = 0;
        }
    }

    /// <summary>Minimises the current phase's costs from the current basis.</summary>
    private LinearProgramStatus Iterate()
    {
        while (true)
        {
            if (_iterations >= _maxIterations)
            {
                return LinearProgramStatus.IterationLimit;
            }

            bool bland = _cycling || _degenerateRun >= _options.DegenerateStepsBeforeBland;
            int entering = ChooseEntering(bland, out int direction);
            if (entering < 0)
            {
                return LinearProgramStatus.Optimal;
            }

            for (int i = 0; i < _m; i++)
            {
                _column[i] = direction * _tableau[i * _total + entering];
            }

            int leavingRow = bland ? RatioTestBland(out double step) : RatioTestHarris(out step);
            double range = direction > 0 ? _upper[entering] - _x[entering] : _x[entering] - _lower[entering];
            if (leavingRow < 0 && double.IsPositiveInfinity(range))
            {
                return LinearProgramStatus.Unbounded;
            }

            _iterations++;
            if (leavingRow < 0 || range <= step)
            {
                step = range;
                MoveBasics(step);
                _x[entering] = direction > 0 ? _upper[entering] : _lower[entering];
            }
            else
            {
                int leaving = _basis[leavingRow];
                bool toLower = _column[leavingRow] > 0;
                MoveBasics(step);
                _x[entering] += direction * step;
                _x[leaving] = toLower ? _lower[leaving] : _upper[leaving];
                Pivot(leavingRow, entering);
            }

            if (step < StepTolerance)
            {
                // A basis seen before within this run of degenerate steps means the pricing rule cycles.
                _degenerateRun++;
                _cycling |= !_degenerateBases.Add(_basisHash);
            }
            else
            {
                _degenerateRun = 0;
                _cycling = false;
                _degenerateBases.Clear();
            }
        }
    }

    /// <summary>A nonbasic variable whose move improves the objective: one with reduced cost below
    /// −tolerance that can increase, or above +tolerance that can decrease. Dantzig: the largest
    /// |reduced cost| (first index on ties); Bland: the first index.</summary>
    private int ChooseEntering(bool bland, out int direction)
    {
        double tolerance = _options.OptimalityTolerance;
        int best = -1;
        double bestScore = 0;
        direction = 0;
        for (int j = 0; j < _total; j++)
        {
            if (_rowOf[j] >= 0 || _lower[j] == _upper[j])
            {
                continue;
            }

            double d = _reduced[j];
            int dir;
            if (d < -tolerance && _x[j] < _upper[j])
            {
                dir = 1;
            }
            else if (d > tolerance && _x[j] > _lower[j])
            {
                dir = -1;
            }
            else
            {
                continue;
            }

            if (bland)
            {
                direction = dir;
                return j;
            }

            if (Math.Abs(d) > bestScore)
            {
                bestScore = Math.Abs(d);
                best = j;
                direction = dir;
            }
        }

        return best;
    }

    /// <summary>How far basic variable of row <paramref name="i"/> may move before reaching the bound it
    /// heads for, as the (clamped non-negative) distance to that bound, or +∞ when it has none.</summary>
    private double Room(int i)
    {
        int v = _basis[i];
        double a = _column[i];
        if (a > 0)
        {
            return double.IsFinite(_lower[v]) ? Math.Max(_x[v] - _lower[v], 0) : double.PositiveInfinity;
        }

        return double.IsFinite(_upper[v]) ? Math.Max(_upper[v] - _x[v], 0) : double.PositiveInfinity;
    }

    /// <summary>Harris's two-pass ratio test: the largest step that keeps every basic variable within
    /// its bounds relaxed by the feasibility tolerance, then, among rows whose exact ratio is within
    /// that step, the one with the largest pivot. Returns −1 when no basic variable limits the step.</summary>
    private int RatioTestHarris(out double step)
    {
        double pivotTolerance = _options.PivotTolerance;
        double relaxed = double.PositiveInfinity;
        for (int i = 0; i < _m; i++)
        {
            double a = Math.Abs(_column[i]);
            if (a <= pivotTolerance)
            {
                continue;
            }

            double room = Room(i);
            if (double.IsFinite(room))
            {
                relaxed = Math.Min(relaxed, (room + _feasibility) / a);
            }
        }

        step = double.PositiveInfinity;
        if (double.IsPositiveInfinity(relaxed))
        {
            return -1;
        }

        int best = -1;
        double largest = 0;
        for (int i = 0; i < _m; i++)
        {
            double a = Math.Abs(_column[i]);
            if (a <= pivotTolerance)
            {
                continue;
            }

            double room = Room(i);
            if (!double.IsFinite(room))
            {
                continue;
            }

            double ratio = room / a;
            if (ratio <= relaxed && a > largest)
            {
                largest = a;
                best = i;
                step = ratio;
            }
        }

        return best;
    }

    /// <summary>The minimum-ratio test with Bland's tie-break: among rows whose ratio is within rounding
    /// (<see cref="StepTolerance"/>) of the smallest, the one whose basic variable has the smallest
    /// index, leaving out pivots below <see cref="RelativePivot"/> times the largest tied one. Near-ties
    /// count as ties because at a degenerate vertex the ratios are zero up to rounding noise; tiny
    /// pivots are passed over because Bland's rule would otherwise take them as readily as large ones,
    /// and one such pivot fills the tableau with huge, inaccurate entries.</summary>
    private int RatioTestBland(out double step)
    {
        double pivotTolerance = _options.PivotTolerance;
        double smallest = double.PositiveInfinity;
        for (int i = 0; i < _m; i++)
        {
            double a = Math.Abs(_column[i]);
            if (a > pivotTolerance)
            {
                smallest = Math.Min(smallest, Room(i) / a);
            }
        }

        step = double.PositiveInfinity;
        if (double.IsPositiveInfinity(smallest))
        {
            return -1;
        }

        double limit = smallest + StepTolerance * Math.Max(1, smallest);
        double largest = 0;
        for (int i = 0; i < _m; i++)
        {
            double a = Math.Abs(_column[i]);
            if (a > pivotTolerance && Room(i) / a <= limit)
            {
                largest = Math.Max(largest, a);
            }
        }

        int best = -1;
        for (int i = 0; i < _m; i++)
        {
            double a = Math.Abs(_column[i]);
            if (a < RelativePivot * largest || a <= pivotTolerance)
            {
                continue;
            }

            double ratio = Room(i) / a;
            if (ratio <= limit && (best < 0 || _basis[i] < _basis[best]))
            {
                best = i;
                step = ratio;
            }
        }

        return best;
    }

    private void MoveBasics(double step)
    {
        if (step == 0)
        {
            return;
        }

        for (int i = 0; i < _m; i++)
        {
            _x[_basis[i]] -= _column[i] * step;
        }
    }

    /// <summary>Makes <paramref name="entering"/> basic in row <paramref name="r"/>: Gauss–Jordan
    /// elimination of its column from the other rows and from the reduced costs, touching only the
    /// pivot row's nonzero columns.</summary>
    private void Pivot(int r, int entering)
    {
        Span<double> pivotRow = _tableau.AsSpan(r * _total, _total);
        double inverse = 1.0 / pivotRow[entering];
        int count = 0;
        for (int k = 0; k < _activeColumns; k++)
        {
            if (pivotRow[k] != 0)
            {
                pivotRow[k] *= inverse;
                _nonzero[count++] = k;
            }
        }

        pivotRow[entering] = 1;
        ReadOnlySpan<int> nonzero = _nonzero.AsSpan(0, count);
        for (int i = 0; i < _m; i++)
        {
            if (i == r)
            {
                continue;
            }

            Span<double> row = _tableau.AsSpan(i * _total, _total);
            double factor = row[entering];
            if (factor == 0)
            {
                continue;
            }

            foreach (int k in nonzero)
            {
                row[k] -= factor * pivotRow[k];
            }

            row[entering] = 0;
        }

        double dj = _reduced[entering];
        if (dj != 0)
        {
            foreach (int k in nonzero)
            {
                _reduced[k] -= dj * pivotRow[k];
            }
        }

        _reduced[entering] = 0;
        _basisHash += Mix(entering) - Mix(_basis[r]);
        _rowOf[_basis[r]] = -1;
        _basis[r] = entering;
        _rowOf[entering] = r;
    }

    /// <summary>Solves B·x_B = b − N·x_N with the original columns (an artificial's column is σ_i·e_i),
    /// removing the rounding the tableau updates accumulated; keeps the tableau's values if B is
    /// numerically singular.</summary>
    private void RecomputeBasicValues()
    {
        if (_m == 0)
        {
            return;
        }

        var matrix = new double[_m * _m];
        for (int k = 0; k < _m; k++)
        {
            int v = _basis[k];
            for (int i = 0; i < _m; i++)
            {
                matrix[i * _m + k] = v < _columns ? _a[i * _columns + v] : (v - _columns == i ? _sign[i] : 0);
            }
        }

        var rhs = new double[_m];
        for (int i = 0; i < _m; i++)
        {
            double value = _b[i];
            ReadOnlySpan<double> row = _a.AsSpan(i * _columns, _columns);
            for (int j = 0; j < _columns; j++)
            {
                if (_rowOf[j] < 0 && row[j] != 0)
                {
                    value -= row[j] * _x[j];
                }
            }

            rhs[i] = value;
        }

        var lu = new DenseLu(_m);
        if (!lu.Factor(matrix))
        {
            return;
        }

        lu.Solve(rhs);
        for (int k = 0; k < _m; k++)
        {
            _x[_basis[k]] = rhs[k];
        }
    }

    private double ObjectiveAtSolution()
    {
        double value = 0;
        for (int j = 0; j < _n; j++)
        {
            value += _objective[j] * _x[j];
        }

        return value;
    }

    private LinearProgramResult Result(LinearProgramStatus status, double objective) =>
        new(status, objective, _x.AsSpan(0, _n).ToImmutableArray(), _iterations);

    private LinearProgramResult Infeasible()
    {
        var nan = new double[_n];
        Array.Fill(nan, double.NaN);
        return new LinearProgramResult(LinearProgramStatus.Infeasible, double.NaN, nan.ToImmutableArray(), _iterations);
    }
}
