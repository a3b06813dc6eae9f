using static Myokinetics.Numerics.Integrate.DormandPrinceCoefficients;

namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// The explicit Dormand–Prince 5(4) method ("dopri5") as in Hairer, Nørsett &amp; Wanner, Solving
/// Ordinary Differential Equations I, Section II.5 and their code DOPRI5: seven stages with the last
/// reused as the first of the next step (FSAL), the fifth-order solution propagated, a PI step-size
/// controller (β = 0.04, safety 0.9, step ratio in [0.2, 10]), Hairer's automatic initial step, the
/// fourth-order continuous extension of Shampine for <see cref="Interpolate"/>, and Hairer's stiffness
/// test (Solving ODEs II, Section IV.2; dopri5.f): an estimate of h·|λ| for the dominant eigenvalue
/// from the two stages at t + h, and <see cref="StiffnessDetected"/> once it exceeded the threshold on
/// 15 accepted steps without 6 consecutive steps below it. The threshold is 2.5 instead of Hairer's
/// 3.25: with this controller a stability-limited step on the negative real axis settles at
/// h·|λ| ≈ 2.7 for rtol = 1e-6 (measured on y' = −1000·(y − cos t)), which 3.25 never catches, while
/// non-stiff test problems stay below 2.5 except for isolated steps at rtol ≥ 1e-2.
/// A diagonal mass matrix with non-zero entries is accepted (y' = f / m); zero entries are not.
/// </summary>
public sealed class DormandPrinceStepper : IOdeStepper
{
    private const double Safety = 0.9;
    private const double Beta = 0.04;
    private const double Exponent = 0.2 - Beta * 0.75;
    private const double MaxDecrease = 5.0; // h_new >= h / 5
    private const double MaxIncrease = 10.0; // h_new <= 10 h
    private const double StiffnessThreshold = 2.5;
    private const int StiffStepsToDetect = 15;
    private const int NonStiffStepsToClear = 6;

    private IOdeSystem? _system;
    private IntegratorOptions _options = IntegratorOptions.Default;
    private int _n;
    private double[] _atol = [];
    private double _rtol;
    private double[]? _inverseMass;

    private double[] _y = [];
    private double[] _yOld = [];
    private double[] _yNew = [];
    private double[] _yStage = [];
    private double[] _k1 = [];
    private double[] _k2 = [];
    private double[] _k3 = [];
    private double[] _k4 = [];
    private double[] _k5 = [];
    private double[] _k6 = [];
    private double[] _k7 = [];
    private double[] _err = [];
    private double[] _cont1 = [];
    private double[] _cont2 = [];
    private double[] _cont3 = [];
    private double[] _cont4 = [];
    private double[] _cont5 = [];

    private double _t;
    private double _tOld;
    private double _hNext;
    private double _hLast;
    private double _errOld;
    private bool _lastRejected;
    private long _stepsSinceStart;
    private bool _hasErrorEstimate;
    private int _stiffCount;
    private int _nonStiffCount;

    private long _accepted;
    private long _rejected;
    private long _evaluations;

    /// <inheritdoc />
    public string Name => "dopri5";

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

    /// <summary>True once the stiffness test has fired (h·|λ| above 2.5 on 15 accepted steps without
    /// 6 consecutive steps below it); false again after <see cref="Restart"/>.</summary>
    public bool StiffnessDetected { get; private set; }

    /// <summary>The last estimate of h·|λ| for the dominant eigenvalue λ of the Jacobian (0 when not yet known).
    /// Values between about 2.5 and 3.3 on step after step mean the step is limited by stability, not accuracy.</summary>
    public double StiffnessEstimate { get; private set; }

    /// <inheritdoc />
    public IntegratorStatistics Statistics => new(_accepted, _rejected, _evaluations, 0, 0);

    /// <inheritdoc />
    public void Initialize(IOdeSystem system, double t0, ReadOnlySpan<double> y0, IntegratorOptions options)
    {
        double[]? mass = StepControl.ValidateSystem(system);
        int n = system.Dimension;
        double[] atol = StepControl.ValidateOptions(options, n);
        StepControl.ValidateStart(t0, y0, n);
        if (StepControl.HasAlgebraicEquations(mass))
        {
            throw new ArgumentException(
                "the mass matrix has zero entries (algebraic equations); Dormand–Prince integrates ODEs only — use the Rosenbrock (or auto) integrator.",
                nameof(system));
        }

        _system = system;
        _options = options;
        _n = n;
        _atol = atol;
        _rtol = options.RelativeTolerance;
        _inverseMass = null;
        if (mass is not null)
        {
            _inverseMass = new double[n];
            for (int i = 0; i < n; i++)
            {
                _inverseMass[i] = 1.0 / mass[i];
            }
        }

        _y = new double[n];
        _yOld = new double[n];
        _yNew = new double[n];
        _yStage = new double[n];
        _k1 = new double[n];
        _k2 = new double[n];
        _k3 = new double[n];
        _k4 = new double[n];
        _k5 = new double[n];
        _k6 = new double[n];
        _k7 = new double[n];
        _err = new double[n];
        _cont1 = new double[n];
        _cont2 = new double[n];
        _cont3 = new double[n];
        _cont4 = new double[n];
        _cont5 = new double[n];
        _accepted = 0;
        _rejected = 0;
        _evaluations = 0;
        Start(t0, y0);
    }

