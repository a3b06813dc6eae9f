using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests;

/// <summary>
/// Structural comparison of two models for round-trip tests: every IR field, names and annotations
/// included, math compared with <see cref="MathNodeComparer"/>; <see cref="ModelElement.Location"/> and
/// <see cref="Model.SbmlLevelVersion"/> are ignored. The one documented SBML L2 → L3 translation is
/// allowed: a species reference with <c>StoichiometryMath</c> may come back with an id, constant false,
/// no stoichiometry, and an extra assignment rule (at the end of the rules) setting that id.
/// </summary>
internal static class ModelComparer
{
    public static IReadOnlyList<string> Differences(Model expected, Model actual)
    {
        var d = new Diff();
        d.Check("model id", expected.Id, actual.Id);
        d.SBase("model", expected, actual);
        d.Check("model units", expected.Units, actual.Units);
        d.Check("model conversionFactor", expected.ConversionFactor, actual.ConversionFactor);
        d.Lists("function", expected.Functions, actual.Functions, f => f.Id, (w, a, b) =>
        {
            w.Check(a.Id + " arguments", string.Join(",", a.Arguments), string.Join(",", b.Arguments));
            w.Math(a.Id + " body", a.Body, b.Body);
        });
        d.Lists("unitDefinition", expected.UnitDefinitions, actual.UnitDefinitions, u => u.Id, (w, a, b) =>
            w.Check(a.Id + " units", string.Join(";", a.Units), string.Join(";", b.Units)));
        d.Lists("compartment", expected.Compartments, actual.Compartments, c => c.Id, (w, a, b) => w.Plain(a.Id, a, b));
        d.Lists("species", expected.Species, actual.Species, s => s.Id, (w, a, b) => w.Plain(a.Id, a, b));
        d.Lists("parameter", expected.Parameters, actual.Parameters, p => p.Id, (w, a, b) => w.Plain(a.Id, a, b));
        d.Lists("initialAssignment", expected.InitialAssignments, actual.InitialAssignments, i => i.Symbol, (w, a, b) =>
        {
            w.Check(a.Symbol + " symbol", a.Symbol, b.Symbol);
            w.Math(a.Symbol + " math", a.Math, b.Math);
        });

        var extraRules = new List<AssignmentRule>();
        d.Lists("reaction", expected.Reactions, actual.Reactions, r => r.Id, (w, a, b) => Reaction(w, a, b, extraRules));

        var translated = actual.Rules.Length - extraRules.Count;
        d.Check("rule count", expected.Rules.Length, translated);
        d.Lists("rule", expected.Rules, actual.Rules.Take(Math.Max(translated, 0)).ToImmutableArray(), RuleKey, Rule);
        foreach (var (extra, i) in extraRules.Select((r, i) => (r, i)))
        {
            var index = translated + i;
            if (index < 0 || index >= actual.Rules.Length || actual.Rules[index] is not AssignmentRule got)
            {
                d.Add($"translated stoichiometryMath of {extra.Variable}: no assignment rule at the end of the rules");
                continue;
            }

            d.Check("translated rule variable", extra.Variable, got.Variable);
            d.Math("translated rule " + extra.Variable, extra.Math, got.Math);
        }

        d.Lists("event", expected.Events, actual.Events, e => e.Id ?? "(no id)", Event);
        return d.Items;
    }

    private static string RuleKey(Rule r) => r switch
    {
        AssignmentRule a => "assignment " + a.Variable,
        RateRule a => "rate " + a.Variable,
        _ => "algebraic",
    };

    private static void Rule(Diff d, Rule a, Rule b)
    {
        d.Check("rule kind", RuleKey(a), RuleKey(b));
        d.Math(RuleKey(a), a.Math, b.Math);
    }

    private static void Reaction(Diff d, Reaction a, Reaction b, List<AssignmentRule> extraRules)
    {
        d.Check(a.Id + " reversible", a.Reversible, b.Reversible);
        d.Check(a.Id + " fast", a.Fast, b.Fast);
        d.Check(a.Id + " compartment", a.Compartment, b.Compartment);
        d.Lists(a.Id + " reactant", a.Reactants, b.Reactants, s => s.Species, (w, x, y) => SpeciesReference(w, x, y, extraRules));
        d.Lists(a.Id + " product", a.Products, b.Products, s => s.Species, (w, x, y) => SpeciesReference(w, x, y, extraRules));
        d.Lists(a.Id + " modifier", a.Modifiers, b.Modifiers, m => m.Species, (w, x, y) => w.Plain(x.Species, x, y));
        d.Check(a.Id + " has kinetic law", a.KineticLaw is null, b.KineticLaw is null);
        if (a.KineticLaw is { } ka && b.KineticLaw is { } kb)
        {
            d.SBase(a.Id + " kineticLaw", ka, kb);
            d.Math(a.Id + " rate", ka.Math, kb.Math);
            d.Lists(a.Id + " localParameter", ka.LocalParameters, kb.LocalParameters, p => p.Id, (w, x, y) => w.Plain(x.Id, x, y));
        }
    }

