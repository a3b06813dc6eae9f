using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Reading;

/// <summary>Function definitions, initial assignments, rules and events.</summary>
internal sealed partial class ModelReader
{
    private FunctionDefinition? ReadFunction(XElement e)
    {
        var id = c.RequiredText(e, "id");
        if (math.ReadLambda(e) is not { } lambda)
        {
            WarnNoMath(e, id, "function definition");
            return null;
        }

        return sbase.Apply(new FunctionDefinition(id, lambda.Arguments, lambda.Body), e);
    }

    private InitialAssignment? ReadInitialAssignment(XElement e)
    {
        var symbol = c.RequiredText(e, "symbol");
        if (math.ReadOptional(e) is not { } value)
        {
            WarnNoMath(e, symbol, "initial assignment");
            return null;
        }

        return sbase.Apply(new InitialAssignment(symbol, value), e);
    }

    private ImmutableArray<Rule> ReadRules(XElement model)
    {
        var rules = ImmutableArray.CreateBuilder<Rule>();
        foreach (var list in c.CoreChildren(model).Where(e => e.Name.LocalName == "listOfRules"))
        {
            foreach (var e in c.CoreChildren(list))
            {
                var kind = e.Name.LocalName;
                if (kind is "notes" or "annotation")
                {
                    continue;
                }

                if (kind is not ("algebraicRule" or "assignmentRule" or "rateRule"))
                {
                    c.Add(Severity.Warning, e, $"<{kind}> is not a rule of {c.LevelVersion} and is ignored");
                    continue;
                }

                var variable = kind == "algebraicRule" ? null : c.RequiredText(e, "variable");
                if (math.ReadOptional(e) is not { } value)
                {
                    WarnNoMath(e, variable, kind);
                    continue;
                }

                Rule rule = kind switch
                {
                    "assignmentRule" => new AssignmentRule(variable!, value),
                    "rateRule" => new RateRule(variable!, value),
                    _ => new AlgebraicRule(value),
                };
                rules.Add(sbase.Apply(rule, e));
            }
        }

        return rules.ToImmutable();
    }

    private Event ReadEvent(XElement e)
    {
        var id = ReadContext.Id(e, "id");
        c.IgnoredAttributes(e, "timeUnits");

        // useValuesFromTriggerTime: absent before L2V4, where the behaviour was 'true'; default true in
        // L2V4–V5; required in L3.
        var useValuesFromTriggerTime = c.LevelBoolean(e, "useValuesFromTriggerTime", level2Default: true, fallback: true, id);
        var assignments = ImmutableArray.CreateBuilder<EventAssignment>();
        foreach (var a in Items(e, "listOfEventAssignments", "eventAssignment"))
        {
            var variable = c.RequiredText(a, "variable");
            if (math.ReadOptional(a) is { } value)
            {
                assignments.Add(sbase.Apply(new EventAssignment(variable, value), a));
            }
            else
            {
                WarnNoMath(a, variable, "event assignment");
            }
        }

        var delay = c.CoreChild(e, "delay");
        var priority = c.CoreChild(e, "priority");
        var result = new Event(
            id,
            ReadTrigger(e, id),
            delay is null ? null : math.ReadOptional(delay),
            priority is null ? null : math.ReadOptional(priority),
            useValuesFromTriggerTime,
            assignments.ToImmutable());
        return sbase.Apply(result, e);
    }

    /// <summary>The trigger; Level 2 triggers behave as initialValue = true and persistent = true (the
    /// attributes are new in L3). An event without a trigger, or a trigger without math (allowed by L3V2),
    /// never fires: it is read as the condition <c>false</c> with a warning.</summary>
    private Trigger ReadTrigger(XElement e, string? id)
    {
        var t = c.CoreChild(e, "trigger");
        if (t is null)
        {
            c.Add(Severity.Warning, e, "event has no <trigger> and never fires; read with the trigger 'false'", id);
            return new Trigger(BooleanNode.False, InitialValue: true, Persistent: true) { Location = c.At(e) };
        }

        var condition = math.ReadOptional(t);
        if (condition is null)
        {
            c.Add(Severity.Warning, t, "trigger has no math and never fires; read as 'false'", id);
        }

        var trigger = new Trigger(
            condition ?? BooleanNode.False,
            c.LevelBoolean(t, "initialValue", level2Default: true, fallback: true, id),
            c.LevelBoolean(t, "persistent", level2Default: true, fallback: true, id));
        return sbase.Apply(trigger, t);
    }

    private void WarnNoMath(XElement e, string? id, string what) =>
        c.Add(Severity.Warning, e, $"{what} without math has no meaning and is not kept", id);
}
