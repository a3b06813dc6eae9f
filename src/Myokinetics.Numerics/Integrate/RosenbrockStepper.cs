using Myokinetics.Numerics.LinearAlgebra;
using static Myokinetics.Numerics.Integrate.RodasCoefficients;

namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// The stiffly accurate Rosenbrock method RODAS4 ("rodas4") of Hairer &amp; Wanner (Solving ODEs II,
/// Section VI.4; coefficients in <see cref="RodasCoefficients"/>) for M·y' = f(t, y) with a diagonal
/// mass matrix M that may have zero entries (semi-explicit DAEs of index 1): six linearly implicit
/// stages with one LU decomposition of M/(γh) − J per step attempt, the embedded third-order error
/// estimate, the predictive (Gustafsson) step-size controller of rodas.f (step ratio in [0.2, 6],
/// safety 0.9) and the method's continuous extension for <see cref="Interpolate"/>.
/// J comes from <see cref="IOdeSystem.Jacobian"/> when the system has one, otherwise from forward
/// differences with increments √(ε·max(10⁻⁵, |y_j|)); ∂f/∂t comes from <see cref="IOdeTimeDerivative"/>
/// when the system has it, otherwise from a forward difference in t. When the system declares its
/// Jacobian's sparsity (<see cref="IOdeJacobianPattern"/>), the iteration matrix is assembled and
/// factored at the non-zeros only.
/// Both are computed once per step and reused when the step is rejected.
/// </summary>
public sealed class RosenbrockStepper : IOdeStepper
{
    private const double Safety = 0.9;
    private const double MinRatio = 0.2;
    private const double MaxRatio = 6.0;
    private const int MaxSingularRetries = 5;

    private IOdeSystem? _system;
    private IntegratorOptions _options = IntegratorOptions.Default;
    private int _n;
    private double[] _atol = [];
    private double _rtol;
    private double[] _mass = [];
    private bool _hasMass;
    private bool _hasAlgebraic;
    private DenseLu? _lu;
    private int[]? _pattern;
    private int[]? _order;
    private int[] _orderedPattern = [];
    private double[] _ordered = [];

    private double[] _y = [];
    private double[] _yOld = [];
    private double[] _yNew = [];
    private double[] _yStage = [];
    private double[] _f0 = [];
    private double[] _fStage = [];
    private double[] _dfdt = [];
    private double[] _jacobian = [];
    private double[] _matrix = [];
    private double[] _u1 = [];
    private double[] _u2 = [];
    private double[] _u3 = [];
    private double[] _u4 = [];
    private double[] _u5 = [];
    private double[] _u6 = [];
    private double[] _q1 = [];
    private double[] _q2 = [];

    private double _t;
    private double _tOld;
    private double _hNext;
    private double _hLast;
    private double _hAccepted;
    private double _errAccepted;
    private bool _firstStep;
    private bool _lastRejected;
    private bool _haveF0;
    private bool _haveJacobian;
    private long _stepsSinceStart;
    private bool _hasErrorEstimate;

    private long _accepted;
    private long _rejected;
    private long _evaluations;
    private long _jacobians;
    private long _decompositions;

    /// <inheritdoc />
    public string Name => "rodas4";

    /// <inheritdoc />
    public double Time => _t;

    /// <inheritdoc />
    public double PreviousTime => _tOld;

    /// <inheritdoc />
    public ReadOnlySpan<double> State => _y;

    /// <summary>The step size the next step will try (before any cut to a stop time).</summary>
    public double NextStepSize => _hNext;

    /// <summary>The size of the last accepted step (0 before the first).</summary>
    public double LastStepSize => _hLast;

    /// <inheritdoc />
    public IntegratorStatistics Statistics => new(_accepted, _rejected, _evaluations, _jacobians, _decompositions);

    /// <inheritdoc />
    public void Initialize(IOdeSystem system, double t0, ReadOnlySpan<double> y0, IntegratorOptions options)
    {
        Allocate(system, options);
        StepControl.ValidateStart(t0, y0, _n);
        Start(t0, y0, 0);
    }

