namespace Myokinetics.Physiology.Protocols;

/// <summary>How the amount of a session is written.</summary>
public enum AmountForm
{
    /// <summary>A duration (<c>45min</c>).</summary>
    Duration,

    /// <summary><c>SETSxREPS</c> (<c>4x12</c>) or a duration.</summary>
    Sets,

    /// <summary><c>NxDURATION</c> work bouts (<c>4x4min</c>) or a duration cut into bouts.</summary>
    Intervals,
}

/// <summary>How an intensity is written.</summary>
public enum IntensityForm
{
    /// <summary><c>NN%VO2max</c>: a fraction of whole-body maximal oxygen uptake.</summary>
    VO2max,

    /// <summary><c>NN%Wmax</c>: a fraction of the peak power of the modality.</summary>
    Wmax,

    /// <summary><c>NN%1RM</c>: a fraction of the one-repetition maximum.</summary>
    OneRM,
}

/// <summary>%Wmax → fraction of VO2max: <c>Offset + Slope × wmax fraction</c>.</summary>
public readonly record struct WmaxConversion(double Offset, double Slope)
{
    public double ToVo2maxFraction(double wmaxFraction) => Offset + (Slope * wmaxFraction);
}

/// <summary>How sets and repetitions become a duration and a load becomes a metabolic intensity.</summary>
/// <param name="Exercises">Lifts per session, each done for all the sets.</param>
/// <param name="SecondsPerRepetition">Seconds per repetition.</param>
/// <param name="RestBetweenSetsSeconds">Rest between consecutive sets (and lifts), seconds.</param>
/// <param name="Vo2maxPer1RM">Session-average fraction of VO2max per unit of load (fraction of 1RM).</param>
public sealed record ResistanceDefaults(int Exercises, double SecondsPerRepetition, double RestBetweenSetsSeconds, double Vo2maxPer1RM)
{
    /// <summary>The session's duration in hours: lifts × sets × reps × s/rep plus the rests between sets.</summary>
    public double DurationHours(int sets, int repetitions)
    {
        var totalSets = Exercises * sets;
        return ((totalSets * repetitions * SecondsPerRepetition) + ((totalSets - 1) * RestBetweenSetsSeconds)) / 3600;
    }
}

/// <summary>How a hiit session is cut into work bouts.</summary>
/// <param name="WorkSeconds">Work bout length when the amount is a plain duration.</param>
/// <param name="RecoverySeconds">Recovery after each bout when the amount is a plain duration.</param>
/// <param name="RecoveryRatio">Recovery as a fraction of the bout for <c>NxDURATION</c> amounts.</param>
public sealed record IntervalDefaults(double WorkSeconds, double RecoverySeconds, double RecoveryRatio);

/// <summary>An exercise modality of <c>models/crosstalk/modalities.yaml</c>.</summary>
/// <param name="Name">The name used in protocol strings (<c>cycling</c>).</param>
/// <param name="Amount">How its amount is written.</param>
/// <param name="Intensities">The intensity forms it accepts.</param>
/// <param name="ActiveFraction">Fraction of skeletal muscle mass that works (0–1].</param>
/// <param name="Wmax">The %Wmax conversion, when it accepts %Wmax.</param>
/// <param name="Resistance">Sets and load defaults, for resistance modalities.</param>
/// <param name="Intervals">Bout defaults, for interval modalities.</param>
public sealed record Modality(
    string Name,
    AmountForm Amount,
    ImmutableArray<IntensityForm> Intensities,
    double ActiveFraction,
    WmaxConversion? Wmax,
    ResistanceDefaults? Resistance,
    IntervalDefaults? Intervals);
