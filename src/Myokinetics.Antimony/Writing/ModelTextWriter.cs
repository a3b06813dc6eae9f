using System.Globalization;
using System.Text;
using Myokinetics.Antimony.Semantics;
using Myokinetics.Antimony.Syntax;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Writing;

/// <summary>Writes one model as Antimony, in libAntimony's section order (declarations, rules,
/// reactions, events, initial values, units, display names and annotations).</summary>
internal sealed class ModelTextWriter
{
    private const string Indent = "  ";

    private readonly Model model;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<string> notWritten = [];
    private readonly StringBuilder text = new();
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> localNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> valueSymbols = new(StringComparer.Ordinal);
    private readonly HashSet<string> ruleTargets = new(StringComparer.Ordinal);
    private readonly HashSet<string> eventTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InitialAssignment> initialAssignments = new(StringComparer.Ordinal);
    private bool implicitDefaultCompartment;

    public ModelTextWriter(Model model)
    {
        this.model = model;
    }

    public AntimonyText Write()
    {
        ChooseNames();
        Analyse();

        text.Append("// Created by Myokinetics\n");
        foreach (var f in model.Functions)
        {
            WriteFunction(f);
        }

        text.Append('\n').Append("model *").Append(Name(model.Id)).Append("()\n");
        WriteDeclarations();
        WriteRules();
        WriteReactions();
        WriteEvents();
        WriteInitialValues();
        WriteOtherDeclarations();
        WriteUnits();
        WriteAnnotations();
        if (notWritten.Count > 0)
        {
            Section("Not expressible in Antimony (see the diagnostics)", notWritten.Select(n => "//   " + n));
        }

        text.Append("end\n");
        return new AntimonyText(text.ToString(), [.. diagnostics]);
    }

    // ---- names -------------------------------------------------------------------------------

    private void ChooseNames()
    {
        var ids = new List<string> { model.Id };
        ids.AddRange(model.Functions.Select(f => f.Id));
        ids.AddRange(model.UnitDefinitions.Select(u => u.Id));
        ids.AddRange(model.Compartments.Select(c => c.Id));
        ids.AddRange(model.Species.Select(s => s.Id));
        ids.AddRange(model.Parameters.Select(p => p.Id));
        ids.AddRange(model.Reactions.Select(r => r.Id));
        ids.AddRange(model.Events.Where(e => e.Id is not null).Select(e => e.Id!));
        foreach (var id in ids.Where(AntimonyKeywords.IsUsableName))
        {
            names[id] = id;
            taken.Add(id);
        }

        foreach (var id in ids.Where(id => !names.ContainsKey(id)))
        {
            var fresh = Fresh(Sanitise(id) + "_");
            names[id] = fresh;
            Report(Severity.Warning, $"'{id}' is an Antimony keyword or built-in name (or not an Antimony name); it is written as '{fresh}'", id);
        }

        foreach (var r in model.Reactions.Where(r => r.KineticLaw is { LocalParameters.Length: > 0 }))
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in r.KineticLaw!.LocalParameters)
            {
                var baseName = Name(r.Id) + "_" + Sanitise(p.Id);
                var fresh = baseName;
                for (var n = 0; taken.Contains(fresh); n++)
                {
                    fresh = baseName + n.ToString(CultureInfo.InvariantCulture);
                }

                taken.Add(fresh);
                map[p.Id] = fresh;
                Report(Severity.Info,
                    $"local parameter '{p.Id}' of reaction '{r.Id}' is written as the global parameter '{fresh}' (Antimony has no local parameters); its value is unchanged",
                    r.Id);
            }

