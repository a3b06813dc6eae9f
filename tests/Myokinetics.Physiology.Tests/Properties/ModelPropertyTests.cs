using Myokinetics.Core.Compile;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Tests.Support;
using Myokinetics.Sbml;

namespace Myokinetics.Physiology.Tests.Properties;

/// <summary>
/// Properties of the whole crosstalk model, checked over every variable it has (so they cover each
/// module as it is added): rest is a steady state, nothing goes negative, and the SBML export is the
/// same model.
/// </summary>
public sealed class ModelPropertyTests
{
    [Fact]
    public void A_Subject_At_Rest_Stays_At_Baseline_For_30_Days()
    {
        var compiled = ModelCompiler.Compile(CrosstalkRun.Model);
        var variables = Dynamic(compiled);
        var result = new Simulator(compiled).Run(
            new SimulationSettings(0, 720, 30, 1e-10, 1e-8),
            variables.Select(v => new OutputVariable(v)).ToList());
        var drifted = new List<string>();
        foreach (var v in variables)
        {
            var column = result.Column(v);
            // Relative 1e-6, with an absolute floor of 1e-9 for quantities that are zero at rest
            // (integration noise is ~1e-13 there).
            var allowed = System.Math.Max(1e-6 * System.Math.Abs(column[0]), 1e-9);
            var worst = column.Max(x => System.Math.Abs(x - column[0]));
            if (!(worst <= allowed))
            {
                drifted.Add($"{v}: {column[0]:G6} → up to {worst:G3} away");
            }
        }

        Assert.True(drifted.Count == 0, "drift at rest: " + string.Join("; ", drifted));
    }

    [Fact]
    public void No_Quantity_Goes_Negative_Under_A_Hard_Protocol()
    {
        // Two hours at 85 % VO2max with no carbohydrate, then heavy eccentric resistance work, then a
        // week of recovery: the regime where a badly posed rate law would undershoot.
        var protocol = new Protocol(
            [
                new ExerciseSession("cycling", 1, 2, 0.85, 0.5),
                new ExerciseSession("resistance-whole-body", 26, 1, 0.5, 0.75, 0.85, Eccentric: true, Resistance: true),
            ],
            []);
        var compiled = ModelCompiler.Compile(ProtocolApplier.Apply(CrosstalkRun.Model, protocol));
        var variables = NonNegative(compiled);
        var result = new Simulator(compiled).Run(
            new SimulationSettings(0, 24 * 8, 24 * 8 * 4, 1e-10, 1e-8),
            variables.Select(v => new OutputVariable(v)).ToList());
        var negative = variables
            .Select(v => (Id: v, Min: result.Column(v).Min()))
            .Where(x => x.Min < -1e-9 || double.IsNaN(x.Min))
            .Select(x => $"{x.Id} = {x.Min:G4}")
            .ToList();
        Assert.True(negative.Count == 0, "negative or NaN: " + string.Join(", ", negative));
    }

    [Fact]
    public void The_Model_Exported_To_Sbml_Simulates_To_The_Same_Numbers()
    {
        var protocol = new Protocol([new ExerciseSession("cycling", 2, 1, 0.65, 0.5)], []);
        var model = ProtocolApplier.Apply(CrosstalkRun.Model, protocol);
        var copy = SbmlReader.ReadString(SbmlWriter.WriteString(model), "crosstalk.xml").Model;
        Assert.Equal(Simulate(model), Simulate(copy));
    }

    /// <summary>The quantities that must never be negative: species, pools and other rate-rule states, and
    /// the observables (concentrations, masses, rates and folds). Signed signals (deviations from rest that
    /// modules compute on the way) are left out.</summary>
    private static List<string> NonNegative(CompiledModel compiled) => compiled.Symbols
        .Where(s => s.Kind == SymbolKind.Species
            || (s.Kind == SymbolKind.Parameter && s.Determination == Determination.RateRule)
            || IsObservable(s.Id))
        .Select(s => s.Id)
        .ToList();

    private static bool IsObservable(string id) =>
        id.EndsWith("_plasma", StringComparison.Ordinal) || id.EndsWith("_serum", StringComparison.Ordinal)
        || id.EndsWith("_mass", StringComparison.Ordinal)
        || id is "UCP1_WAT" or "energy_expenditure" or "insulin_sensitivity" or "muscle_protein_synthesis"
            or "bone_formation" or "neurogenesis" or "tumour_proliferation" or "hepatic_glucose_output"
            or "fat_oxidation" or "lipolysis_rate";

    /// <summary>Every variable that changes in time (states and assigned quantities), except the inputs.</summary>
    private static List<string> Dynamic(CompiledModel compiled) => compiled.Symbols
        .Where(s => s.Kind is SymbolKind.Species or SymbolKind.Parameter or SymbolKind.Compartment
            && s.Determination is Determination.RateRule or Determination.Reactions or Determination.Assigned)
        .Select(s => s.Id)
        .ToList();

    private static string Simulate(Core.Model.Model model)
    {
        var compiled = ModelCompiler.Compile(model);
        using var text = new StringWriter();
        new Simulator(compiled).Run(
            new SimulationSettings(0, 24, 96, 1e-10, 1e-8),
            Dynamic(compiled).Select(v => new OutputVariable(v)).ToList(),
            new CsvTimeCourseWriter(text));
        return text.ToString();
    }
}
