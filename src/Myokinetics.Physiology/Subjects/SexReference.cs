namespace Myokinetics.Physiology.Subjects;

/// <summary>
/// Reference values of a healthy, untrained young adult of one sex, used for the subject keys that are
/// not given but follow from the sex (and the body mass).
/// </summary>
/// <param name="LeanFraction">Fat-free mass as a fraction of body mass: 0.80 for men, 0.70 for women —
/// the shares subject.ant uses to turn Janssen et al. 2000 (J Appl Physiol 89:81; skeletal muscle 38 % of
/// body mass in men, 31 % in women) into muscle per fat-free mass [ASSUMED, as in subject.ant].</param>
/// <param name="Vo2Max">mL/kg/min: 45 for men (the model's reference adult), 36 for women [ASSUMED: the
/// 50th percentile of women aged 20–39 lies near 35–38 in ACSM's norms, RECALLED].</param>
/// <param name="Testosterone">Total testosterone, ng/dL: 600 for men (Travison 2017 JCEM range 264–916,
/// [READ-2°] as in subject.ant), 30 for women [ASSUMED: within the premenopausal range of about 8–60 ng/dL
/// by LC-MS/MS, RECALLED].</param>
public sealed record SexReference(double LeanFraction, double Vo2Max, double Testosterone)
{
    /// <summary>The reference man.</summary>
    public static SexReference Man { get; } = new(0.80, 45, 600);

    /// <summary>The reference woman.</summary>
    public static SexReference Woman { get; } = new(0.70, 36, 30);

    /// <summary>The reference of the given sex.</summary>
    public static SexReference For(bool male) => male ? Man : Woman;
}