            localNames[r.Id] = map;
        }
    }

    private string Fresh(string candidate)
    {
        var name = candidate;
        for (var n = 0; taken.Contains(name) || !AntimonyKeywords.IsUsableName(name); n++)
        {
            name = candidate + n.ToString(CultureInfo.InvariantCulture);
        }

        taken.Add(name);
        return name;
    }

    private static string Sanitise(string id)
    {
        var chars = id.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
        var s = new string(chars);
        return s.Length == 0 || char.IsAsciiDigit(s[0]) ? "_" + s : s;
    }

    private string Name(string id) => names.TryGetValue(id, out var n) ? n : id;

    private string Math(MathNode node) => InfixFormatter.Format(MathRenamer.Rename(node, Name, Name, Name));

    private string Math(MathNode node, Dictionary<string, string> local) =>
        InfixFormatter.Format(MathRenamer.Rename(node, s => local.TryGetValue(s, out var l) ? l : Name(s), Name, Name));

    // ---- analysis ----------------------------------------------------------------------------

    private void Analyse()
    {
        valueSymbols.UnionWith(model.Compartments.Select(c => c.Id));
        valueSymbols.UnionWith(model.Species.Select(s => s.Id));
        valueSymbols.UnionWith(model.Parameters.Select(p => p.Id));
        foreach (var rule in model.Rules)
        {
            switch (rule)
            {
                case AssignmentRule a:
                    ruleTargets.Add(a.Variable);
                    break;
                case RateRule r:
                    ruleTargets.Add(r.Variable);
                    break;
            }
        }

        eventTargets.UnionWith(model.Events.SelectMany(e => e.Assignments).Select(a => a.Variable));
        foreach (var ia in model.InitialAssignments)
        {
            initialAssignments[ia.Symbol] = ia;
        }

        implicitDefaultCompartment = IsImplicitDefaultCompartment();
    }

    // The reader creates default_compartment (size 1, constant, SBO:0000410) for species placed in no
    // compartment; when the model's is exactly that, the species are written without 'in'.
    private bool IsImplicitDefaultCompartment()
    {
        var c = model.Compartments.FirstOrDefault(c => c.Id == ModelAssembler.DefaultCompartment);
        if (c is null || c.Size != 1 || !c.Constant || c.SpatialDimensions != 3 || c.SboTerm != "SBO:0000410" || c.Units is not null
            || c.Name is not null || c.Notes is not null || c.CvTerms.Length > 0)
        {
            return false;
        }

        if (ruleTargets.Contains(c.Id) || eventTargets.Contains(c.Id) || initialAssignments.ContainsKey(c.Id)
            || model.Reactions.Any(r => r.Compartment is not null))
        {
            return false;
        }

        var used = AllMath().SelectMany(MathRenamer.Symbols).ToHashSet(StringComparer.Ordinal);
        var needsSize = model.Species.Any(s => s.Compartment == c.Id
            && (s.HasOnlySubstanceUnits ? s.InitialAmount is null && s.InitialConcentration is not null : s.InitialConcentration is null && s.InitialAmount is not null));
        return !used.Contains(c.Id) && !needsSize;
    }

    private IEnumerable<MathNode> AllMath()
    {
        foreach (var f in model.Functions)
        {
            yield return f.Body;
        }

        foreach (var ia in model.InitialAssignments)
        {
            yield return ia.Math;
        }

        foreach (var r in model.Rules)
        {
            yield return r.Math;
        }

        foreach (var r in model.Reactions)
        {
            if (r.KineticLaw is not null)
            {
                yield return r.KineticLaw.Math;
            }
        }

        foreach (var e in model.Events)
        {
            yield return e.Trigger.Math;
            if (e.Delay is not null)
            {
                yield return e.Delay;
            }

            if (e.Priority is not null)
            {
                yield return e.Priority;
            }

            foreach (var a in e.Assignments)
            {
                yield return a.Math;
            }
        }
    }

    // ---- sections ----------------------------------------------------------------------------

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

    private void WriteReactions()
    {
        var lines = new List<string>();
        foreach (var r in model.Reactions)
        {
            var local = localNames.TryGetValue(r.Id, out var map) ? map : new Dictionary<string, string>(StringComparer.Ordinal);
            var label = Name(r.Id) + (r.Compartment is null ? string.Empty : $" in {Name(r.Compartment)}");
            var lhs = Side(r, r.Reactants);
            var rhs = Side(r, r.Products);
            var arrow = r.Reversible ? "->" : "=>";
            var line = new StringBuilder(label).Append(": ");
            if (lhs.Length > 0)
            {
                line.Append(lhs).Append(' ');
            }

            line.Append(arrow).Append(' ');
            if (rhs.Length > 0)
            {
                line.Append(rhs);
            }

            line.Append(';');
            if (r.KineticLaw is { } law)
            {
                line.Append(' ').Append(Math(law.Math, local)).Append(';');
            }

            lines.Add(line.ToString());
            CheckModifiers(r);
            if (r.Fast)
            {
                NotWritten($"fast = true of reaction '{r.Id}'", r.Id, Severity.Warning);
            }
        }

        Section("Reactions", lines);
    }

    private string Side(Reaction r, ImmutableArray<SpeciesReference> side)
    {
        var parts = new List<string>();
        foreach (var sr in side)
        {
            var stoichiometry = sr.Stoichiometry ?? 1;
            if (sr.Stoichiometry is null || sr.StoichiometryMath is not null)
            {
                NotWritten($"the stoichiometry of '{sr.Species}' in reaction '{r.Id}' is set by math; it is written as 1", r.Id, Severity.Warning);
            }
            else if (!double.IsFinite(stoichiometry) || stoichiometry < 0)
            {
                NotWritten($"stoichiometry {Number(stoichiometry)} of '{sr.Species}' in reaction '{r.Id}'; it is written as 1", r.Id, Severity.Warning);
                stoichiometry = 1;
            }

            if (sr.Id is not null)
            {
                NotWritten($"the id '{sr.Id}' of the reference to '{sr.Species}' in reaction '{r.Id}'", r.Id, Severity.Info);
            }

            if (!sr.Constant)
            {
                NotWritten($"constant = false of the stoichiometry of '{sr.Species}' in reaction '{r.Id}'", r.Id, Severity.Info);
            }

            if (HasAnnotations(sr))
            {
                NotWritten($"names and annotations of the reference to '{sr.Species}' in reaction '{r.Id}'", r.Id, Severity.Info);
            }

            parts.Add(stoichiometry == 1 ? Name(sr.Species) : $"{Number(stoichiometry)} {Name(sr.Species)}");
        }

        return string.Join(" + ", parts);
    }

    private void CheckModifiers(Reaction r)
    {
        var inRate = r.KineticLaw is null ? [] : MathRenamer.Symbols(r.KineticLaw.Math).ToHashSet(StringComparer.Ordinal);
        foreach (var m in r.Modifiers)
        {
            if (!inRate.Contains(m.Species))
            {
                NotWritten($"modifier '{m.Species}' of reaction '{r.Id}' is not in its rate law (Antimony infers modifiers from rate laws)", r.Id, Severity.Warning);
            }

            if (m.Id is not null || HasAnnotations(m))
            {
                NotWritten($"the id and annotations of modifier '{m.Species}' of reaction '{r.Id}'", r.Id, Severity.Info);
            }
        }
    }

    private void WriteEvents()
    {
        var lines = new List<string>();
        foreach (var e in model.Events)
        {
            var line = new StringBuilder();
            if (e.Id is not null)
            {
                line.Append(Name(e.Id)).Append(": ");
            }

            line.Append("at ");
            if (e.Delay is not null)
            {
                line.Append(Math(e.Delay)).Append(" after ");
            }

            line.Append(Math(e.Trigger.Math));
            if (e.Priority is not null)
            {
                line.Append(", priority = ").Append(Math(e.Priority));
            }

            if (!e.Trigger.InitialValue)
            {
                line.Append(", t0 = false");
            }

            if (!e.Trigger.Persistent)
            {
                line.Append(", persistent = false");
            }

            if (!e.UseValuesFromTriggerTime)
            {
                line.Append(", fromTrigger = false");
            }

            line.Append(": ").Append(string.Join(", ", e.Assignments.Select(a => $"{Name(a.Variable)} = {Math(a.Math)}"))).Append(';');
            lines.Add(line.ToString());

            var what = e.Id is null ? "an event without id" : $"event '{e.Id}'";
            if (HasAnnotations(e.Trigger) || e.Assignments.Any(HasAnnotations))
            {
                NotWritten($"names and annotations of the trigger or assignments of {what}", e.Id, Severity.Info);
            }

            if (e.Id is null && HasAnnotations(e))
            {
                NotWritten($"names and annotations of {what}", null, Severity.Info);
            }
        }

        Section("Events", lines);
    }

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

    private IEnumerable<(Parameter Parameter, string Name)> LocalParameters()
    {
        foreach (var r in model.Reactions)
        {
            if (r.KineticLaw is null || !localNames.TryGetValue(r.Id, out var map))
            {
                continue;
            }

            foreach (var p in r.KineticLaw.LocalParameters)
            {
                yield return (p, map[p.Id]);
            }
        }
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
            Has(Name(s.Id), s.SubstanceUnits);
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

    private void WriteAnnotations()
    {
        var names = new List<string>();
        var sbo = new List<string>();
        var cv = new List<string>();
        var notes = new List<string>();

        void Element(string written, ModelElement e, bool onModel, string? original)
        {
            if (e.Name is not null)
            {
                names.Add($"{written} is {Quote(e.Name, original)};");
            }

            if (e.SboTerm is not null)
            {
                if (SboDigits(e.SboTerm) is { } digits)
                {
                    sbo.Add($"{written}.sboTerm = SBO:{digits};");
                }
                else
                {
                    NotWritten($"SBO term '{e.SboTerm}' of '{original ?? written}' (not of the form SBO:0000000)", original, Severity.Warning);
                }
            }

            foreach (var term in e.CvTerms)
            {
                var keyword = Qualifiers.Encode(term.Qualifier, onModel);
                if (keyword is null)
                {
                    NotWritten($"CV term '{term.Qualifier}' of '{original ?? written}' (Antimony has no keyword for it here)", original, Severity.Warning);
                }
                else if (term.Resources.Length == 0)
                {
                    NotWritten($"CV term '{term.Qualifier}' of '{original ?? written}' without resources", original, Severity.Info);
                }
                else
                {
                    var pad = new string(' ', Indent.Length + written.Length + keyword.Length + 2);
                    cv.Add($"{written} {keyword} " + string.Join(",\n" + pad, term.Resources.Select(r => Quote(r, original))) + ";");
                }
            }

            if (e.Notes is not null)
            {
                notes.Add($"{written} notes {Quote(Semantics.Notes.ToText(e.Notes), original)};");
            }
        }

        Element("model", model, true, model.Id);
        foreach (var f in model.Functions)
        {
            Element(Name(f.Id), f, false, f.Id);
        }

        foreach (var u in model.UnitDefinitions)
        {
            Element(Name(u.Id), u, false, u.Id);
        }

        foreach (var c in model.Compartments.Where(c => !(implicitDefaultCompartment && c.Id == ModelAssembler.DefaultCompartment)))
        {
            Element(Name(c.Id), c, false, c.Id);
        }

        foreach (var s in model.Species)
        {
            Element(Name(s.Id), s, false, s.Id);
        }

        foreach (var p in model.Parameters)
        {
            Element(Name(p.Id), p, false, p.Id);
        }

        foreach (var (p, name) in LocalParameters())
        {
            Element(name, p, false, p.Id);
        }

        foreach (var r in model.Reactions)
        {
            Element(Name(r.Id), r, false, r.Id);
            if (r.KineticLaw is not null)
            {
                Element(Name(r.Id) + ".kineticLaw", r.KineticLaw, false, r.Id);
            }
        }

        foreach (var e in model.Events.Where(e => e.Id is not null))
        {
            Element(Name(e.Id!), e, false, e.Id);
        }

        Section("Display Names", names);
        Section("SBO terms", sbo);
        Section("CV terms", cv);
        Section("Notes", notes);
    }

    private static string? SboDigits(string term)
    {
        var digits = term.StartsWith("SBO:", StringComparison.Ordinal) ? term[4..] : term;
        return digits.Length is > 0 and <= 7 && digits.All(char.IsAsciiDigit)
            ? int.Parse(digits, CultureInfo.InvariantCulture).ToString("D7", CultureInfo.InvariantCulture)
            : null;
    }

    private string Quote(string value, string? element)
    {
        if (!value.Contains('\n', StringComparison.Ordinal) && !value.Contains('\r', StringComparison.Ordinal))
        {
            return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        }

        if (value.Contains("```", StringComparison.Ordinal))
        {
            NotWritten($"a text of '{element}' containing ``` (shortened to its first line)", element, Severity.Warning);
            return Quote(value.Split('\n')[0].TrimEnd('\r'), element);
        }

        return "```\n" + value.Trim() + "\n```";
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static bool HasAnnotations(ModelElement e) =>
        e.Name is not null || e.SboTerm is not null || e.Notes is not null || e.CvTerms.Length > 0;

    private static string Number(double value) => InfixFormatter.FormatNumber(value);

    private void Section(string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(Indent).Append("// ").Append(title).Append(":\n");
        foreach (var line in list)
        {
            text.Append(Indent).Append(line).Append('\n');
        }
    }

    private void NotWritten(string what, string? element, Severity severity)
    {
        notWritten.Add(what);
        diagnostics.Add(new Diagnostic(severity, $"not written: {what}", null, element));
    }

    private void Report(Severity severity, string message, string? element) =>
        diagnostics.Add(new Diagnostic(severity, message, null, element));
}
