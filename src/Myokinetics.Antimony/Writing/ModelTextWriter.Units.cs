using Myokinetics.Antimony.Semantics;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Writing;

// The Antimony writer, part: unit definitions, model default units and has.
internal sealed partial class ModelTextWriter
{
    private void WriteUnits()
    {
        var definitions = new List<string>();
        foreach (var u in model.UnitDefinitions)
        {
            if (u.Units.FirstOrDefault(f => !UnitKinds.Base.Contains(f.Kind)) is { Kind: not null } bad)
            {
                NotWritten($"unit '{u.Id}': '{bad.Kind}' is not an SBML Level 3 base unit", u.Id, Severity.Warning);
                continue;
            }

            definitions.Add($"unit {Name(u.Id)} = {UnitText(u.Units)};");
        }

        WriteModelUnits(definitions);

        var has = new List<string>();
        void Has(string id, string? units)
        {
            if (units is not null)
            {
                has.Add($"{id} has {Name(units)};");
            }
        }

        foreach (var c in model.Compartments.Where(c => !(implicitDefaultCompartment && c.Id == ModelAssembler.DefaultCompartment)))
        {
            Has(Name(c.Id), c.Units);
        }

        foreach (var s in model.Species)
        {
            Has(Name(s.Id), s.HasOnlySubstanceUnits ? s.SubstanceUnits : ConcentrationUnits(s, definitions));
        }

        foreach (var p in model.Parameters)
        {
            Has(Name(p.Id), p.Units);
        }

        foreach (var (p, name) in LocalParameters())
        {
            Has(name, p.Units);
        }

        Section("Unit definitions", definitions);
        Section("Units", has);
    }

    private void WriteModelUnits(List<string> definitions)
    {
        var units = model.Units;
        (string Special, string? Value)[] defaults =
        [
            ("substance", units.Substance), ("time_unit", units.Time), ("volume", units.Volume),
            ("area", units.Area), ("length", units.Length), ("extent", units.Extent),
        ];
        var defined = model.UnitDefinitions.ToDictionary(u => u.Id, StringComparer.Ordinal);
        foreach (var (special, value) in defaults)
        {
            if (value is null || value == special && defined.ContainsKey(special))
            {
                continue;
            }

            if (defined.ContainsKey(special))
            {
                NotWritten($"the model's default {special} units '{value}' (a different unit is already called '{special}')", model.Id, Severity.Warning);
                continue;
            }

            if (defined.TryGetValue(value, out var definition))
            {
                definitions.Add($"unit {special} = {UnitText(definition.Units)};");
            }
            else if (UnitKinds.Base.Contains(value))
            {
                definitions.Add($"unit {special} = {value};");
            }
            else
            {
                NotWritten($"the model's default {special} units '{value}': no such unit", model.Id, Severity.Warning);
                continue;
            }

            Report(Severity.Info, $"the model's default {special} units '{value}' are written as unit '{special}'", model.Id);
        }
    }

    // Antimony gives a concentration species the unit of its concentration: substance / volume
    // (the inverse of what the reader does). A unit definition is added when none exists.
    private string? ConcentrationUnits(Species s, List<string> definitions)
    {
        if (s.SubstanceUnits is null)
        {
            return null;
        }

        var volume = model.Compartments.FirstOrDefault(c => c.Id == s.Compartment)?.Units ?? model.Units.Volume ?? "litre";
        if (UnitAlgebra.Resolve(s.SubstanceUnits, knownUnits) is not { } substance || UnitAlgebra.Resolve(volume, knownUnits) is not { } size)
        {
            return s.SubstanceUnits;
        }

        var concentration = UnitAlgebra.Multiply(substance, size, -1);
        if (UnitAlgebra.NameOf(concentration, knownUnits) is { } name)
        {
            return Name(name);
        }

        var id = Fresh(Sanitise(s.SubstanceUnits) + "_per_" + Sanitise(volume));
        knownUnits[id] = concentration;
        definitions.Add($"unit {id} = {UnitText(concentration)};");
        Report(Severity.Info, $"unit '{id}' is added for the concentration of species '{s.Id}' (Antimony gives species the unit of their concentration)", s.Id);
        return id;
    }

    private static string UnitText(ImmutableArray<Unit> units)
    {
        MathNode Factor(Unit u, double exponent)
        {
            var factor = u.Multiplier == 1 ? UnitExpressions.PowerOfTen(u.Scale) : u.Multiplier * UnitExpressions.PowerOfTen(u.Scale);
            MathNode node = factor == 1 ? new SymbolNode(u.Kind) : new NumberNode(factor, u.Kind);
            return exponent == 1 ? node : new ApplyNode(MathOperator.Power, node, new NumberNode(exponent));
        }

        var numerator = units.Where(u => u.Exponent > 0).Select(u => Factor(u, u.Exponent)).ToList();
        var denominator = units.Where(u => u.Exponent < 0).Select(u => Factor(u, -u.Exponent)).ToList();
        MathNode expression = numerator.Count switch
        {
            0 => NumberNode.One,
            1 => numerator[0],
            _ => new ApplyNode(MathOperator.Times, numerator.ToImmutableArray()),
        };
        foreach (var d in denominator)
        {
            expression = new ApplyNode(MathOperator.Divide, expression, d);
        }

        return InfixFormatter.Format(expression);
    }
}
