namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// The default integrator ("auto"): starts with <see cref="DormandPrinceStepper"/> and, when its
/// stiffness test fires, hands the current accepted state and step size over to
/// <see cref="RosenbrockStepper"/> and stays with it (also across <see cref="Restart(double, ReadOnlySpan{double})"/>). The hand-over
/// happens at an accepted step end, so no accuracy is lost: the state handed over is the one the
/// explicit method accepted within the tolerance, and <see cref="Interpolate"/> keeps serving the
/// last step taken by whichever method took it. Systems whose mass matrix has zero entries
/// (algebraic equations) use the Rosenbrock method from the start.
/// The explicit stepper's work arrays are allocated in <see cref="Initialize"/>; the Rosenbrock
/// stepper's (two n×n matrices and the LU's structures, most of a run's memory for larger models)
/// only when the run first needs them, so a non-stiff run never allocates them; stepping allocates
/// nothing otherwise.
/// </summary>
public sealed class AutoStepper : IOdeStepper
{
    private readonly DormandPrinceStepper _explicit = new();
    private readonly RosenbrockStepper _implicit = new();
    private IOdeStepper? _active;
    private IOdeStepper? _last;
    private bool _switched;
    private bool _explicitUsed;
    private bool _implicitUsed;
    private IOdeSystem? _system;
    private IntegratorOptions? _options;
    private double _switchTime = double.NaN;

    /// <inheritdoc />
    public string Name => "auto";

    /// <summary>The method that takes the next step ("dopri5" or "rodas4").</summary>
    public string ActiveMethod => (_active ?? _explicit).Name;

    /// <summary>Whether the stiff (Rosenbrock) method takes the steps now, by a switch or from the start.</summary>
    public bool UsesStiffMethod => ReferenceEquals(_active, _implicit);

    /// <summary>The time at which stiffness was detected and the Rosenbrock method took over (NaN when it did not).</summary>
    public double SwitchTime => _switchTime;

    /// <inheritdoc />
    public double Time => Last.Time;

    /// <inheritdoc />
    public double PreviousTime => Last.PreviousTime;

    /// <inheritdoc />
    public ReadOnlySpan<double> State => Last.State;

    /// <inheritdoc />
    public IntegratorStatistics Statistics
    {
        get
        {
            IntegratorStatistics a = _explicitUsed ? _explicit.Statistics : new IntegratorStatistics(0, 0, 0, 0, 0);
            IntegratorStatistics b = _implicitUsed ? _implicit.Statistics : new IntegratorStatistics(0, 0, 0, 0, 0);
            return new IntegratorStatistics(
                a.AcceptedSteps + b.AcceptedSteps,
                a.RejectedSteps + b.RejectedSteps,
                a.FunctionEvaluations + b.FunctionEvaluations,
                a.JacobianEvaluations + b.JacobianEvaluations,
                a.Decompositions + b.Decompositions,
                _switched);
        }
    }

    private IOdeStepper Last => _last ?? throw new InvalidOperationException("call Initialize before using the stepper.");

    /// <inheritdoc />
    public void Initialize(IOdeSystem system, double t0, ReadOnlySpan<double> y0, IntegratorOptions options)
    {
        double[]? mass = StepControl.ValidateSystem(system);
        _switched = false;
        _explicitUsed = false;
        _implicitUsed = false;
        _switchTime = double.NaN;
        _system = system;
        _options = options;
        if (StepControl.HasAlgebraicEquations(mass))
        {
            AllocateImplicit();
            StepControl.ValidateStart(t0, y0, system.Dimension);
            _implicit.Restart(t0, y0, 0);
            _active = _implicit;
        }
        else
        {
            _explicit.Initialize(system, t0, y0, options);
            _explicitUsed = true;
            _active = _explicit;
        }

        _last = _active;
    }

    /// <inheritdoc />
    public void Restart(double t, ReadOnlySpan<double> y)
    {
        IOdeStepper active = _active ?? throw new InvalidOperationException("call Initialize before using the stepper.");
        active.Restart(t, y);
        _last = active;
    }

    /// <inheritdoc />
    public void Step(double tStop)
    {
        IOdeStepper active = _active ?? throw new InvalidOperationException("call Initialize before using the stepper.");
        active.Step(tStop);
        _last = active;
        if (ReferenceEquals(active, _explicit) && _explicit.StiffnessDetected)
        {
            // Continue from the accepted state with the step the explicit method last managed.
            AllocateImplicit();
            _implicit.Restart(_explicit.Time, _explicit.State, _explicit.LastStepSize);
            _active = _implicit;
            _switched = true;
            _switchTime = _explicit.Time;
        }
    }

    /// <inheritdoc />
    public void Interpolate(double t, Span<double> y) => Last.Interpolate(t, y);

    private void AllocateImplicit()
    {
        _implicit.Allocate(_system!, _options!);
        _implicitUsed = true;
    }
}