    /// <summary>Binds the stepper to a system and allocates its work arrays without starting it; a
    /// <see cref="Restart(double, ReadOnlySpan{double}, double)"/> must follow before stepping.</summary>
    internal void Allocate(IOdeSystem system, IntegratorOptions options)
    {
        double[]? mass = StepControl.ValidateSystem(system);
        int n = system.Dimension;
        double[] atol = StepControl.ValidateOptions(options, n);

        _system = system;
        _options = options;
        _n = n;
        _atol = atol;
        _rtol = options.RelativeTolerance;
        _hasMass = mass is not null;
        _hasAlgebraic = StepControl.HasAlgebraicEquations(mass);
        _mass = new double[n];
        if (mass is null)
        {
            Array.Fill(_mass, 1.0);
        }
        else
        {
            Array.Copy(mass, _mass, n);
        }

        _lu = new DenseLu(n);
        _pattern = system.HasJacobian && system is IOdeJacobianPattern { JacobianPattern: { } pattern } ? pattern : null;
        _order = null;
        if (_pattern is not null && n > DenseLu.SmallDimension)
        {
            // Factor P·(M/(γh) − J)·Pᵀ in a fill-reducing order: the factors of a large model's iteration
            // matrix in the states' own order can hold several times the non-zeros (crosstalk model:
            // 1,282 against 247), and every stage's solve visits each of them.
            _order = MinimumDegreeOrdering.Compute(n, _pattern);
            var rank = new int[n];
            for (int k = 0; k < n; k++)
            {
                rank[_order[k]] = k;
            }

            _orderedPattern = new int[_pattern.Length];
            for (int q = 0; q < _pattern.Length; q++)
            {
                _orderedPattern[q] = (rank[_pattern[q] / n] * n) + rank[_pattern[q] % n];
            }

            _ordered = new double[n];
            _lu.UsePattern(_orderedPattern);
        }
        else if (_pattern is not null)
        {
            _orderedPattern = _pattern;
            _lu.UsePattern(_pattern);
        }

        _y = new double[n];
        _yOld = new double[n];
        _yNew = new double[n];
        _yStage = new double[n];
        _f0 = new double[n];
        _fStage = new double[n];
        _dfdt = new double[n];
        _jacobian = new double[n * n];
        _matrix = new double[n * n];
        _u1 = new double[n];
        _u2 = new double[n];
        _u3 = new double[n];
        _u4 = new double[n];
        _u5 = new double[n];
        _u6 = new double[n];
        _q1 = new double[n];
        _q2 = new double[n];
        _accepted = 0;
        _rejected = 0;
        _evaluations = 0;
        _jacobians = 0;
        _decompositions = 0;
    }

    /// <inheritdoc />
    public void Restart(double t, ReadOnlySpan<double> y)
    {
        EnsureInitialized();
        StepControl.ValidateStart(t, y, _n);
        Start(t, y, 0);
    }

    /// <summary>Restarts at (t, y) with a given first step (0 chooses one), e.g. when another method hands over.</summary>
    internal void Restart(double t, ReadOnlySpan<double> y, double firstStep)
    {
        EnsureInitialized();
        StepControl.ValidateStart(t, y, _n);
        Start(t, y, firstStep);
    }

