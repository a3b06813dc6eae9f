using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>The attributes of copied elements: ids, SIdRefs, unit references, and what they imply for
/// the element's math (its scope and the factor it is multiplied by).</summary>
internal sealed partial class Emitter
{
    /// <summary>Rewrites the copy's ids and references; returns the scope of the element's math and
    /// the factor it is multiplied by.</summary>
    private (MathScope Scope, Product Factor) Attributes(Instance instance, XElement e, XElement copy)
    {
        var at = new Located(instance.Document.Context, e);
        var kind = e.Name.LocalName;
        if (e != instance.Index.Model)
        {
            if (ReadContext.Id(e, "id") is not null)
            {
                var id = References.NameOf(instance, e)!;
                copy.SetAttributeValue("id", id);
                if (kind == "unitDefinition")
                {
                    Claim(unitIds, id, instance, at);
                }
                else if (kind != "localParameter")
                {
                    Claim(ids, id, instance, at);
                }
            }

            if (ReadContext.Id(e, "metaid") is not null)
            {
                copy.SetAttributeValue("metaid", References.MetaIdOf(instance, e));
            }
        }

        var time = references.TimeFactor(instance);
        switch (kind)
        {
            case "model":
                UnitReferences(instance, e, copy, at, ModelUnitAttributes);
                SetName(instance, e, copy, "conversionFactor", at, implicitUse: null);
                return (MathScope.Model, Product.One);
            case "compartment" or "parameter" or "localParameter":
                UnitReferences(instance, e, copy, at, "units");
                return (MathScope.Model, Product.One);
            case "species":
                UnitReferences(instance, e, copy, at, "substanceUnits");
                SetName(instance, e, copy, "compartment", at, implicitUse: "the species' concentration is still amount / compartment size");
                SpeciesConversionFactor(instance, e, copy, at);
                return (MathScope.Model, Product.One);
            case "reaction":
                SetName(instance, e, copy, "compartment", at, implicitUse: string.Empty);
                return (MathScope.Model, Product.One);
            case "speciesReference":
                SetName(instance, e, copy, "species", at, implicitUse: "the reaction changes the species by its stoichiometry times the rate, without that factor");
                return (MathScope.Model, Product.One);
            case "modifierSpeciesReference":
                SetName(instance, e, copy, "species", at, implicitUse: string.Empty);
                return (MathScope.Model, Product.One);
            case "kineticLaw":
                return (KineticLawScope(e), references.RateFactor(instance));
            case "functionDefinition":
                return (FunctionScope(e), Product.One);
            case "initialAssignment":
                return (MathScope.Model, Assignment(instance, e, copy, "symbol", at));
            case "assignmentRule" or "eventAssignment":
                return (MathScope.Model, Assignment(instance, e, copy, "variable", at));
            case "rateRule":
                return (MathScope.Model, Assignment(instance, e, copy, "variable", at).Times(time.Inverse()));
            case "delay" when e.Parent?.Name.LocalName == "event":
                return (MathScope.Model, time);
            default:
                return (MathScope.Model, Product.One);
        }
    }

    /// <summary>Sets an SIdRef attribute to the flat id its element has. <paramref name="implicitUse"/>
    /// says what a conversion factor on the way does not change (null: a factor cannot be honoured and
    /// is refused; empty: the reference has no numeric meaning).</summary>
    private void SetName(Instance instance, XElement e, XElement copy, string attribute, Located at, string? implicitUse)
    {
        if (ReadContext.Id(e, attribute) is not { } id)
        {
            return;
        }

        if (!instance.Index.Ids.TryGetValue(id, out var target))
        {
            copy.SetAttributeValue(attribute, instance.Prefix + id);
            return;
        }

        var reference = references.Value(instance, target, at);
        copy.SetAttributeValue(attribute, reference.Name);
        if (reference.Factor.IsOne || implicitUse == string.Empty)
        {
            return;
        }

        if (implicitUse is null)
        {
            throw at.Unsupported($"the {attribute} '{id}' of {instance.Describe} is replaced with a conversion factor, which the attribute cannot take");
        }

        main.Add(
            Severity.Warning,
            copy,
            $"the {attribute} '{id}' of {instance.Describe} is replaced by '{reference.Name}' with a conversion factor, which applies to references in math only: {implicitUse}");
    }

    private Product Assignment(Instance instance, XElement e, XElement copy, string attribute, Located at)
    {
        if (ReadContext.Id(e, attribute) is not { } id)
        {
            return Product.One;
        }

        if (!instance.Index.Ids.TryGetValue(id, out var target))
        {
            copy.SetAttributeValue(attribute, instance.Prefix + id);
            return Product.One;
        }

        var assigned = references.Assign(instance, target, at);
        copy.SetAttributeValue(attribute, assigned.Name);
        return assigned.Factor;
    }

    private static void UnitReferences(Instance instance, XElement e, XElement copy, Located at, params string[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (ReadContext.Id(e, attribute) is { } unit)
            {
                copy.SetAttributeValue(attribute, References.UnitName(instance, unit, at));
            }
        }
    }

    /// <summary>A submodel's species without a conversion factor of its own use their model's (SBML L3
    /// core, Model and Species conversionFactor); the flat model has only the main model's, so theirs becomes explicit.</summary>
    private void SpeciesConversionFactor(Instance instance, XElement e, XElement copy, Located at)
    {
        if (instance.Parent is null)
        {
            SetName(instance, e, copy, "conversionFactor", at, implicitUse: null);
            return;
        }

        if (ReadContext.Id(e, "conversionFactor") is not null)
        {
            SetName(instance, e, copy, "conversionFactor", at, implicitUse: null);
            return;
        }

        if (ReadContext.Id(instance.Index.Model, "conversionFactor") is { } modelFactor)
        {
            var reference = references.ValueOfId(instance, modelFactor, at);
            if (!reference.Factor.IsOne)
            {
                throw at.Unsupported($"the conversion factor '{modelFactor}' of {instance.Describe} is replaced with a conversion factor, which a species' conversion factor cannot take");
            }

            copy.SetAttributeValue("conversionFactor", reference.Name);
        }
        else if (mainConversionFactor is not null)
        {
            throw at.Unsupported(
                $"the species '{ReadContext.Id(e, "id")}' of {instance.Describe} has no conversion factor and neither has its model, but in the flat model the main model's conversion factor '{mainConversionFactor}' would apply to it");
        }
    }

    private static MathScope KineticLawScope(XElement kineticLaw)
    {
        var locals = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var parameter in kineticLaw.Elements().Where(l => l.Name.LocalName is "listOfLocalParameters" or "listOfParameters").Elements())
        {
            if (ReadContext.Id(parameter, "id") is { } id)
            {
                locals.TryAdd(id, parameter);
            }
        }

        return MathScope.Model with { Locals = locals };
    }

    private static MathScope FunctionScope(XElement function)
    {
        var arguments = function.Descendants(SbmlNamespaces.MathML + "bvar")
            .Elements(SbmlNamespaces.MathML + "ci")
            .Select(ci => ci.Value.Trim())
            .ToHashSet(StringComparer.Ordinal);
        return new MathScope(MathScope.Model.Locals, arguments, InFunction: true);
    }

    private static void Claim(Dictionary<string, Instance> table, string id, Instance instance, Located at)
    {
        if (table.TryGetValue(id, out var other) && other != instance && (other.Parent is not null || instance.Parent is not null))
        {
            throw at.Unsupported($"the flat id '{id}' of an element of {instance.Describe} is also the id of an element of {other.Describe}; rename one of them");
        }

        table.TryAdd(id, instance);
    }
}
