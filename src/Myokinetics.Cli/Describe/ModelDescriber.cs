using System.Globalization;
using Myokinetics.Cli.Output;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math.Infix;
using Myokinetics.Core.Model;
using Myokinetics.Core.Units;
using Myokinetics.Physiology.Observables;

namespace Myokinetics.Cli.Describe;

/// <summary>
/// Writes a readable description of a model for <c>myokinetics describe</c>: the model's id and
/// units, then one section per kind of element (compartments, species, parameters, reactions,
/// rules, initial assignments, events, function definitions) and the unit warnings. Tables are
/// aligned; math is infix text; <c>-</c> marks what is not set. Sections with nothing in them are
/// one line (<c>Events: none</c>).
/// </summary>
public static class ModelDescriber
{
    private const string None = "-";

    /// <summary>Describes <paramref name="model"/>, read from <paramref name="source"/>; with
    /// <paramref name="observables"/>, also lists the observables the model defines.</summary>
    public static void Write(Model model, string source, TextWriter writer, ObservableCatalog? observables = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(writer);
        var units = UnitRegistry.Create(model);
        var determinations = new Determinations(model);
        WriteHeader(model, source, units, writer);
        if (observables is not null)
        {
            WriteObservables(model, units, observables, writer);
        }

        WriteCompartments(model, units, determinations, writer);
        WriteSpecies(model, units, determinations, writer);
        WriteParameters(model, units, determinations, writer);
        WriteReactions(model, units, writer);
        WriteRules(model, writer);
        WriteInitialAssignments(model, writer);
        WriteEvents(model, writer);
        WriteFunctions(model, writer);
        WriteUnitWarnings(UnitChecker.Check(model, units), writer);
    }

    private static void WriteHeader(Model model, string source, UnitRegistry units, TextWriter writer)
    {
        writer.WriteLine(model.Name is { } name ? $"Model {model.Id} \"{name}\"" : $"Model {model.Id}");
        var (level, version) = model.SbmlLevelVersion;
        writer.WriteLine(level > 0 ? $"  read from {source} (SBML Level {level} Version {version})" : $"  read from {source}");
        var defaults = model.Units;
        var parts = new[]
        {
            ("time", Units(units.Time)),
            ("substance", Units(units.Substance)),
            ("extent", Units(units.Extent)),
            ("volume", Resolve(units, defaults.Volume)),
            ("area", Resolve(units, defaults.Area)),
            ("length", Resolve(units, defaults.Length)),
        };
        writer.WriteLine($"  units: {string.Join(", ", parts.Select(p => $"{p.Item1} {p.Item2}"))}");
        if (model.ConversionFactor is { } factor)
        {
            writer.WriteLine($"  conversion factor: {factor}");
        }
    }

    private static void WriteCompartments(Model model, UnitRegistry units, Determinations determinations, TextWriter writer)
    {
        if (Heading(writer, "Compartments", model.Compartments.Length))
        {
            var table = new TextTable("id", "name", "size", "units", "dimensions", "constant", "determined by");
            foreach (var c in model.Compartments)
            {
                table.Add(
                    c.Id,
                    Name(c),
                    Initial(c.Id, c.Size, determinations),
                    Declared(c.Units, units.CompartmentUnits(c.Id)),
                    c.SpatialDimensions is { } d ? Number(d) : None,
                    YesNo(c.Constant),
                    determinations.Describe(c.Id, c.Constant));
            }

            table.WithoutEmptyColumns(None).Write(writer);
        }
    }

    private static void WriteSpecies(Model model, UnitRegistry units, Determinations determinations, TextWriter writer)
    {
        if (Heading(writer, "Species", model.Species.Length))
        {
            var table = new TextTable("id", "name", "compartment", "initial", "amount units", "concentration units", "flags", "determined by");
            foreach (var s in model.Species)
            {
                var initial = determinations.InitialAssignments.Contains(s.Id) ? "initial assignment"
                    : s.InitialAmount is { } a ? $"amount {Number(a)}"
                    : s.InitialConcentration is { } c ? $"concentration {Number(c)}"
                    : None;
                table.Add(
                    s.Id,
                    Name(s),
                    s.Compartment,
                    initial,
                    Declared(s.SubstanceUnits, units.SpeciesAmountUnits(s.Id)),
                    Units(units.SpeciesConcentrationUnits(s.Id)),
                    Flags(s),
                    determinations.Describe(s.Id, s.Constant));
            }

            table.WithoutEmptyColumns(None).Write(writer);
        }
    }

