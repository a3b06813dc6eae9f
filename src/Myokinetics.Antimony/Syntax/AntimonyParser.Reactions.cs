using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Antimony.Syntax;

// The Antimony parser, part: reactions and events.
internal sealed partial class AntimonyParser
{
    private ReactionStatement ParseReaction(string? id, string? compartment, InfixToken start)
    {
        var reactants = ParseSide();
        var arrow = Current;
        if (arrow.IsSymbol("-|") || (arrow.IsSymbol("-") && (tokens.Peek(1).IsIdentifier("o") || tokens.Peek(1).IsSymbol("("))))
        {
            throw Error(arrow, "interactions ('-|', '-o', '-(') are not supported");
        }

        if (!arrow.IsSymbol("->") && !arrow.IsSymbol("=>"))
        {
            throw Error(arrow, $"expected '->' or '=>' between the reactants and products, found {arrow.Describe()}");
        }

        tokens.Next();
        var products = ParseSide();
        var what = id is null ? "the reaction" : $"reaction '{id}'";
        if (!Current.IsSymbol(";"))
        {
            throw Error(Current, $"expected ';' after the products of {what}, found {Current.Describe()}");
        }

        tokens.Next();
        MathNode? rate = null;
        if (!IsStatementEnd(Current))
        {
            rate = ParseMath();
            if (Current.IsIdentifier("in"))
            {
                tokens.Next();
                compartment = ExpectIdentifier("a compartment name after 'in'").Text;
            }
        }

        ExpectStatementEnd("reaction rate law");
        return new ReactionStatement(Location(start), id, compartment, reactants, products, arrow.Text == "->", rate);
    }

    private ImmutableArray<Participant> ParseSide()
    {
        var side = ImmutableArray.CreateBuilder<Participant>();
        if (Current.IsSymbol("->") || Current.IsSymbol("=>") || Current.IsSymbol(";"))
        {
            return side.ToImmutable();
        }

        while (true)
        {
            var start = Current;
            var stoichiometry = 1.0;
            if (Current.Kind == InfixTokenKind.Number)
            {
                stoichiometry = tokens.Next().Number;
            }

            var boundary = false;
            if (Current.IsSymbol("$"))
            {
                tokens.Next();
                boundary = true;
            }

            var species = Current;
            if (species.Kind != InfixTokenKind.Identifier)
            {
                throw Error(species, $"expected a species name in the reaction, found {species.Describe()}");
            }

            tokens.Next();
            side.Add(new Participant(species.Text, stoichiometry, boundary, Location(start)));
            if (!Current.IsSymbol("+"))
            {
                return side.ToImmutable();
            }

            tokens.Next();
        }
    }

    private EventStatement ParseEvent(string? id, InfixToken start)
    {
        tokens.Next();
        var first = ParseMath();
        MathNode? delay = null;
        var trigger = first;
        if (Current.IsIdentifier("after"))
        {
            tokens.Next();
            delay = first;
            trigger = ParseMath();
        }

        MathNode? priority = null;
        bool? t0 = null;
        bool? persistent = null;
        bool? fromTrigger = null;
        while (Current.IsSymbol(","))
        {
            tokens.Next();
            var option = ExpectIdentifier("an event option (priority, t0, persistent or fromTrigger)");
            Expect("=", $"expected '=' after event option '{option.Text}'");
            switch (option.Text)
            {
                case "priority":
                    priority = ParseMath();
                    break;
                case "t0":
                    t0 = ParseBoolean(option.Text);
                    break;
                case "persistent":
                    persistent = ParseBoolean(option.Text);
                    break;
                case "fromTrigger":
                    fromTrigger = ParseBoolean(option.Text);
                    break;
                default:
                    throw Error(option, $"unknown event option '{option.Text}': expected priority, t0, persistent or fromTrigger");
            }
        }

        if (!Current.IsSymbol(":"))
        {
            throw Error(Current, $"expected ':' after the event trigger, found {Current.Describe()}");
        }

        tokens.Next();
        SkipNewlines();
        var assignments = ImmutableArray.CreateBuilder<EventAssignmentSyntax>();
        if (!IsStatementEnd(Current))
        {
            while (true)
            {
                var variable = ExpectIdentifier("a variable to assign in the event");
                Expect("=", $"expected '=' after '{variable.Text}' in the event assignment");
                assignments.Add(new EventAssignmentSyntax(variable.Text, ParseMath(), Location(variable)));
                if (!Current.IsSymbol(","))
                {
                    break;
                }

                tokens.Next();
                SkipNewlines();
            }
        }

        ExpectStatementEnd("the event assignments");
        return new EventStatement(Location(start), id, trigger, delay, priority, t0, persistent, fromTrigger, assignments.ToImmutable());
    }

    private bool ParseBoolean(string option)
    {
        var t = tokens.Next();
        if (t.IsIdentifier("true"))
        {
            return true;
        }

        if (t.IsIdentifier("false"))
        {
            return false;
        }

        throw Error(t, $"expected true or false for '{option}', found {t.Describe()}");
    }
}
