using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Reading;

/// <summary>Reactions, species references and kinetic laws.</summary>
internal sealed partial class ModelReader
{
    private Reaction ReadReaction(XElement e)
    {
        var id = c.RequiredText(e, "id");
        var kineticLaw = c.CoreChild(e, "kineticLaw");
        var reaction = new Reaction(
            id,
            Items(e, "listOfReactants", "speciesReference").Select(r => ReadSpeciesReference(r, id)).ToImmutableArray(),
            Items(e, "listOfProducts", "speciesReference").Select(r => ReadSpeciesReference(r, id)).ToImmutableArray(),
            Items(e, "listOfModifiers", "modifierSpeciesReference").Select(ReadModifier).ToImmutableArray(),
            kineticLaw is null ? null : ReadKineticLaw(kineticLaw, id),
            c.LevelBoolean(e, "reversible", level2Default: true, fallback: true, id),
            ReadFast(e, id),
            c.IsLevel3 ? ReadContext.Id(e, "compartment") : null);
        return sbase.Apply(reaction, e);
    }

    /// <summary><c>fast</c>: default false in L2, required in L3V1, removed in L3V2 (where it is still read
    /// when present, and from Myokinetics' own annotation, which the writer uses to keep it).</summary>
    private bool ReadFast(XElement e, string id)
    {
        if (c.Boolean(e, "fast") is { } fast)
        {
            return fast;
        }

        var marker = c.CoreChild(e, "annotation")?.Element(SbmlNamespaces.Myokinetics + "reaction");
        if (marker is not null && c.Boolean(marker, "fast") is { } annotated)
        {
            return annotated;
        }

        if (c.Level == 3 && c.Version == 1)
        {
            c.WarnMissing(e, "fast", "false", id);
        }

        return false;
    }

    private SpeciesReference ReadSpeciesReference(XElement e, string reaction)
    {
        var species = c.RequiredText(e, "species");
        var id = ReadContext.Id(e, "id");
        SpeciesReference reference;
        if (c.IsLevel3)
        {
            var stoichiometry = c.Double(e, "stoichiometry");
            var constant = c.Boolean(e, "constant");
            if (constant is null)
            {
                c.WarnMissing(e, "constant", "true", id ?? $"{reaction}: {species}");
            }

            reference = new SpeciesReference(species, stoichiometry, constant ?? true, id);
        }
        else
        {
            // Level 2: stoichiometry defaults to 1; stoichiometryMath, when given, replaces it and may change in time.
            var stoichiometryMathElement = c.CoreChild(e, "stoichiometryMath");
            var stoichiometryMath = stoichiometryMathElement is null ? null : math.ReadOptional(stoichiometryMathElement);
            reference = stoichiometryMath is null
                ? new SpeciesReference(species, c.Double(e, "stoichiometry") ?? 1.0, Constant: true, id)
                : new SpeciesReference(species, null, Constant: false, id, stoichiometryMath);
        }

        return sbase.Apply(reference, e);
    }

    private ModifierReference ReadModifier(XElement e) =>
        sbase.Apply(new ModifierReference(c.RequiredText(e, "species"), ReadContext.Id(e, "id")), e);

    private KineticLaw? ReadKineticLaw(XElement e, string reaction)
    {
        c.IgnoredAttributes(e, "timeUnits", "substanceUnits");
        var rate = math.ReadOptional(e);
        if (rate is null)
        {
            c.Add(Severity.Warning, e, "kinetic law without math has no meaning and is not kept", reaction);
            return null;
        }

        var parameters = c.IsLevel3
            ? Items(e, "listOfLocalParameters", "localParameter")
            : Items(e, "listOfParameters", "parameter");
        return sbase.Apply(new KineticLaw(rate, parameters.Select(ReadLocalParameter).ToImmutableArray()), e);
    }
}