    private static void SpeciesReference(Diff d, SpeciesReference a, SpeciesReference b, List<AssignmentRule> extraRules)
    {
        if (a.StoichiometryMath is null)
        {
            d.Plain(a.Species, a, b);
            return;
        }

        d.SBase(a.Species, a, b);
        d.Check(a.Species + " stoichiometryMath translated", (object?)null, b.StoichiometryMath);
        d.Check(a.Species + " constant", false, b.Constant);
        d.Check(a.Species + " stoichiometry", (double?)null, b.Stoichiometry);
        if (b.Id is null || (a.Id is not null && a.Id != b.Id))
        {
            d.Add($"{a.Species}: translated stoichiometryMath needs the reference's id ('{a.Id}'), found '{b.Id}'");
            return;
        }

        extraRules.Add(new AssignmentRule(b.Id, a.StoichiometryMath));
    }

    private static void Event(Diff d, Event a, Event b)
    {
        var name = a.Id ?? "(event)";
        d.Check(name + " useValuesFromTriggerTime", a.UseValuesFromTriggerTime, b.UseValuesFromTriggerTime);
        d.SBase(name + " trigger", a.Trigger, b.Trigger);
        d.Math(name + " trigger", a.Trigger.Math, b.Trigger.Math);
        d.Check(name + " initialValue", a.Trigger.InitialValue, b.Trigger.InitialValue);
        d.Check(name + " persistent", a.Trigger.Persistent, b.Trigger.Persistent);
        d.OptionalMath(name + " delay", a.Delay, b.Delay);
        d.OptionalMath(name + " priority", a.Priority, b.Priority);
        d.Lists(name + " assignment", a.Assignments, b.Assignments, x => x.Variable, (w, x, y) =>
        {
            w.Check(x.Variable + " variable", x.Variable, y.Variable);
            w.Math(x.Variable, x.Math, y.Math);
        });
    }

    private sealed class Diff
    {
        public List<string> Items { get; } = new();

        public void Add(string message) => Items.Add(message);

        public void Check<T>(string what, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                Items.Add($"{what}: expected {expected}, found {actual}");
            }
        }

        public void Math(string what, MathNode expected, MathNode actual)
        {
            if (!MathNodeComparer.Instance.Equals(expected, actual))
            {
                Items.Add($"{what}: expected math {expected}, found {actual}");
            }
        }

        public void OptionalMath(string what, MathNode? expected, MathNode? actual)
        {
            if (expected is null || actual is null)
            {
                Check(what + " present", expected is null, actual is null);
                return;
            }

            Math(what, expected, actual);
        }

        /// <summary>SBase fields (not Location).</summary>
        public void SBase(string what, ModelElement a, ModelElement b)
        {
            Check(what + " name", a.Name, b.Name);
            Check(what + " metaid", a.MetaId, b.MetaId);
            Check(what + " sboTerm", a.SboTerm, b.SboTerm);
            Check(what + " notes", a.Notes, b.Notes);
            Check(what + " cvTerms", CvText(a), CvText(b));
        }

        /// <summary>Records without arrays or math: equal as records once Location and CvTerms are set aside.</summary>
        public void Plain<T>(string what, T a, T b)
            where T : ModelElement
        {
            SBase(what, a, b);
            ModelElement x = a with { Location = null, CvTerms = ImmutableArray<CvTerm>.Empty };
            ModelElement y = b with { Location = null, CvTerms = ImmutableArray<CvTerm>.Empty };
            Check(what, x, y);
        }

        public void Lists<T>(string what, ImmutableArray<T> a, ImmutableArray<T> b, Func<T, string> key, Action<Diff, T, T> compare)
            where T : ModelElement
        {
            if (a.Length != b.Length)
            {
                Items.Add($"{what}: expected {a.Length} ({string.Join(", ", a.Select(key))}), found {b.Length} ({string.Join(", ", b.Select(key))})");
                return;
            }

            for (var i = 0; i < a.Length; i++)
            {
                Check($"{what} #{i}", key(a[i]), key(b[i]));
                SBase($"{what} {key(a[i])}", a[i], b[i]);
                compare(this, a[i], b[i]);
            }
        }

        private static string CvText(ModelElement e) =>
            string.Join(" ", e.CvTerms.Select(t => $"{t.Qualifier}[{string.Join(",", t.Resources)}]"));
    }
}