    private static void WriteObservables(Model model, UnitRegistry units, ObservableCatalog catalog, TextWriter writer)
    {
        var present = catalog.PresentIn(model);
        writer.WriteLine();
        writer.WriteLine($"Observables ({present.Length} of {catalog.Observables.Length} defined; ids and units fixed by observables.yaml)");
        if (present.Length > 0)
        {
            var table = new TextTable("id", "unit", "group", "name");
            foreach (var o in present)
            {
                var declared = ObservableCatalog.DeclaredUnit(model, o.Id);
                var unit = declared == o.Unit
                    ? $"{o.Unit} ({o.UnitLabel})"
                    : $"{Declared(declared, units.UnitsOf(o.Id))} (expected {o.Unit})";
                table.Add(o.Id, unit, o.Group, o.Name);
            }

            table.Write(writer);
        }

        var missing = catalog.Observables.Where(o => !present.Contains(o)).Select(o => o.Id).ToList();
        if (missing.Count > 0)
        {
            writer.WriteLine($"  not yet in the model ({missing.Count}): {string.Join(", ", missing)}");
        }
    }

    private static string Flags(Species species)
    {
        var flags = new List<string>();
        if (species.BoundaryCondition)
        {
            flags.Add("boundary");
        }

        if (species.Constant)
        {
            flags.Add("constant");
        }

        if (species.HasOnlySubstanceUnits)
        {
            flags.Add("only-substance");
        }

        if (species.ConversionFactor is { } factor)
        {
            flags.Add($"conversion={factor}");
        }

        return flags.Count == 0 ? None : string.Join(",", flags);
    }

    private static void WriteParameters(Model model, UnitRegistry units, Determinations determinations, TextWriter writer)
    {
        if (Heading(writer, "Parameters", model.Parameters.Length))
        {
            var table = new TextTable("id", "name", "value", "units", "constant", "determined by");
            foreach (var p in model.Parameters)
            {
                table.Add(
                    p.Id,
                    Name(p),
                    Initial(p.Id, p.Value, determinations),
                    Declared(p.Units, units.UnitsOf(p.Id)),
                    YesNo(p.Constant),
                    determinations.Describe(p.Id, p.Constant));
            }

            table.WithoutEmptyColumns(None).Write(writer);
        }
    }

    private static void WriteReactions(Model model, UnitRegistry units, TextWriter writer)
    {
        if (!Heading(writer, "Reactions", model.Reactions.Length))
        {
            return;
        }

        foreach (var r in model.Reactions)
        {
            var name = r.Name is null ? string.Empty : $" \"{r.Name}\"";
            var reversible = r.Reversible ? "  (reversible)" : string.Empty;
            var fast = r.Fast ? "  (fast)" : string.Empty;
            writer.WriteLine($"  {r.Id}{name}: {Equation(r)}{reversible}{fast}");
            writer.WriteLine($"    rate: {(r.KineticLaw is { } law ? InfixFormatter.Format(law.Math) : "none (no kinetic law)")}");
            if (r.Modifiers.Length > 0)
            {
                writer.WriteLine($"    modifiers: {string.Join(", ", r.Modifiers.Select(m => m.Species))}");
            }

            if (r.KineticLaw is { LocalParameters.Length: > 0 } withLocals)
            {
                var locals = withLocals.LocalParameters.Select(p =>
                    $"{p.Id} = {(p.Value is { } v ? Number(v) : None)}{(units.UnitsOf(p.Id, r.Id) is { } u ? $" {UnitFormatter.Format(u)}" : string.Empty)}");
                writer.WriteLine($"    local parameters: {string.Join(", ", locals)}");
            }

            if (r.Compartment is { } compartment)
            {
                writer.WriteLine($"    compartment: {compartment}");
            }
        }
    }

    /// <summary><c>A + 2 B -> C</c>; a stoichiometry set elsewhere shows its reference id (or <c>?</c>).</summary>
    internal static string Equation(Reaction reaction)
    {
        static string Side(ImmutableArray<SpeciesReference> side) =>
            string.Join(" + ", side.Select(s => s.Stoichiometry switch
            {
                1.0 => s.Species,
                { } n => $"{Number(n)} {s.Species}",
                null => $"{s.Id ?? "?"} {s.Species}",
            }));

        return $"{Side(reaction.Reactants)} -> {Side(reaction.Products)}".Trim();
    }

