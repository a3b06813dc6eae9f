using System.Globalization;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Antimony.Syntax;

/// <summary>
/// Hand-written recursive-descent parser of Antimony statements. Formulas inside statements are read
/// by <see cref="InfixParser.ParseExpression"/> on the same token cursor, so every error carries the
/// line and column of the token where reading stopped.
/// </summary>
internal sealed class AntimonyParser
{
    /// <summary>Antimony keywords that end a formula (never a unit after a number).</summary>
    private static readonly InfixParserOptions FormulaOptions =
        new(ImmutableHashSet.Create(StringComparer.Ordinal, "after", "in", "is", "has", "end"));

    private static readonly HashSet<string> DeclarationKeywords =
        new(StringComparer.Ordinal) { "const", "var", "species", "compartment", "formula", "substanceOnly" };

    private static readonly HashSet<string> UnsupportedDeclarations =
        new(StringComparer.Ordinal) { "DNA", "gene", "operator", "reaction", "event", "ext" };

    private readonly string fileName;
    private readonly InfixTokenCursor tokens;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<FunctionStatement> functions = [];
    private readonly HashSet<string> moduleNames = new(StringComparer.Ordinal);

    private AntimonyParser(string text, string fileName)
    {
        this.fileName = fileName;
        try
        {
            tokens = new InfixTokenCursor(InfixLexer.Tokenize(text, InfixLexerOptions.ModelText));
        }
        catch (InfixParseException e)
        {
            throw new ModelFormatException(new SourceLocation(fileName, e.Line, e.Column), e.Detail, e);
        }
    }

    public static FileSyntax Parse(string text, string fileName) => new AntimonyParser(text, fileName).ParseFile();

    private InfixToken Current => tokens.Current;

    private FileSyntax ParseFile()
    {
        var main = new List<Statement>();
        var modules = new List<ModuleSyntax>();
        var first = Current;
        while (true)
        {
            SkipSeparators();
            var t = Current;
            if (t.Kind == InfixTokenKind.End)
            {
                break;
            }

            if (IsModelKeyword(t) && !IsModelAnnotation())
            {
                modules.Add(ParseModule());
            }
            else if (t.IsIdentifier("function"))
            {
                functions.Add(ParseFunction());
            }
            else if (t.IsIdentifier("end"))
            {
                throw Error(t, "'end' without an open 'model' or 'function'");
            }
            else if (ParseStatement() is { } statement)
            {
                main.Add(statement);
            }
        }

        if (main.Count > 0 && moduleNames.Contains("__main"))
        {
            throw new ModelFormatException(main[0].Location, "statements outside a model cannot be mixed with a model named '__main' (they form that model)");
        }

        if (main.Count > 0 || modules.Count == 0)
        {
            modules.Add(new ModuleSyntax("__main", false, [], [.. main], Location(first)));
        }

        return new FileSyntax([.. modules], [.. functions], [.. diagnostics]);
    }

    private ModuleSyntax ParseModule()
    {
        var keyword = tokens.Next();
        var marked = false;
        if (Current.IsSymbol("*"))
        {
            tokens.Next();
            marked = true;
        }

        var name = ExpectIdentifier($"a model name after '{keyword.Text}'");
        if (!moduleNames.Add(name.Text))
        {
            throw Error(name, $"model '{name.Text}' is defined twice");
        }

        var ports = ImmutableArray.CreateBuilder<string>();
        if (Current.IsSymbol("("))
        {
            tokens.Next();
            if (!Current.IsSymbol(")"))
            {
                while (true)
                {
                    ports.Add(ExpectIdentifier("a port name").Text);
                    if (Current.IsSymbol(","))
                    {
                        tokens.Next();
                        continue;
                    }

                    break;
                }
            }

            Expect(")", $"expected ',' or ')' in the port list of model '{name.Text}'");
        }

        var statements = new List<Statement>();
        while (true)
        {
            SkipSeparators();
            var t = Current;
            if (t.IsIdentifier("end"))
            {
                tokens.Next();
                break;
            }

            if (t.Kind == InfixTokenKind.End)
            {
                throw Error(t, $"expected 'end' to close model '{name.Text}' (opened at line {keyword.Line}), found end of file");
            }

            if (IsModelKeyword(t) && !IsModelAnnotation())
            {
                throw Error(t, $"models cannot be nested: expected 'end' to close model '{name.Text}' (opened at line {keyword.Line}) before '{t.Text}'");
            }

            if (t.IsIdentifier("function"))
            {
                functions.Add(ParseFunction());
            }
            else if (ParseStatement() is { } statement)
            {
                statements.Add(statement);
            }
        }

        return new ModuleSyntax(name.Text, marked, ports.ToImmutable(), [.. statements], Location(keyword));
    }