    /// <inheritdoc />
    public void Restart(double t, ReadOnlySpan<double> y)
    {
        EnsureInitialized();
        StepControl.ValidateStart(t, y, _n);
        Start(t, y);
    }

    private void Start(double t, ReadOnlySpan<double> y)
    {
        y.CopyTo(_y);
        y.CopyTo(_yOld);
        _t = t;
        _tOld = t;
        _hLast = 0;
        _errOld = 1e-4;
        _lastRejected = false;
        _stepsSinceStart = 0;
        _hasErrorEstimate = false;
        _stiffCount = 0;
        _nonStiffCount = 0;
        StiffnessDetected = false;
        StiffnessEstimate = 0;

        Evaluate(t, _y, _k1);
        int bad = StepControl.FirstNonFinite(_k1);
        if (bad >= 0)
        {
            throw StepControl.NonFiniteDerivative(t, bad, _k1[bad]);
        }

        PrepareConstantDenseOutput();
        if (_options.FixedStep > 0)
        {
            _hNext = _options.FixedStep;
        }
        else if (_options.InitialStep > 0)
        {
            _hNext = Math.Min(_options.InitialStep, _options.MaxStep);
        }
        else
        {
            _hNext = StepControl.InitialStep(
                _system!, t, _y, _k1, _atol, _rtol, _options.MaxStep, 5, _yStage, _k2, null);
            _evaluations++;
        }
    }

