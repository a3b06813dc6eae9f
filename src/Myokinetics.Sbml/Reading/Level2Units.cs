using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Reading;

/// <summary>
/// SBML Level 2's built-in units (SBML L2V4, built-in units): <c>substance</c> = mole, <c>volume</c> = litre,
/// <c>area</c> = square metre, <c>length</c> = metre, <c>time</c> = second, each redefinable by a unit
/// definition with that id. Level 3 has no built-in units, so a Level 2 model's defaults become explicit
/// <see cref="Core.Model.ModelUnits"/>, and references to an undefined built-in unit become the base unit
/// (area, which has no base unit, gets a unit definition <c>area</c> = metre²).
/// </summary>
internal sealed class Level2Units
{
    private readonly bool active;
    private readonly HashSet<string> defined;

    public Level2Units(bool active, HashSet<string> defined)
    {
        this.active = active;
        this.defined = defined;
    }

    public string? Resolve(string? unit)
    {
        if (!active || unit is null || defined.Contains(unit))
        {
            return unit;
        }

        return unit switch
        {
            "substance" => "mole",
            "volume" => "litre",
            "length" => "metre",
            "time" => "second",
            _ => unit,
        };
    }

    public IEnumerable<UnitDefinition> ImplicitDefinitions()
    {
        if (active && !defined.Contains("area"))
        {
            yield return new UnitDefinition("area", ImmutableArray.Create(new Unit("metre", Exponent: 2)));
        }
    }

    public ModelUnits ModelUnits()
    {
        var substance = Resolve("substance");
        return new ModelUnits(
            Substance: substance,
            Time: Resolve("time"),
            Volume: Resolve("volume"),
            Area: "area",
            Length: Resolve("length"),
            Extent: substance);
    }
}
