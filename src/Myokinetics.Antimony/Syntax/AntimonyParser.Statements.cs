using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Antimony.Syntax;

// The Antimony parser, part: statements that start with a name, declarations, units, submodels and algebraic rules.
internal sealed partial class AntimonyParser
{
    private Statement? ParseNameStatement()
    {
        var name = Current;
        var next = tokens.Peek(1);
        if (next.IsSymbol(":"))
        {
            tokens.Next();
            tokens.Next();
            return ParseLabeled(name, null);
        }

        if (next.IsIdentifier("in") && tokens.Peek(2).Kind == InfixTokenKind.Identifier && tokens.Peek(3).IsSymbol(":"))
        {
            tokens.Next();
            tokens.Next();
            var compartment = tokens.Next();
            tokens.Next();
            return ParseLabeled(name, compartment.Text);
        }

        if (HasArrowBeforeStatementEnd() || next.IsSymbol("+"))
        {
            return ParseReaction(null, null, name);
        }

        if (next.Kind == InfixTokenKind.Identifier && tokens.Peek(2).Kind == InfixTokenKind.String
            && !next.IsIdentifier("is") && !next.IsIdentifier("has") && !next.IsIdentifier("in"))
        {
            tokens.Next();
            return ParseAnnotation(name, onModel: false);
        }

        tokens.Next();
        switch (next.Text)
        {
            case ":=" when next.Kind == InfixTokenKind.Symbol:
                {
                    tokens.Next();
                    if (IsStatementEnd(Current))
                    {
                        ExpectStatementEnd($"'{name.Text} :='");
                        return new ClearStatement(Location(name), name.Text, ClearedDefinition.AssignmentRule);
                    }

                    var math = ParseMath();
                    ExpectStatementEnd($"the assignment rule for '{name.Text}'");
                    return new AssignmentRuleStatement(Location(name), name.Text, math);
                }

            case "'" when next.Kind == InfixTokenKind.Symbol:
                {
                    tokens.Next();
                    Expect("=", $"expected '=' after \"{name.Text}'\" in a rate rule");
                    if (IsStatementEnd(Current))
                    {
                        ExpectStatementEnd($"\"{name.Text}' =\"");
                        return new ClearStatement(Location(name), name.Text, ClearedDefinition.RateRule);
                    }

                    var math = ParseMath();
                    ExpectStatementEnd($"the rate rule for '{name.Text}'");
                    return new RateRuleStatement(Location(name), name.Text, math);
                }

            case "=" when next.Kind == InfixTokenKind.Symbol:
                {
                    tokens.Next();
                    if (name.Text.EndsWith(".sboTerm", StringComparison.Ordinal))
                    {
                        return ParseSboTerm(name);
                    }

                    if (IsStatementEnd(Current))
                    {
                        ExpectStatementEnd($"'{name.Text} ='");
                        return new ClearStatement(Location(name), name.Text, ClearedDefinition.Value);
                    }

                    var math = ParseMath();
                    ExpectStatementEnd($"the value of '{name.Text}'");
                    return new ValueStatement(Location(name), name.Text, math);
                }

            case "is" when next.Kind == InfixTokenKind.Identifier:
                {
                    tokens.Next();
                    var target = tokens.Next();
                    if (target.Kind == InfixTokenKind.String)
                    {
                        ExpectStatementEnd($"the display name of '{name.Text}'");
                        return new DisplayNameStatement(Location(name), name.Text, target.Text);
                    }

                    if (target.Kind == InfixTokenKind.Identifier)
                    {
                        ExpectStatementEnd($"'{name.Text} is {target.Text}'");
                        return new SynonymStatement(Location(name), name.Text, target.Text);
                    }

                    throw Error(target, $"expected a quoted display name or another element's name after '{name.Text} is', found {target.Describe()}");
                }

            case "has" when next.Kind == InfixTokenKind.Identifier:
                {
                    tokens.Next();
                    var unit = ExpectIdentifier($"a unit name after '{name.Text} has'");
                    ExpectStatementEnd($"the units of '{name.Text}'");
                    return new HasUnitsStatement(Location(name), name.Text, unit.Text);
                }

            case "in" when next.Kind == InfixTokenKind.Identifier:
                {
                    tokens.Next();
                    var compartment = ExpectIdentifier($"a compartment name after '{name.Text} in'");
                    var (value, rule) = ParseOptionalValue();
                    ExpectStatementEnd($"'{name.Text} in {compartment.Text}'");
                    var item = new DeclaredItem(name.Text, false, compartment.Text, value, rule, Location(name));
                    return new DeclarationStatement(Location(name), DeclarationModifiers.None, [item]);
                }

            case "(" when next.Kind == InfixTokenKind.Symbol:
                throw Error(name, moduleNames.Contains(name.Text)
                    ? $"a submodel needs a name: write 'name: {name.Text}(...)'"
                    : $"unknown model '{name.Text}': a model must be defined before it is used as a submodel");

            case "-|" when next.Kind == InfixTokenKind.Symbol:
                throw Error(next, "interactions ('-|', '-o', '-(') are not supported");

            default:
                throw Error(next, $"expected '=', ':=', \"'\", ':', '->', 'is', 'has' or 'in' after '{name.Text}', found {next.Describe()}");
        }
    }