    /// <inheritdoc />
    public void Step(double tStop)
    {
        EnsureInitialized();
        StepControl.ValidateStop(tStop, _t);
        bool fixedStep = _options.FixedStep > 0;
        bool lastNonFinite = false;
        int lastWorst = -1;

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
            ComputeStages(h);

            if (fixedStep)
            {
                int bad = StepControl.FirstNonFinite(_yNew);
                if (bad < 0)
                {
                    bad = StepControl.FirstNonFinite(_k7);
                }

                if (bad >= 0)
                {
                    throw new IntegratorException(
                        _t, bad, $"component {bad} became NaN or infinite in a fixed step of size {StepControl.Format(h)}.");
                }

                Accept(h, landsOnStop, tStop, 1.0, planned);
                _hNext = _options.FixedStep;
                return;
            }

            double err = StepControl.ErrorNorm(_err, _y, _yNew, _atol, _rtol);
            if (!double.IsFinite(err))
            {
                // A stage left the domain where f is finite: retry with a much smaller step.
                lastNonFinite = true;
                lastWorst = FirstNonFiniteStage();
                _rejected++;
                _lastRejected = true;
                _hNext = h * 0.25;
                continue;
            }

            double fac11 = Math.Pow(err, Exponent);
            if (err <= 1.0)
            {
                double fac = fac11 / Math.Pow(_errOld, Beta);
                fac = Math.Clamp(fac / Safety, 1.0 / MaxIncrease, MaxDecrease);
                double hNew = h / fac;
                if (_lastRejected)
                {
                    hNew = Math.Min(hNew, h);
                }

                _errOld = Math.Max(err, 1e-4);
                Accept(h, landsOnStop, tStop, hNew, planned);
                return;
            }

            lastNonFinite = false;
            lastWorst = StepControl.WorstComponent(_err, _y, _yNew, _atol, _rtol);
            _rejected++;
            _lastRejected = true;
            _hNext = h / Math.Min(MaxDecrease, fac11 / Safety);
        }
    }

    // The component to name when the step size underflows: the one that made this call reject a step,
    // or else (no stages computed in this call) the one with the largest error in the last accepted step.
    private int Blame(int rejectedComponent) =>
        rejectedComponent >= 0 ? rejectedComponent
        : _hasErrorEstimate ? StepControl.WorstComponent(_err, _yOld, _y, _atol, _rtol)
        : -1;

    private void Accept(double h, bool landsOnStop, double tStop, double hNew, double planned)
    {
        _accepted++;
        _hasErrorEstimate = true;
        _hLast = h;
        _tOld = _t;
        _t = landsOnStop ? tStop : _t + h;
        TestStiffness(h);
        PrepareDenseOutput(h);

        (_yOld, _y, _yNew) = (_y, _yNew, _yOld);
        (_k1, _k7) = (_k7, _k1);

        // A step cut short to land on a stop time says nothing against the planned size.
        _hNext = landsOnStop && !_lastRejected ? Math.Max(hNew, planned) : hNew;
        _lastRejected = false;
    }

    private void ComputeStages(double h)
    {
        double t = _t;
        double[] y = _y;
        double[] k1 = _k1;
        double[] k2 = _k2;
        double[] k3 = _k3;
        double[] k4 = _k4;
        double[] k5 = _k5;
        double[] k6 = _k6;
        double[] k7 = _k7;
        double[] ys = _yStage;

        StageSums.Axpy(ys, y, h * A21, k1);
        Evaluate(t + C2 * h, ys, k2);
        StageSums.Sum2(ys, y, h, A31, k1, A32, k2);
        Evaluate(t + C3 * h, ys, k3);
        StageSums.Sum3(ys, y, h, A41, k1, A42, k2, A43, k3);
        Evaluate(t + C4 * h, ys, k4);
        StageSums.Sum4(ys, y, h, A51, k1, A52, k2, A53, k3, A54, k4);
        Evaluate(t + C5 * h, ys, k5);
        StageSums.Sum5(ys, y, h, A61, k1, A62, k2, A63, k3, A64, k4, A65, k5);
        double tEnd = t + h;
        Evaluate(tEnd, ys, k6);
        StageSums.Sum5(_yNew, y, h, B1, k1, B3, k3, B4, k4, B5, k5, B6, k6);
        Evaluate(tEnd, _yNew, k7);
        StageSums.Scaled6(_err, h, E1, k1, E3, k3, E4, k4, E5, k5, E6, k6, E7, k7);
    }

    // Hairer's stiffness test: k7 − k6 = f(t+h, y_new) − f(t+h, y_stage6) ≈ J·(y_new − y_stage6), so
    // h·‖k7 − k6‖/‖y_new − y_stage6‖ estimates h·|λ| for the dominant eigenvalue λ of J.
    private void TestStiffness(double h)
    {
        double num = 0;
        double den = 0;
        for (int i = 0; i < _n; i++)
        {
            double dk = _k7[i] - _k6[i];
            double dy = _yNew[i] - _yStage[i];
            num += dk * dk;
            den += dy * dy;
        }

        if (den <= 0)
        {
            return;
        }

        double hLambda = h * Math.Sqrt(num / den);
        StiffnessEstimate = hLambda;
        if (hLambda > StiffnessThreshold)
        {
            _nonStiffCount = 0;
            _stiffCount++;
            if (_stiffCount >= StiffStepsToDetect)
            {
                StiffnessDetected = true;
            }
        }
        else
        {
            _nonStiffCount++;
            if (_nonStiffCount >= NonStiffStepsToClear)
            {
                _stiffCount = 0;
            }
        }
    }

    private void PrepareDenseOutput(double h)
    {
        StageSums.DenseOutput(_y, _yNew, h, _k1, _k7, _cont1, _cont2, _cont3, _cont4);
        StageSums.Scaled6(_cont5, h, D1, _k1, D3, _k3, D4, _k4, D5, _k5, D6, _k6, D7, _k7);
    }

    private void PrepareConstantDenseOutput()
    {
        Array.Copy(_y, _cont1, _n);
        Array.Clear(_cont2);
        Array.Clear(_cont3);
        Array.Clear(_cont4);
        Array.Clear(_cont5);
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
            y[i] = _cont1[i] + theta * (_cont2[i] + theta1 * (_cont3[i] + theta * (_cont4[i] + theta1 * _cont5[i])));
        }
    }

    private int FirstNonFiniteStage()
    {
        foreach (double[] a in (ReadOnlySpan<double[]>)[_k2, _k3, _k4, _k5, _k6, _yNew, _k7])
        {
            int bad = StepControl.FirstNonFinite(a);
            if (bad >= 0)
            {
                return bad;
            }
        }

        return StepControl.FirstNonFinite(_err);
    }

    private void Evaluate(double t, double[] y, double[] dydt)
    {
        _system!.Evaluate(t, y, dydt);
        _evaluations++;
        double[]? inverseMass = _inverseMass;
        if (inverseMass is not null)
        {
            for (int i = 0; i < dydt.Length; i++)
            {
                dydt[i] *= inverseMass[i];
            }
        }
    }

    private void EnsureInitialized()
    {
        if (_system is null)
        {
            throw new InvalidOperationException("call Initialize before using the stepper.");
        }
    }
}