    private void Start(double t, ReadOnlySpan<double> y, double firstStep)
    {
        y.CopyTo(_y);
        y.CopyTo(_yOld);
        _t = t;
        _tOld = t;
        _hLast = 0;
        _hAccepted = 0;
        _errAccepted = 1e-2;
        _firstStep = true;
        _lastRejected = false;
        _haveJacobian = false;
        _stepsSinceStart = 0;
        _hasErrorEstimate = false;
        Array.Clear(_q1);
        Array.Clear(_q2);
        Array.Copy(_y, _yNew, _n);

        EvaluateStartDerivative();
        if (_options.FixedStep > 0)
        {
            _hNext = _options.FixedStep;
        }
        else if (firstStep > 0)
        {
            _hNext = Math.Min(firstStep, _options.MaxStep);
        }
        else if (_options.InitialStep > 0)
        {
            _hNext = Math.Min(_options.InitialStep, _options.MaxStep);
        }
        else
        {
            // The slope y' = f / m of the differential components, into a scratch array.
            for (int i = 0; i < _n; i++)
            {
                _u1[i] = _mass[i] == 0 ? 0 : _f0[i] / _mass[i];
            }

            _hNext = StepControl.InitialStep(
                _system!, t, _y, _u1, _atol, _rtol, _options.MaxStep, 4, _yStage, _fStage, _hasMass ? _mass : null);
            _evaluations++;
        }
    }

    private void EvaluateStartDerivative()
    {
        Evaluate(_t, _y, _f0);
        int bad = StepControl.FirstNonFinite(_f0);
        if (bad >= 0)
        {
            throw StepControl.NonFiniteDerivative(_t, bad, _f0[bad]);
        }

        _haveF0 = true;
    }

    /// <inheritdoc />
    public void Step(double tStop)
    {
        EnsureInitialized();
        StepControl.ValidateStop(tStop, _t);
        if (!_haveF0)
        {
            EvaluateStartDerivative();
        }

        if (!_haveJacobian)
        {
            ComputeJacobianAndTimeDerivative();
        }

        bool fixedStep = _options.FixedStep > 0;
        bool lastNonFinite = false;
        int lastWorst = -1;
        int singularRetries = 0;

        while (true)
        {
            if (_stepsSinceStart >= _options.MaxSteps)
            {
                throw StepControl.TooManySteps(_t, _options.MaxSteps);
            }

            double planned = Math.Min(_hNext, _options.MaxStep);
            var (h, landsOnStop, tooSmall) = StepControl.NextStep(_t, planned, _options.MaxStep, tStop);
            if (tooSmall)
            {
                throw StepControl.StepSizeUnderflow(_t, h, Blame(lastWorst), lastNonFinite);
            }

            _stepsSinceStart++;
            if (!Decompose(h))
            {
                singularRetries++;
                _rejected++;
                _lastRejected = true;
                if (singularRetries > MaxSingularRetries || fixedStep)
                {
                    int pivot = _order is { } order ? order[_lu!.SingularPivot] : _lu!.SingularPivot;
                    throw new IntegratorException(
                        _t,
                        pivot,
                        $"the iteration matrix M/(γh) − J is singular (zero pivot in column {pivot}) for every step size tried down to {StepControl.Format(h)}; " +
                        "an algebraic equation may not determine its variable (DAE of index above 1, or an inconsistent or redundant equation).");
                }

                _hNext = h * 0.5;
                continue;
            }

            singularRetries = 0;
            ComputeStages(h);

            if (fixedStep)
            {
                int bad = StepControl.FirstNonFinite(_yNew);
                if (bad >= 0)
                {
                    throw new IntegratorException(
                        _t, bad, $"component {bad} became NaN or infinite in a fixed step of size {StepControl.Format(h)}.");
                }

                Accept(h, landsOnStop, tStop, _options.FixedStep, planned);
                _hNext = _options.FixedStep;
                return;
            }

            double err = StepControl.ErrorNorm(_u6, _y, _yNew, _atol, _rtol);
            if (!double.IsFinite(err))
            {
                lastNonFinite = true;
                lastWorst = FirstNonFiniteStage();
                _rejected++;
                _lastRejected = true;
                _hNext = h * 0.25;
                continue;
            }

            // x^(1/4) as two square roots: cheaper than pow and correctly rounded at each step.
            double fac = Math.Clamp(Math.Sqrt(Math.Sqrt(err)) / Safety, 1.0 / MaxRatio, 1.0 / MinRatio);
            double hNew = h / fac;
            if (err <= 1.0)
            {
                if (!_firstStep)
                {
                    // Gustafsson's predictive controller, as in rodas.f.
                    double predicted = _hAccepted / h * Math.Sqrt(Math.Sqrt(err * err / _errAccepted)) / Safety;
                    predicted = Math.Clamp(predicted, 1.0 / MaxRatio, 1.0 / MinRatio);
                    fac = Math.Max(fac, predicted);
                    hNew = h / fac;
                }

                _firstStep = false;
                _hAccepted = h;
                _errAccepted = Math.Max(1e-2, err);
                if (_lastRejected)
                {
                    hNew = Math.Min(hNew, h);
                }

                Accept(h, landsOnStop, tStop, hNew, planned);
                return;
            }

            lastNonFinite = false;
            lastWorst = StepControl.WorstComponent(_u6, _y, _yNew, _atol, _rtol);
            _rejected++;
            _lastRejected = true;
            _hNext = _firstStep ? h * 0.1 : hNew;
        }
    }

