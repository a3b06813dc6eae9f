using System.Globalization;
using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// A time option's value: a plain number in the model's time units (hours for the crosstalk model),
/// or a number with a unit — <c>s</c>, <c>min</c>, <c>h</c>, <c>d</c>, <c>w</c> — converted to the
/// model's time units (a model that declares none accepts plain numbers only).
/// </summary>
/// <param name="Option">The option's name, for messages.</param>
/// <param name="Text">The value as written.</param>
/// <param name="Number">The plain number, when no unit was written.</param>
/// <param name="Hours">The time in hours, when a unit was written.</param>
internal readonly record struct TimeArgument(string Option, string Text, double? Number, double? Hours)
{
    /// <summary>The value as written (help shows it as the default).</summary>
    public override string ToString() => Text;

    /// <summary>Reads <paramref name="text"/>; null when it is neither a finite number nor a time with a unit.</summary>
    public static TimeArgument? TryParse(string option, string text)
    {
        if (TimeText.TryParseHours(text, out var hours))
        {
            return new TimeArgument(option, text, null, hours);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? new TimeArgument(option, text, number, null)
            : null;
    }

    /// <summary>The value in the model's time units.</summary>
    /// <param name="hoursPerModelUnit">Hours in one model time unit, or null when the model declares none.</param>
    /// <param name="modelId">The model's id, for the message.</param>
    public double InModelUnits(double? hoursPerModelUnit, string modelId)
    {
        if (Number is { } plain)
        {
            return plain;
        }

        if (hoursPerModelUnit is not { } scale)
        {
            throw new CommandInputException($"{Option} {Text}: model '{modelId}' declares no time units, so a time with a unit cannot be converted; give a plain number in the model's time units");
        }

        return Hours!.Value / scale;
    }
}