    private Statement ParseLabeled(InfixToken label, string? compartment)
    {
        var t = Current;
        if (t.IsIdentifier("at"))
        {
            return ParseEvent(label.Text, t);
        }

        if (t.Kind == InfixTokenKind.Number && t.Number == 0 && tokens.Peek(1).IsSymbol("=") && !HasArrowBeforeStatementEnd())
        {
            return ParseAlgebraicRule(label.Text, label);
        }

        if (t.Kind == InfixTokenKind.Identifier && tokens.Peek(1).IsSymbol("(") && !HasArrowBeforeStatementEnd())
        {
            if (!moduleNames.Contains(t.Text))
            {
                throw Error(t, $"unknown model '{t.Text}': a model must be defined before it is used as a submodel");
            }

            return ParseSubmodel(label, compartment);
        }

        if (t.IsIdentifier("maximize") || t.IsIdentifier("minimize"))
        {
            throw Error(t, "flux-balance objectives are not supported");
        }

        if (HasArrowBeforeStatementEnd() || t.IsSymbol("$") || t.Kind is InfixTokenKind.Number or InfixTokenKind.Identifier)
        {
            return ParseReaction(label.Text, compartment, label);
        }

        throw Error(t, $"expected a reaction, an event ('at ...') or a submodel after '{label.Text}:', found {t.Describe()}");
    }