    private static void WriteRules(Model model, TextWriter writer)
    {
        if (!Heading(writer, "Rules", model.Rules.Length))
        {
            return;
        }

        var table = new TextTable("rule", "kind");
        foreach (var rule in model.Rules)
        {
            var (text, kind) = rule switch
            {
                AssignmentRule a => ($"{a.Variable} := {InfixFormatter.Format(a.Math)}", "assignment"),
                RateRule r => ($"{r.Variable}' = {InfixFormatter.Format(r.Math)}", "rate"),
                _ => ($"0 = {InfixFormatter.Format(rule.Math)}", "algebraic"),
            };
            table.Add(text, $"({kind})");
        }

        table.Write(writer, withHeader: false);
    }

    private static void WriteInitialAssignments(Model model, TextWriter writer)
    {
        if (Heading(writer, "Initial assignments", model.InitialAssignments.Length))
        {
            foreach (var a in model.InitialAssignments)
            {
                writer.WriteLine($"  {a.Symbol} = {InfixFormatter.Format(a.Math)}");
            }
        }
    }

    private static void WriteEvents(Model model, TextWriter writer)
    {
        if (!Heading(writer, "Events", model.Events.Length))
        {
            return;
        }

        for (var i = 0; i < model.Events.Length; i++)
        {
            var e = model.Events[i];
            var name = e.Name is null ? string.Empty : $" \"{e.Name}\"";
            writer.WriteLine($"  {e.Id ?? $"(event {i + 1})"}{name}");
            writer.WriteLine($"    trigger: {InfixFormatter.Format(e.Trigger.Math)}");
            writer.WriteLine($"      initialValue: {Bool(e.Trigger.InitialValue)}, persistent: {Bool(e.Trigger.Persistent)}");
            writer.WriteLine($"    delay: {(e.Delay is { } delay ? InfixFormatter.Format(delay) : "none")}");
            writer.WriteLine($"    priority: {(e.Priority is { } priority ? InfixFormatter.Format(priority) : "none")}");
            writer.WriteLine($"    useValuesFromTriggerTime: {Bool(e.UseValuesFromTriggerTime)}");
            if (e.Assignments.Length == 0)
            {
                writer.WriteLine("    assignments: none");
            }
            else
            {
                writer.WriteLine("    assignments:");
                foreach (var a in e.Assignments)
                {
                    writer.WriteLine($"      {a.Variable} = {InfixFormatter.Format(a.Math)}");
                }
            }
        }
    }

    private static void WriteFunctions(Model model, TextWriter writer)
    {
        if (Heading(writer, "Function definitions", model.Functions.Length))
        {
            foreach (var f in model.Functions)
            {
                writer.WriteLine($"  {f.Id}({string.Join(", ", f.Arguments)}) = {InfixFormatter.Format(f.Body)}");
            }
        }
    }

    private static void WriteUnitWarnings(ImmutableArray<Diagnostic> diagnostics, TextWriter writer)
    {
        if (Heading(writer, "Unit warnings", diagnostics.Length))
        {
            foreach (var d in diagnostics)
            {
                writer.WriteLine($"  {(d.Severity == Severity.Info ? "note" : "warning")}: {DiagnosticWriter.Text(d)}");
            }
        }
    }

    /// <summary>Writes a blank line and the heading; false (after writing <c>Title: none</c>) when empty.</summary>
    private static bool Heading(TextWriter writer, string title, int count)
    {
        writer.WriteLine();
        if (count == 0)
        {
            writer.WriteLine($"{title}: none");
            return false;
        }

        writer.WriteLine($"{title} ({count})");
        return true;
    }

    private static string Initial(string id, double? value, Determinations determinations) =>
        determinations.InitialAssignments.Contains(id) ? "initial assignment"
        : value is { } v ? Number(v)
        : None;

    private static string Name(ModelElement element) => element.Name ?? None;

    private static string Units(UnitVector? units) => units is { } u ? UnitFormatter.Format(u) : None;

    /// <summary>The declared unit id with its SI reading (<c>pg_per_mL (nanogram/litre)</c>); the SI
    /// reading alone when nothing is declared or the id is the reading itself (<c>litre</c>).</summary>
    private static string Declared(string? id, UnitVector? units)
    {
        var reading = Units(units);
        return id is null || id == reading ? reading
            : units is null ? id
            : $"{id} ({reading})";
    }

    private static string Resolve(UnitRegistry registry, string? id) =>
        id is not null && registry.TryResolve(id, out var units) ? UnitFormatter.Format(units) : None;

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