    // The component to name when the step size underflows: the one that made this call reject a step,
    // or else (no stages computed in this call) the one with the largest error in the last accepted step.
    private int Blame(int rejectedComponent) =>
        rejectedComponent >= 0 ? rejectedComponent
        : _hasErrorEstimate ? StepControl.WorstComponent(_u6, _yOld, _y, _atol, _rtol)
        : -1;

    private void Accept(double h, bool landsOnStop, double tStop, double hNew, double planned)
    {
        _accepted++;
        _hasErrorEstimate = true;
        _hLast = h;
        _tOld = _t;
        _t = landsOnStop ? tStop : _t + h;

        for (int i = 0; i < _n; i++)
        {
            double u1 = _u1[i];
            double u2 = _u2[i];
            double u3 = _u3[i];
            double u4 = _u4[i];
            double u5 = _u5[i];
            _q1[i] = D21 * u1 + D22 * u2 + D23 * u3 + D24 * u4 + D25 * u5;
            _q2[i] = D31 * u1 + D32 * u2 + D33 * u3 + D34 * u4 + D35 * u5;
        }

        (_yOld, _y, _yNew) = (_y, _yNew, _yOld);
        _haveF0 = false;
        _haveJacobian = false;
        _hNext = landsOnStop && !_lastRejected ? Math.Max(hNew, planned) : hNew;
        _lastRejected = false;
    }

    private void ComputeJacobianAndTimeDerivative()
    {
        int n = _n;
        double t = _t;
        double[] y = _y;
        double[] jac = _jacobian;
        if (_system!.HasJacobian)
        {
            _system.Jacobian(t, y, jac);
        }
        else
        {
            ComputeFiniteDifferenceJacobian(t, y, jac);
        }

        _jacobians++;
        int bad = _pattern is null ? StepControl.FirstNonFinite(jac) : FirstNonFiniteAt(jac, _pattern);
        if (bad >= 0)
        {
            int row = bad / n;
            int column = bad % n;
            throw new IntegratorException(
                t, row, $"the Jacobian entry ∂f_{row}/∂y_{column} is {StepControl.Format(jac[bad])} at t = {StepControl.Format(t)}.");
        }

        if (_system is IOdeTimeDerivative analytic)
        {
            analytic.TimeDerivative(t, y, _dfdt);
        }
        else
        {
            // Forward difference in t with Hairer's increment √(ε · max(10⁻⁵, |t|)) (rodas.f).
            double dt = Math.Sqrt(StepControl.Epsilon * Math.Max(1e-5, Math.Abs(t)));
            double tShift = t + dt;
            dt = tShift - t;
            Evaluate(tShift, y, _fStage);
            double inverseDt = 1.0 / dt;
            for (int i = 0; i < n; i++)
            {
                _dfdt[i] = (_fStage[i] - _f0[i]) * inverseDt;
            }
        }

        int badT = StepControl.FirstNonFinite(_dfdt);
        if (badT >= 0)
        {
            throw new IntegratorException(
                t, badT, $"∂f_{badT}/∂t is {StepControl.Format(_dfdt[badT])} at t = {StepControl.Format(t)}.");
        }

        _haveJacobian = true;
    }

