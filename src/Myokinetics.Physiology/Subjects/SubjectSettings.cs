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

    /// <summary>The subject: <paramref name="defaults"/> with these settings applied.</summary>
    /// <exception cref="ProtocolFormatException">The lean mass exceeds the body mass.</exception>
    public Subject ApplyTo(Subject defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var subject = new Subject(
            Male ?? defaults.Male,
            Age ?? defaults.Age,
            BodyMass ?? defaults.BodyMass,
            LeanMass ?? defaults.LeanMass,
            Vo2Max ?? defaults.Vo2Max,
            Testosterone ?? defaults.Testosterone,
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
