using System.Globalization;
using System.Text.RegularExpressions;

namespace Myokinetics.Physiology.Protocols.Text;

/// <summary>
/// Reads <c>DRUG AMOUNT ROUTE [at TIME] [every TIME xCOUNT]</c>:
/// <list type="bullet">
/// <item>DRUG: a name of <c>drugs.yaml</c> (testosterone_cypionate ipamorelin cjc1295 bimagrumab irisin).</item>
/// <item>AMOUNT: a number greater than 0 with <c>mg</c>, <c>ug</c> (also <c>µg</c>, <c>mcg</c>) or
/// <c>nmol</c>, optionally per kilogram of body mass (<c>10mg/kg</c>, <c>60ug/kg</c>, <c>40nmol/kg</c>);
/// mass and molar amounts convert through the drug's molar mass.</item>
/// <item>ROUTE: <c>im</c>, <c>sc</c>, <c>iv</c> or <c>po</c>, where the drug allows it.</item>
/// <item>Options, each at most once: <c>at 7.5h</c>, <c>every 7d x12</c> (12 doses in all).</item>
/// </list>
/// </summary>
public static partial class DoseText
{
    /// <summary>Reads <paramref name="text"/>, which came from <paramref name="source"/> (e.g. <c>--dose</c>).</summary>
    /// <exception cref="ProtocolFormatException">The string cannot be used; the message names it, the position and why.</exception>
    public static DoseInstruction Parse(string text, string source, DrugCatalog drugs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(drugs);
        var scanner = new TextScanner(source, text);
        var names = string.Join(", ", drugs.Drugs.Select(d => d.Name));
        var nameToken = scanner.Take($"expected a drug: {names}");
        var drug = drugs.Find(nameToken.Text) ?? throw scanner.Fail(nameToken, $"unknown drug; expected one of {names}");

        var amountToken = scanner.Take("expected an amount after the drug, such as 200mg, 60ug/kg or 40nmol/kg");
        var match = AmountPattern().Match(amountToken.Text);
        if (!match.Success)
        {
            throw scanner.Fail(amountToken, "expected an amount such as 200mg, 100ug, 40nmol or a per-kg amount such as 10mg/kg");
        }

        var amount = double.Parse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (!(amount > 0) || !double.IsFinite(amount))
        {
            throw scanner.Fail(amountToken, "the amount must be greater than 0");
        }

        var unit = match.Groups[2].Value switch
        {
            "mg" => AmountUnit.Milligram,
            "nmol" => AmountUnit.Nanomole,
            _ => AmountUnit.Microgram,
        };
        var perKilogram = match.Groups[3].Success;

        var allowed = string.Join(", ", drug.Routes.Select(r => r.Route));
        var routeToken = scanner.Take($"expected a route after the amount: {allowed}");
        var route = drug.Find(routeToken.Text) ?? throw scanner.Fail(routeToken, DrugCatalog.KnownRoutes.Contains(routeToken.Text)
            ? $"{drug.Name} is given {allowed} only, not {routeToken.Text}"
            : $"unknown route; expected {string.Join(", ", DrugCatalog.KnownRoutes)} ({drug.Name}: {allowed})");

        var schedule = Schedule.Once;
        var seenAt = false;
        var seenEvery = false;
        while (scanner.Peek() is { } option)
        {
            scanner.Take("expected at TIME or every TIME xCOUNT");
            if (option.Text is not ("at" or "every"))
            {
                throw scanner.Fail(option, "unexpected word; expected at TIME or every TIME xCOUNT");
            }

            schedule = scanner.ReadSchedule(option, schedule, ref seenAt, ref seenEvery);
        }

        return new DoseInstruction(text, source, drug, amount, unit, perKilogram, route, schedule);
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?|\.\d+)(mg|ug|µg|mcg|nmol)(/kg)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
