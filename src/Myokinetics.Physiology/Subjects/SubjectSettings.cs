using System.Globalization;
using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Physiology.Subjects;

/// <summary>
/// What a <c>--subject</c> string or file says: each key it gives (the rest stays at the defaults).
/// Single values are checked when read; <see cref="ApplyTo"/> checks them together (lean ≤ mass).
/// </summary>
public sealed record SubjectSettings
{
    /// <summary>Nothing given.</summary>
    public static SubjectSettings None { get; } = new();

    public bool? Male { get; init; }

    public double? Age { get; init; }

    public double? BodyMass { get; init; }

    public double? LeanMass { get; init; }

    public double? Vo2Max { get; init; }

    public double? Testosterone { get; init; }

    public bool? Trained { get; init; }

    /// <summary>Whether no key is given.</summary>
    public bool IsEmpty => Male is null && Age is null && BodyMass is null && LeanMass is null && Vo2Max is null && Testosterone is null && Trained is null;

    /// <summary>Where the settings came from (<c>--subject "…"</c>, a file), for messages and reports.</summary>
    public ImmutableArray<string> Sources { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>These settings with <paramref name="later"/>'s given keys taking precedence.</summary>
    public SubjectSettings Then(SubjectSettings later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return new SubjectSettings
        {
            Male = later.Male ?? Male,
            Age = later.Age ?? Age,
            BodyMass = later.BodyMass ?? BodyMass,
            LeanMass = later.LeanMass ?? LeanMass,
            Vo2Max = later.Vo2Max ?? Vo2Max,
            Testosterone = later.Testosterone ?? Testosterone,
            Trained = later.Trained ?? Trained,
            Sources = Sources.AddRange(later.Sources),
        };
    }

    /// <summary>
    /// The subject: <paramref name="defaults"/> with these settings applied. Keys not given keep the
    /// defaults' values, except those that follow from the keys given: when the sex or the body mass is
    /// given without the lean mass, the lean mass is that sex's share of the body mass
    /// (<see cref="SexReference"/>); when the sex differs from the defaults', testosterone and VO2max not
    /// given take that sex's reference values.
    /// </summary>
    /// <exception cref="ProtocolFormatException">The lean mass exceeds the body mass.</exception>
    public Subject ApplyTo(Subject defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var male = Male ?? defaults.Male;
        var bodyMass = BodyMass ?? defaults.BodyMass;
        var sex = SexReference.For(male);
        var otherSex = male != defaults.Male;
        var lean = LeanMass ?? (BodyMass is not null || otherSex ? sex.LeanFraction * bodyMass : defaults.LeanMass);
        var subject = new Subject(
            male,
            Age ?? defaults.Age,
            bodyMass,
            lean,
            Vo2Max ?? (otherSex ? sex.Vo2Max : defaults.Vo2Max),
            Testosterone ?? (otherSex ? sex.Testosterone : defaults.Testosterone),
            Trained ?? defaults.Trained);
        if (subject.LeanMass > subject.BodyMass)
        {
            var from = Sources.Length > 0 ? string.Join("; ", Sources) : "--subject";
            throw new ProtocolFormatException(
                "subject",
                subject.ToString(),
                0,
                null,
                string.Create(CultureInfo.InvariantCulture, $"lean mass ({subject.LeanMass:0.##} kg) must not exceed body mass ({subject.BodyMass:0.##} kg) (from {from}; a key not given takes the reference adult's value)"));
        }

        return subject;
    }
}