    private FunctionStatement ParseFunction()
    {
        var keyword = tokens.Next();
        var name = ExpectIdentifier("a function name after 'function'");
        Expect("(", $"expected '(' after function name '{name.Text}'");
        var parameters = ImmutableArray.CreateBuilder<string>();
        if (!Current.IsSymbol(")"))
        {
            while (true)
            {
                parameters.Add(ExpectIdentifier("a parameter name").Text);
                if (Current.IsSymbol(","))
                {
                    tokens.Next();
                    continue;
                }

                break;
            }
        }

        Expect(")", $"expected ',' or ')' in the parameters of function '{name.Text}'");
        SkipSeparators();
        if (Current.IsIdentifier("end"))
        {
            throw Error(Current, $"function '{name.Text}' has no body: expected a formula before 'end'");
        }

        var body = ParseMath();
        SkipSeparators();
        if (!Current.IsIdentifier("end"))
        {
            throw Error(Current, $"expected 'end' to close function '{name.Text}' (opened at line {keyword.Line}), found {Current.Describe()}");
        }

        tokens.Next();
        return new FunctionStatement(Location(keyword), name.Text, parameters.ToImmutable(), body);
    }

    private Statement? ParseStatement()
    {
        var t = Current;
        if (t.Kind == InfixTokenKind.Identifier)
        {
            if (t.Text == "at")
            {
                return ParseEvent(null, t);
            }

            if (DeclarationKeywords.Contains(t.Text))
            {
                return ParseDeclaration();
            }

            if (UnsupportedDeclarations.Contains(t.Text))
            {
                throw Error(t, $"'{t.Text}' declarations are not supported");
            }

            switch (t.Text)
            {
                case "unit":
                    return ParseUnitDefinition();
                case "import":
                    throw Error(t, "'import' is not supported: put all models and functions in one file");
                case "delete":
                    throw Error(t, "'delete' (removing elements of submodels) is not supported");
                case "maximize" or "minimize" or "constraint":
                    throw Error(t, "flux-balance objectives and constraints are not supported");
                case "model" or "module":
                    return ParseModelAnnotation();
                default:
                    return ParseNameStatement();
            }
        }

        if (t.IsSymbol("$") || t.IsSymbol("->") || t.IsSymbol("=>") || t.Kind == InfixTokenKind.Number)
        {
            if (t.Kind == InfixTokenKind.Number && t.Number == 0 && tokens.Peek(1).IsSymbol("=") && !HasArrowBeforeStatementEnd())
            {
                return ParseAlgebraicRule(null, t);
            }

            if (t.Kind == InfixTokenKind.Number && !HasArrowBeforeStatementEnd() && IsComparison(tokens.Peek(1)))
            {
                throw Error(t, "flux-balance constraints (such as '0 <= J0') are not supported");
            }

            return ParseReaction(null, null, t);
        }

        throw Error(t, $"expected a statement (a declaration, an assignment, a reaction or an event), found {t.Describe()}");
    }

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
                    var math = ParseMath();
                    ExpectStatementEnd($"the assignment rule for '{name.Text}'");
                    return new AssignmentRuleStatement(Location(name), name.Text, math);
                }

            case "'" when next.Kind == InfixTokenKind.Symbol:
                {
                    tokens.Next();
                    Expect("=", $"expected '=' after \"{name.Text}'\" in a rate rule");
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

    private ReactionStatement ParseReaction(string? id, string? compartment, InfixToken start)
    {
        var reactants = ParseSide();
        var arrow = Current;
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

    private DeclarationStatement ParseDeclaration()
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
        return new DeclarationStatement(Location(start), modifiers, items.ToImmutable());
    }

    private (MathNode? Value, MathNode? Rule) ParseOptionalValue()
    {
        if (Current.IsSymbol("="))
        {
            tokens.Next();
            return (ParseMath(), null);
        }

        if (Current.IsSymbol(":="))
        {
            tokens.Next();
            return (null, ParseMath());
        }

        return (null, null);
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

    private Statement? ParseModelAnnotation()
    {
        var model = tokens.Next();
        var next = Current;
        if (next.IsIdentifier("is") && tokens.Peek(1).Kind == InfixTokenKind.String)
        {
            tokens.Next();
            var text = tokens.Next();
            ExpectStatementEnd("the display name of the model");
            return new DisplayNameStatement(Location(model), "model", text.Text);
        }

        return ParseAnnotation(model with { Text = "model" }, onModel: true);
    }

    private Statement? ParseAnnotation(InfixToken element, bool onModel)
    {
        var keyword = ExpectIdentifier("an annotation keyword");
        var resources = ImmutableArray.CreateBuilder<string>();
        while (true)
        {
            var text = tokens.Next();
            if (text.Kind != InfixTokenKind.String)
            {
                throw Error(text, $"expected a quoted text after '{keyword.Text}', found {text.Describe()}");
            }

            resources.Add(text.Text);
            if (!Current.IsSymbol(","))
            {
                break;
            }

            tokens.Next();
            SkipNewlines();
        }

        ExpectStatementEnd($"the '{keyword.Text}' annotation of '{element.Text}'");
        if (keyword.Text == "notes")
        {
            return new NotesStatement(Location(element), element.Text, string.Join("\n", resources));
        }

        if (keyword.Text.StartsWith("created", StringComparison.Ordinal) || keyword.Text.StartsWith("modified", StringComparison.Ordinal)
            || keyword.Text.StartsWith("creator", StringComparison.Ordinal))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, $"'{keyword.Text}' (model history) is not kept", Location(keyword), element.Text));
            return null;
        }

        var qualifier = Qualifiers.Decode(keyword.Text, onModel)
            ?? throw Error(keyword, $"unknown annotation keyword '{keyword.Text}': expected notes or a qualifier such as identity, hasPart, isPartOf, isVersionOf, isDescribedBy, hasTaxon");
        return new AnnotationStatement(Location(element), element.Text, qualifier, resources.ToImmutable());
    }

    private SboTermStatement ParseSboTerm(InfixToken name)
    {
        var element = name.Text[..^".sboTerm".Length];
        var t = tokens.Next();
        InfixToken digits;
        if (t.Kind == InfixTokenKind.Number)
        {
            digits = t;
        }
        else if (t.IsIdentifier("SBO") && Current.IsSymbol(":") && tokens.Peek(1).Kind == InfixTokenKind.Number)
        {
            tokens.Next();
            digits = tokens.Next();
        }
        else
        {
            throw Error(t, $"expected an SBO term (such as 236 or SBO:0000236) for '{element}', found {t.Describe()}");
        }

        if (digits.Number < 0 || digits.Number > 9_999_999 || digits.Number != System.Math.Floor(digits.Number))
        {
            throw Error(digits, $"an SBO term is a whole number of at most 7 digits, found '{digits.Text}'");
        }

        ExpectStatementEnd($"the SBO term of '{element}'");
        var term = "SBO:" + ((int)digits.Number).ToString("D7", CultureInfo.InvariantCulture);
        return new SboTermStatement(Location(name), element, term);
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

    private MathNode ParseMath()
    {
        try
        {
            return InfixParser.ParseExpression(tokens, FormulaOptions);
        }
        catch (InfixParseException e)
        {
            throw new ModelFormatException(new SourceLocation(fileName, e.Line, e.Column), e.Detail, e);
        }
    }

    private bool HasArrowBeforeStatementEnd()
    {
        var depth = 0;
        for (var i = 0; ; i++)
        {
            var t = tokens.Peek(i);
            if (t.Kind == InfixTokenKind.End || (depth == 0 && (t.Kind == InfixTokenKind.Newline || t.IsSymbol(";"))))
            {
                return false;
            }

            if (t.IsSymbol("("))
            {
                depth++;
            }
            else if (t.IsSymbol(")"))
            {
                depth = System.Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (t.IsSymbol("->") || t.IsSymbol("=>")))
            {
                return true;
            }
        }
    }

    private bool IsModelAnnotation()
    {
        var next = tokens.Peek(1);
        return next.Kind == InfixTokenKind.Identifier && tokens.Peek(2).Kind == InfixTokenKind.String;
    }

    private static bool IsModelKeyword(InfixToken t) => t.IsIdentifier("model") || t.IsIdentifier("module");

    private static bool IsComparison(InfixToken t) =>
        t.IsSymbol("<") || t.IsSymbol(">") || t.IsSymbol("<=") || t.IsSymbol(">=") || t.IsSymbol("==");

    private static bool IsStatementEnd(InfixToken t) =>
        t.Kind is InfixTokenKind.Newline or InfixTokenKind.End || t.IsSymbol(";") || t.IsIdentifier("end");

    private void ExpectStatementEnd(string what)
    {
        var t = Current;
        if (t.Kind == InfixTokenKind.Newline || t.IsSymbol(";"))
        {
            tokens.Next();
            return;
        }

        if (t.Kind == InfixTokenKind.End || t.IsIdentifier("end"))
        {
            return;
        }

        throw Error(t, $"expected ';' or newline after {what}, found {t.Describe()}");
    }

    private void SkipSeparators()
    {
        while (Current.Kind == InfixTokenKind.Newline || Current.IsSymbol(";"))
        {
            tokens.Next();
        }
    }

    private void SkipNewlines()
    {
        while (Current.Kind == InfixTokenKind.Newline)
        {
            tokens.Next();
        }
    }

    private InfixToken ExpectIdentifier(string what)
    {
        var t = Current;
        if (t.Kind != InfixTokenKind.Identifier)
        {
            throw Error(t, $"expected {what}, found {t.Describe()}");
        }

        return tokens.Next();
    }

    private void Expect(string symbol, string message)
    {
        var t = Current;
        if (!t.IsSymbol(symbol))
        {
            throw Error(t, $"{message}, found {t.Describe()}");
        }

        tokens.Next();
    }

    private SourceLocation Location(InfixToken t) => new(fileName, t.Line, t.Column);

    private ModelFormatException Error(InfixToken t, string detail) => new(Location(t), detail);
}