    private static int FirstNonFiniteAt(double[] values, int[] positions)
    {
        foreach (int p in positions)
        {
            if (!double.IsFinite(values[p]))
            {
                return p;
            }
        }

        return -1;
    }

    // Forward differences, one column per evaluation: J[i, j] ≈ (f_i(y + δ_j e_j) − f_i(y)) / δ_j with
    // δ_j = √ε · max(|y_j|, atol_j): relative to the component itself, so that components far below
    // 1 in size (concentrations of 1e-13, say) whose equations are nonlinear on their own scale get an
    // accurate column, and never below the absolute tolerance, the size the user declared negligible.
    // When that change is lost in rounding (the whole column comes out zero, or δ_j is zero) the column
    // is redone with Hairer's increment √(ε · max(10⁻⁵, |y_j|)) (rodas.f, radau5.f). The rows of algebraic
    // equations (zero mass) always take Hairer's increment in a second evaluation: a constraint such as
    // y1 + y2 + y3 − 1 = 0 mixes components of very different sizes, so its rounding level is set by the
    // largest term and the small relative increment would be lost in it.
    private void ComputeFiniteDifferenceJacobian(double t, double[] y, double[] jac)
    {
        int n = _n;
        double[] f1 = _fStage;
        double[] f0 = _f0;
        double sqrtEpsilon = Math.Sqrt(StepControl.Epsilon);
        for (int j = 0; j < n; j++)
        {
            double saved = y[j];
            double small = sqrtEpsilon * Math.Max(Math.Abs(saved), _atol[j]);
            double large = Math.Sqrt(StepControl.Epsilon * Math.Max(1e-5, Math.Abs(saved)));
            bool columnDone = false;
            if (small > 0)
            {
                double delta = IncrementAndEvaluate(t, y, j, small, f1);
                double inverse = 1.0 / delta;
                bool allZero = true;
                for (int i = 0; i < n; i++)
                {
                    double v = (f1[i] - f0[i]) * inverse;
                    jac[i * n + j] = v;
                    allZero &= v == 0;
                }

                columnDone = !allZero;
                if (columnDone && (!_hasAlgebraic || large <= small))
                {
                    continue;
                }
            }

            double deltaLarge = IncrementAndEvaluate(t, y, j, large, f1);
            double inverseLarge = 1.0 / deltaLarge;
            for (int i = 0; i < n; i++)
            {
                if (!columnDone || _mass[i] == 0)
                {
                    jac[i * n + j] = (f1[i] - f0[i]) * inverseLarge;
                }
            }
        }
    }

    // Evaluates f(t, y + δ e_j) into f1 and returns the increment actually represented in y_j.
    private double IncrementAndEvaluate(double t, double[] y, int j, double delta, double[] f1)
    {
        double saved = y[j];
        y[j] = saved + delta;
        double represented = y[j] - saved;
        Evaluate(t, y, f1);
        y[j] = saved;
        return represented;
    }

    private bool Decompose(double h)
    {
        int n = _n;
        double[] a = _matrix;
        double[] jac = _jacobian;
        double scale = 1.0 / (Gamma * h);
        if (_pattern is { } source)
        {
            // Only the structural non-zeros: clear what the last factorisation wrote, then fill them in,
            // each at its row and column in the elimination order.
            _lu!.ClearFactors(a);
            int[] target = _orderedPattern;
            for (int q = 0; q < source.Length; q++)
            {
                a[target[q]] = -jac[source[q]];
            }
        }
        else
        {
            for (int i = 0; i < a.Length; i++)
            {
                a[i] = -jac[i];
            }
        }

        int[]? order = _order;
        for (int k = 0; k < n; k++)
        {
            a[k * n + k] += _mass[order is null ? k : order[k]] * scale;
        }

        _decompositions++;
        return _lu!.Factor(a);
    }

