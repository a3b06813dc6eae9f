using Myokinetics.Core.Compile;
using Myokinetics.Core.Units;

namespace Myokinetics.Cli.Estimation;

/// <summary>The unit to print next to a value as the model's math means it: the declared unit id when
/// there is one (a species read as a concentration: its substance unit over its compartment's, as
/// <c>pg/mL</c>), else the unit the model's units imply, else empty.</summary>
internal static class SymbolUnitText
{
    public static string Of(ModelSymbol symbol, UnitRegistry units)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(units);
        if (symbol.Kind == Core.Compile.SymbolKind.Species && symbol.MathIsConcentration && !symbol.StoresConcentration)
        {
            var compartment = symbol.Compartment is { } c ? units.Model.Compartments.FirstOrDefault(x => x.Id == c)?.Units : null;
            if (symbol.Units is { Length: > 0 } substance && compartment is { Length: > 0 })
            {
                return $"{substance}/{compartment}";
            }
        }
        else if (symbol.Units is { Length: > 0 } declared)
        {
            return declared;
        }

        var implied = symbol.Kind == Core.Compile.SymbolKind.Species
            ? symbol.MathIsConcentration ? units.SpeciesConcentrationUnits(symbol.Id) : units.SpeciesAmountUnits(symbol.Id)
            : units.UnitsOf(symbol.Id);
        return implied is { } u ? UnitFormatter.Format(u) : string.Empty;
    }
}
