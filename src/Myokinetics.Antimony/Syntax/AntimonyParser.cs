using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Antimony.Syntax;

/// <summary>
/// Hand-written recursive-descent parser of Antimony statements. Formulas inside statements are read
/// by <see cref="InfixParser.ParseExpression"/> on the same token cursor, so every error carries the
/// line and column of the token where reading stopped.
/// </summary>
internal sealed partial class AntimonyParser
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
    private readonly List<ModuleSyntax> importedModules = [];
    private readonly List<Statement> importedFunctionAnnotations = [];
    private readonly ImmutableList<string> importChain;

    private AntimonyParser(string text, string fileName, ImmutableList<string> importChain)
    {
        this.fileName = fileName;
        this.importChain = importChain;
        try
        {
            tokens = new InfixTokenCursor(InfixLexer.Tokenize(text, InfixLexerOptions.ModelText));
        }
        catch (InfixParseException e)
        {
            throw new ModelFormatException(new SourceLocation(fileName, e.Line, e.Column), e.Detail, e);
        }
    }

    public static FileSyntax Parse(string text, string fileName) =>
        new AntimonyParser(text, fileName, [FullPathOrName(fileName)]).ParseFile();

    private static string FullPathOrName(string fileName)
    {
        try
        {
            return Path.GetFullPath(fileName);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return fileName;
        }
    }

    private InfixToken Current => tokens.Current;

    private FileSyntax ParseFile()
    {
        var main = new List<Statement>();
        var functionAnnotations = new List<Statement>();
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
            else if (t.IsIdentifier("import"))
            {
                main.AddRange(ParseImport());
            }
            else if (ParseStatement() is { } statement)
            {
                if (AnnotatedName(statement) is { } target && modules.FindIndex(m => m.Name == target) is var index and >= 0)
                {
                    // 'foo is "..."' or 'foo.sboTerm = 8' after 'model foo() ... end' annotates that model.
                    modules[index] = modules[index] with { Statements = modules[index].Statements.Add(Retarget(statement, "model")) };
                }
                else if (AnnotatedName(statement) is { } function && functions.Exists(f => f.Name == function))
                {
                    functionAnnotations.Add(statement);
                }
                else
                {
                    main.Add(statement);
                }
            }
        }

        if (main.Count > 0 && moduleNames.Contains("__main"))
        {
            throw new ModelFormatException(main[0].Location, "statements outside a model cannot be mixed with a model named '__main' (they form that model)");
        }

        modules.InsertRange(0, importedModules);
        functionAnnotations.InsertRange(0, importedFunctionAnnotations);
        if (main.Count > 0 || modules.Count == 0)
        {
            modules.Add(new ModuleSyntax("__main", false, [], [.. main], Location(first)));
        }

        return new FileSyntax([.. modules], [.. functions], [.. functionAnnotations], [.. diagnostics]);
    }

    private static string? AnnotatedName(Statement statement) => statement switch
    {
        DisplayNameStatement d => d.Name,
        AnnotationStatement a => a.Name,
        NotesStatement n => n.Name,
        SboTermStatement s => s.Name,
        _ => null,
    };

    private static Statement Retarget(Statement statement, string name) => statement switch
    {
        DisplayNameStatement d => d with { Name = name },
        AnnotationStatement a => a with { Name = name },
        NotesStatement n => n with { Name = name },
        SboTermStatement s => s with { Name = name },
        _ => statement,
    };

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
            else if (t.IsIdentifier("import"))
            {
                statements.AddRange(ParseImport());
            }
            else if (ParseStatement() is { } statement)
            {
                statements.Add(statement);
            }
        }

        return new ModuleSyntax(name.Text, marked, ports.ToImmutable(), [.. statements], Location(keyword));
    }

    /// <summary>
    /// <c>import "file.ant"</c>: the file (relative to the importing file) is read; its models and
    /// functions become available, as in Antimony, and its statements outside any model join the model
    /// the import appears in (or the file's top level). The second part is Myokinetics' own: it lets a
    /// large model be split into module files without submodel prefixes on every id.
    /// </summary>
    private IReadOnlyList<Statement> ParseImport()
    {
        var keyword = tokens.Next();
        var target = Current;
        if (target.Kind != InfixTokenKind.String)
        {
            throw Error(target, $"expected a quoted file name after 'import', found {target.Describe()}");
        }

        tokens.Next();
        var directory = Path.GetDirectoryName(importChain[^1]);
        var path = Path.GetFullPath(Path.Combine(string.IsNullOrEmpty(directory) ? Directory.GetCurrentDirectory() : directory, target.Text));
        if (importChain.Contains(path, StringComparer.Ordinal))
        {
            throw Error(keyword, $"'{target.Text}' imports itself (through {string.Join(" → ", importChain.Select(Path.GetFileName))})");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw Error(target, $"cannot read the imported file '{target.Text}': {e.Message}");
        }

        var displayName = Path.IsPathRooted(target.Text) ? target.Text : Path.Combine(Path.GetDirectoryName(fileName) ?? string.Empty, target.Text);
        var imported = new AntimonyParser(text, displayName, importChain.Add(path)).ParseFile();
        diagnostics.AddRange(imported.Diagnostics);
        functions.AddRange(imported.Functions);
        importedFunctionAnnotations.AddRange(imported.FunctionAnnotations);
        var statements = new List<Statement>();
        foreach (var module in imported.Modules)
        {
            if (module.Name == "__main")
            {
                statements.AddRange(module.Statements);
            }
            else if (!moduleNames.Add(module.Name))
            {
                throw new ModelFormatException(module.Location, $"model '{module.Name}' is defined twice (also imported from '{target.Text}')");
            }
            else
            {
                importedModules.Add(module);
            }
        }

        return statements;
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

        if (HasComparisonBeforeStatementEnd())
        {
            throw Error(t, "flux-balance constraints (such as '-10 < J0 < 10') are not supported");
        }

        throw Error(t, $"expected a statement (a declaration, an assignment, a reaction or an event), found {t.Describe()}");
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
}