    private Statement ParseDeclaration()
    {
        var start = Current;
        var modifiers = DeclarationModifiers.None;
        while (Current.Kind == InfixTokenKind.Identifier && DeclarationKeywords.Contains(Current.Text))
        {
            var keyword = tokens.Next();
            var flag = keyword.Text switch
            {
                "const" => DeclarationModifiers.Const,
                "var" => DeclarationModifiers.Var,
                "species" => DeclarationModifiers.Species,
                "compartment" => DeclarationModifiers.Compartment,
                "formula" => DeclarationModifiers.Formula,
                _ => DeclarationModifiers.SubstanceOnly,
            };
            modifiers |= flag;
            if (modifiers.HasFlag(DeclarationModifiers.Const) && modifiers.HasFlag(DeclarationModifiers.Var))
            {
                throw Error(keyword, "'const' and 'var' cannot both apply");
            }

            var kinds = (modifiers & (DeclarationModifiers.Species | DeclarationModifiers.Compartment | DeclarationModifiers.Formula)) switch
            {
                DeclarationModifiers.None or DeclarationModifiers.Species or DeclarationModifiers.Compartment or DeclarationModifiers.Formula => true,
                _ => false,
            };
            if (!kinds)
            {
                throw Error(keyword, "only one of 'species', 'compartment' and 'formula' can apply");
            }
        }

        var items = ImmutableArray.CreateBuilder<DeclaredItem>();
        var extra = new List<Statement>();
        while (true)
        {
            var itemStart = Current;
            var boundary = false;
            if (Current.IsSymbol("$"))
            {
                tokens.Next();
                boundary = true;
            }

            var name = ExpectIdentifier("a name to declare");
            if (name.Text.EndsWith(".sboTerm", StringComparison.Ordinal) && Current.IsSymbol("="))
            {
                // 'species a.sboTerm = 25': declare a, and give it an SBO term.
                tokens.Next();
                var sbo = ParseSboTermValue(name);
                var element = name.Text[..^".sboTerm".Length];
                items.Add(new DeclaredItem(element, boundary, null, null, null, Location(itemStart)));
                extra.Add(new SboTermStatement(Location(name), element, sbo));
                if (!Current.IsSymbol(","))
                {
                    break;
                }

                tokens.Next();
                SkipNewlines();
                continue;
            }

            string? compartment = null;
            if (Current.IsIdentifier("in"))
            {
                tokens.Next();
                compartment = ExpectIdentifier($"a compartment name after '{name.Text} in'").Text;
            }

            var (value, rule) = ParseOptionalValue();
            items.Add(new DeclaredItem(name.Text, boundary, compartment, value, rule, Location(itemStart)));
            if (!Current.IsSymbol(","))
            {
                break;
            }

            tokens.Next();
            SkipNewlines();
        }

        ExpectStatementEnd("the declaration");
        var declaration = new DeclarationStatement(Location(start), modifiers, items.ToImmutable());
        return extra.Count == 0 ? declaration : new StatementGroup(Location(start), [declaration, .. extra]);
    }

    private UnitDefinitionStatement? ParseUnitDefinition()
    {
        var keyword = tokens.Next();
        var name = ExpectIdentifier("a unit name after 'unit'");
        if (!Current.IsSymbol("="))
        {
            ExpectStatementEnd($"unit '{name.Text}'");
            diagnostics.Add(new Diagnostic(Severity.Info, $"unit '{name.Text}' is declared without a definition; only defined units are kept", Location(name), name.Text));
            return null;
        }

        tokens.Next();
        var definition = ParseMath();
        ExpectStatementEnd($"the definition of unit '{name.Text}'");
        return new UnitDefinitionStatement(Location(keyword), name.Text, definition);
    }

    private SubmodelStatement ParseSubmodel(InfixToken label, string? compartment)
    {
        var module = tokens.Next();
        tokens.Next();
        var args = ImmutableArray.CreateBuilder<SubmodelArgument>();
        if (!Current.IsSymbol(")"))
        {
            while (true)
            {
                var at = Current;
                var value = ParseMath();
                args.Add(value is SymbolNode s ? new SubmodelArgument(s.Name, null, Location(at)) : new SubmodelArgument(null, value, Location(at)));
                if (Current.IsSymbol(","))
                {
                    tokens.Next();
                    continue;
                }

                break;
            }
        }

        Expect(")", $"expected ',' or ')' in the arguments of submodel '{label.Text}'");
        if (Current.IsSymbol(","))
        {
            throw Error(tokens.Peek(1), "conversion factors of submodels (timeconv, extentconv) are not supported");
        }

        if (compartment is not null)
        {
            diagnostics.Add(new Diagnostic(Severity.Info, $"the compartment of submodel '{label.Text}' is ignored", Location(label), label.Text));
        }

        ExpectStatementEnd($"submodel '{label.Text}'");
        return new SubmodelStatement(Location(label), label.Text, module.Text, args.ToImmutable());
    }

    private AlgebraicRuleStatement ParseAlgebraicRule(string? id, InfixToken start)
    {
        tokens.Next();
        tokens.Next();
        var math = ParseMath();
        ExpectStatementEnd("the algebraic rule");
        return new AlgebraicRuleStatement(Location(start), id, math);
    }
}