    private void ComputeStages(double h)
    {
        double t = _t;
        double[] y = _y;
        double[] m = _mass;
        double[] ys = _yStage;
        double[] fs = _fStage;
        double[] ft = _dfdt;
        double[] u1 = _u1;
        double[] u2 = _u2;
        double[] u3 = _u3;
        double[] u4 = _u4;
        double[] u5 = _u5;
        double[] u6 = _u6;
        double inverseH = 1.0 / h;

        // Stage 1.
        StageSums.Axpy(u1, _f0, h * D1, ft);
        Solve(u1);

        // Stage 2.
        StageSums.Axpy(ys, y, A21, u1);
        Evaluate(t + C2 * h, ys, fs);
        RosenbrockSums.Stage1(u2, fs, h * D2, ft, m, inverseH, C21, u1);
        Solve(u2);

        // Stage 3.
        RosenbrockSums.Argument2(ys, y, A31, u1, A32, u2);
        Evaluate(t + C3 * h, ys, fs);
        RosenbrockSums.Stage2(u3, fs, h * D3, ft, m, inverseH, C31, u1, C32, u2);
        Solve(u3);

        // Stage 4.
        RosenbrockSums.Argument3(ys, y, A41, u1, A42, u2, A43, u3);
        Evaluate(t + C4 * h, ys, fs);
        RosenbrockSums.Stage3(u4, fs, h * D4, ft, m, inverseH, C41, u1, C42, u2, C43, u3);
        Solve(u4);

        // Stage 5 (c5 = 1, d5 = 0).
        double tEnd = t + h;
        RosenbrockSums.Argument4(ys, y, A51, u1, A52, u2, A53, u3, A54, u4);
        Evaluate(tEnd, ys, fs);
        RosenbrockSums.Stage4(u5, fs, m, inverseH, C51, u1, C52, u2, C53, u3, C54, u4);
        Solve(u5);

        // Stage 6 (c6 = 1, d6 = 0): its argument is the embedded third-order solution.
        StageSums.Axpy(ys, ys, 1.0, u5);
        Evaluate(tEnd, ys, fs);
        RosenbrockSums.Stage5(u6, fs, m, inverseH, C61, u1, C62, u2, C63, u3, C64, u4, C65, u5);
        Solve(u6);
        StageSums.Axpy(_yNew, ys, 1.0, u6);
    }

    // Solves (M/(γh) − J)·x = b in place, through the elimination order when there is one.
    private void Solve(double[] b)
    {
        if (_order is not { } order)
        {
            _lu!.Solve(b);
            return;
        }

        double[] x = _ordered;
        for (int k = 0; k < order.Length; k++)
        {
            x[k] = b[order[k]];
        }

        _lu!.Solve(x);
        for (int k = 0; k < order.Length; k++)
        {
            b[order[k]] = x[k];
        }
    }

    /// <inheritdoc />
    public void Interpolate(double t, Span<double> y)
    {
        EnsureInitialized();
        StepControl.ValidateInterpolation(t, _tOld, _t, y, _n);
        if (t == _t)
        {
            _y.CopyTo(y);
            return;
        }

        double theta = _t > _tOld ? (t - _tOld) / (_t - _tOld) : 0;
        double theta1 = 1 - theta;
        for (int i = 0; i < _n; i++)
        {
            y[i] = theta1 * _yOld[i] + theta * (_y[i] + theta1 * (_q1[i] + theta * _q2[i]));
        }
    }

    private int FirstNonFiniteStage()
    {
        foreach (double[] a in (ReadOnlySpan<double[]>)[_u1, _u2, _u3, _u4, _u5, _yStage, _fStage, _u6, _yNew])
        {
            int bad = StepControl.FirstNonFinite(a);
            if (bad >= 0)
            {
                return bad;
            }
        }

        return -1;
    }

    private void Evaluate(double t, double[] y, double[] dydt)
    {
        _system!.Evaluate(t, y, dydt);
        _evaluations++;
    }

    private void EnsureInitialized()
    {
        if (_system is null)
        {
            throw new InvalidOperationException("call Initialize before using the stepper.");
        }
    }
}
