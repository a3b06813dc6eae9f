using System.Xml.Linq;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Writing;

/// <summary>Builds the SBML Level 3 Version 2 core document of a model: every IR field is written, every
/// required attribute is present, and optional ones are written when the IR has a value.</summary>
internal sealed class ModelWriter
{
    private static readonly XNamespace Core = SbmlNamespaces.L3V2Core;
    private readonly SBaseWriter sbase;
    private readonly Model model;

    private ModelWriter(Model model)
    {
        this.model = StoichiometryMathTranslation.Apply(model);
        sbase = new SBaseWriter(this.model);
    }

    public static XDocument Document(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var sbml = new XElement(
            Core + "sbml",
            new XAttribute("xmlns", Core.NamespaceName),
            new XAttribute("level", "3"),
            new XAttribute("version", "2"),
            new ModelWriter(model).Model());
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), sbml);
    }

    private XElement Model()
    {
        var m = model;
        return sbase.Element(
            "model",
            m,
            m.Id.Length == 0 ? null : m.Id,
            Attr("substanceUnits", m.Units.Substance),
            Attr("timeUnits", m.Units.Time),
            Attr("volumeUnits", m.Units.Volume),
            Attr("areaUnits", m.Units.Area),
            Attr("lengthUnits", m.Units.Length),
            Attr("extentUnits", m.Units.Extent),
            Attr("conversionFactor", m.ConversionFactor),
            List("listOfFunctionDefinitions", m.Functions, f => sbase.Element("functionDefinition", f, f.Id, MathMLWriter.Lambda(f.Arguments, f.Body))),
            List("listOfUnitDefinitions", m.UnitDefinitions, UnitDefinition),
            List("listOfCompartments", m.Compartments, Compartment),
            List("listOfSpecies", m.Species, Species),
            List("listOfParameters", m.Parameters, Parameter),
            List("listOfInitialAssignments", m.InitialAssignments, a => sbase.Element("initialAssignment", a, null, Attr("symbol", a.Symbol), MathMLWriter.Math(a.Math))),
            List("listOfRules", m.Rules, Rule),
            List("listOfReactions", m.Reactions, Reaction),
            List("listOfEvents", m.Events, Event));
    }

    private static XAttribute? Attr(string name, string? value) => value is null ? null : new XAttribute(name, value);

    private static XAttribute? Attr(string name, double? value) => value is null ? null : new XAttribute(name, SbmlNumber.Format(value.Value));

    private static XAttribute Attr(string name, bool value) => new(name, value ? "true" : "false");

    private static XElement? List<T>(string name, ImmutableArray<T> items, Func<T, XElement> write) =>
        items.IsDefaultOrEmpty ? null : new XElement(Core + name, items.Select(write));

    private XElement UnitDefinition(UnitDefinition u) =>
        sbase.Element(
            "unitDefinition",
            u,
            u.Id,
            List("listOfUnits", u.Units, unit => new XElement(
                Core + "unit",
                Attr("kind", unit.Kind),
                Attr("exponent", unit.Exponent),
                new XAttribute("scale", SbmlNumber.Format(unit.Scale)),
                Attr("multiplier", unit.Multiplier))));

    private XElement Compartment(Compartment c) =>
        sbase.Element(
            "compartment",
            c,
            c.Id,
            Attr("spatialDimensions", c.SpatialDimensions),
            Attr("size", c.Size),
            Attr("units", c.Units),
            Attr("constant", c.Constant));

    private XElement Species(Species s) =>
        sbase.Element(
            "species",
            s,
            s.Id,
            Attr("compartment", s.Compartment),
            Attr("initialAmount", s.InitialAmount),
            Attr("initialConcentration", s.InitialConcentration),
            Attr("substanceUnits", s.SubstanceUnits),
            Attr("hasOnlySubstanceUnits", s.HasOnlySubstanceUnits),
            Attr("boundaryCondition", s.BoundaryCondition),
            Attr("constant", s.Constant),
            Attr("conversionFactor", s.ConversionFactor));

    private XElement Parameter(Parameter p) =>
        sbase.Element("parameter", p, p.Id, Attr("value", p.Value), Attr("units", p.Units), Attr("constant", p.Constant));

    private XElement Rule(Rule rule) => rule switch
    {
        AssignmentRule a => sbase.Element("assignmentRule", a, null, Attr("variable", a.Variable), MathMLWriter.Math(a.Math)),
        RateRule r => sbase.Element("rateRule", r, null, Attr("variable", r.Variable), MathMLWriter.Math(r.Math)),
        AlgebraicRule a => sbase.Element("algebraicRule", a, null, MathMLWriter.Math(a.Math)),
        _ => throw new ArgumentException($"cannot write the rule type {rule.GetType().Name}", nameof(rule)),
    };

    /// <summary>A reaction. L3V2 has no <c>fast</c> attribute; a fast reaction keeps its flag in
    /// Myokinetics' own annotation (<c>&lt;myokinetics:reaction fast="true"/&gt;</c>), which the reader reads back.</summary>
    private XElement Reaction(Reaction r)
    {
        var reaction = sbase.Element(
            "reaction",
            r,
            r.Id,
            Attr("reversible", r.Reversible),
            Attr("compartment", r.Compartment),
            List("listOfReactants", r.Reactants, SpeciesReference),
            List("listOfProducts", r.Products, SpeciesReference),
            List("listOfModifiers", r.Modifiers, m => sbase.Element("modifierSpeciesReference", m, m.Id, Attr("species", m.Species))),
            r.KineticLaw is { } law ? KineticLaw(law) : null);
        if (r.Fast)
        {
            var marker = new XElement(
                SbmlNamespaces.Myokinetics + "reaction",
                new XAttribute(XNamespace.Xmlns + "myokinetics", SbmlNamespaces.Myokinetics.NamespaceName),
                new XAttribute("fast", "true"));
            SBaseWriter.Annotate(reaction, marker);
        }

        return reaction;
    }

    private XElement SpeciesReference(SpeciesReference s) =>
        sbase.Element(
            "speciesReference",
            s,
            s.Id,
            Attr("species", s.Species),
            Attr("stoichiometry", s.Stoichiometry),
            Attr("constant", s.Constant));

    private XElement KineticLaw(KineticLaw law) =>
        sbase.Element(
            "kineticLaw",
            law,
            null,
            MathMLWriter.Math(law.Math),
            List("listOfLocalParameters", law.LocalParameters, p => sbase.Element("localParameter", p, p.Id, Attr("value", p.Value), Attr("units", p.Units))));

    private XElement Event(Event e)
    {
        var t = e.Trigger;
        return sbase.Element(
            "event",
            e,
            e.Id,
            Attr("useValuesFromTriggerTime", e.UseValuesFromTriggerTime),
            sbase.Element("trigger", t, null, Attr("initialValue", t.InitialValue), Attr("persistent", t.Persistent), MathMLWriter.Math(t.Math)),
            e.Delay is null ? null : new XElement(Core + "delay", MathMLWriter.Math(e.Delay)),
            e.Priority is null ? null : new XElement(Core + "priority", MathMLWriter.Math(e.Priority)),
            List("listOfEventAssignments", e.Assignments, a => sbase.Element("eventAssignment", a, null, Attr("variable", a.Variable), MathMLWriter.Math(a.Math))));
    }
}
