using Myokinetics.Antimony.Semantics;
using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Writing;

// The Antimony writer, part: functions, declarations, rules, initial values and const/var.
internal sealed partial class ModelTextWriter
{
    private void WriteFunction(FunctionDefinition f)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in f.Arguments)
        {
            args[a] = AntimonyKeywords.IsUsableName(a) ? a : Sanitise(a) + "_";
        }

        text.Append("function ").Append(Name(f.Id)).Append('(').Append(string.Join(", ", f.Arguments.Select(a => args[a]))).Append(")\n");
        text.Append(Indent).Append(Math(f.Body, args)).Append('\n');
        text.Append("end\n");
    }

    private void WriteDeclarations()
    {
        var lines = new List<string>();
        foreach (var c in model.Compartments)
        {
            if (implicitDefaultCompartment && c.Id == ModelAssembler.DefaultCompartment)
            {
                continue;
            }

            lines.Add($"compartment {Name(c.Id)};");
            if (c.SpatialDimensions is { } d && d != 3)
            {
                NotWritten($"spatial dimensions {Number(d)} of compartment '{c.Id}' (Antimony compartments are read as 3-dimensional)", c.Id, Severity.Warning);
            }
        }

        foreach (var s in model.Species)
        {
            var keyword = s.HasOnlySubstanceUnits ? "substanceOnly species" : "species";
            var boundary = s.BoundaryCondition || s.Constant ? "$" : string.Empty;
            var where = implicitDefaultCompartment && s.Compartment == ModelAssembler.DefaultCompartment ? string.Empty : $" in {Name(s.Compartment)}";
            lines.Add($"{keyword} {boundary}{Name(s.Id)}{where};");
            if (s.Constant)
            {
                Report(Severity.Info, $"constant species '{s.Id}' is written as a boundary species ('$'); Antimony has no separate constant species", s.Id);
            }

            if (s.ConversionFactor is not null)
            {
                NotWritten($"conversion factor '{s.ConversionFactor}' of species '{s.Id}'", s.Id, Severity.Warning);
            }
        }

        if (model.ConversionFactor is not null)
        {
            NotWritten($"the model's conversion factor '{model.ConversionFactor}'", model.Id, Severity.Warning);
        }

        Section("Compartments and Species", lines);
    }

    private void WriteRules()
    {
        var assignment = new List<string>();
        var rate = new List<string>();
        var algebraic = new List<string>();
        foreach (var rule in model.Rules)
        {
            if (HasAnnotations(rule))
            {
                NotWritten($"names and annotations of a rule ({RuleDescription(rule)})", null, Severity.Info);
            }

            switch (rule)
            {
                case AssignmentRule a when valueSymbols.Contains(a.Variable):
                    assignment.Add($"{Name(a.Variable)} := {Math(a.Math)};");
                    break;
                case RateRule r when valueSymbols.Contains(r.Variable):
                    rate.Add($"{Name(r.Variable)}' = {Math(r.Math)};");
                    break;
                case AlgebraicRule alg:
                    algebraic.Add($"0 = {Math(alg.Math)};");
                    break;
                default:
                    NotWritten($"{RuleDescription(rule)}: its variable is not a species, compartment or parameter", null, Severity.Warning);
                    break;
            }
        }

        Section("Assignment Rules", assignment);
        Section("Rate Rules", rate);
        Section("Algebraic Rules", algebraic);
    }

    private static string RuleDescription(Rule rule) => rule switch
    {
        AssignmentRule a => $"assignment rule for '{a.Variable}'",
        RateRule r => $"rate rule for '{r.Variable}'",
        _ => "algebraic rule",
    };

    private void WriteInitialValues()
    {
        var species = new List<string>();
        foreach (var s in model.Species)
        {
            if (initialAssignments.TryGetValue(s.Id, out var ia))
            {
                species.Add($"{Name(s.Id)} = {Math(ia.Math)};");
                continue;
            }

            var compartment = new SymbolNode(s.Compartment);
            if (s.HasOnlySubstanceUnits ? s.InitialAmount is { } amount : s.InitialConcentration is { } concentration)
            {
                var value = s.HasOnlySubstanceUnits ? s.InitialAmount!.Value : s.InitialConcentration!.Value;
                species.Add($"{Name(s.Id)} = {Number(value)};");
            }
            else if (s.InitialAmount is { } a)
            {
                species.Add($"{Name(s.Id)} = {Math(new ApplyNode(MathOperator.Divide, new NumberNode(a), compartment))};");
                Report(Severity.Info, $"the initial amount of species '{s.Id}' is written as an initial concentration (amount / compartment size)", s.Id);
            }
            else if (s.InitialConcentration is { } c)
            {
                species.Add($"{Name(s.Id)} = {Math(new ApplyNode(MathOperator.Times, new NumberNode(c), compartment))};");
                Report(Severity.Info, $"the initial concentration of substance-only species '{s.Id}' is written as an amount (concentration * compartment size)", s.Id);
            }

            if (s.InitialAmount is not null && s.InitialConcentration is not null)
            {
                Report(Severity.Warning, $"species '{s.Id}' has both an initial amount and an initial concentration; only one is written", s.Id);
            }
        }

        var compartments = new List<string>();
        foreach (var c in model.Compartments)
        {
            if (implicitDefaultCompartment && c.Id == ModelAssembler.DefaultCompartment)
            {
                continue;
            }

            if (initialAssignments.TryGetValue(c.Id, out var ia))
            {
                compartments.Add($"{Name(c.Id)} = {Math(ia.Math)};");
            }
            else if (c.Size is { } size)
            {
                compartments.Add($"{Name(c.Id)} = {Number(size)};");
            }
        }

        var variables = new List<string>();
        foreach (var p in model.Parameters)
        {
            if (initialAssignments.TryGetValue(p.Id, out var ia))
            {
                variables.Add($"{Name(p.Id)} = {Math(ia.Math)};");
            }
            else if (p.Value is { } v)
            {
                variables.Add($"{Name(p.Id)} = {Number(v)};");
            }
        }

        foreach (var (p, name) in LocalParameters())
        {
            if (p.Value is { } v)
            {
                variables.Add($"{name} = {Number(v)};");
            }
        }

        foreach (var ia in model.InitialAssignments.Where(ia => !valueSymbols.Contains(ia.Symbol)))
        {
            NotWritten($"initial assignment to '{ia.Symbol}': it is not a species, compartment or parameter", ia.Symbol, Severity.Warning);
        }

        foreach (var ia in model.InitialAssignments.Where(HasAnnotations))
        {
            NotWritten($"names and annotations of the initial assignment to '{ia.Symbol}'", ia.Symbol, Severity.Info);
        }

        Section("Species initializations", species);
        Section("Compartment initializations", compartments);
        Section("Variable initializations", variables);
    }

    private void WriteOtherDeclarations()
    {
        var lines = new List<string>();
        foreach (var p in model.Parameters)
        {
            var hasValue = p.Value is not null || initialAssignments.ContainsKey(p.Id) || ruleTargets.Contains(p.Id);
            if (!hasValue)
            {
                lines.Add($"formula {Name(p.Id)};");
            }

            var readAs = !(ruleTargets.Contains(p.Id) || eventTargets.Contains(p.Id));
            if (p.Constant != readAs)
            {
                lines.Add($"{(p.Constant ? "const" : "var")} {Name(p.Id)};");
            }
        }

        foreach (var (p, name) in LocalParameters().Where(x => x.Parameter.Value is null))
        {
            lines.Add($"formula {name};");
        }

        foreach (var c in model.Compartments)
        {
            var readAs = !(ruleTargets.Contains(c.Id) || eventTargets.Contains(c.Id));
            if (c.Constant != readAs)
            {
                lines.Add($"{(c.Constant ? "const" : "var")} {Name(c.Id)};");
            }
        }

        foreach (var s in model.Species)
        {
            if (!s.BoundaryCondition && !s.Constant && ruleTargets.Contains(s.Id))
            {
                lines.Add($"var {Name(s.Id)};");
            }
        }

        Section("Other declarations", lines);
    }
}
