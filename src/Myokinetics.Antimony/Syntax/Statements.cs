using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;

namespace Myokinetics.Antimony.Syntax;

// The syntax tree of an Antimony file: what was written, before names are resolved. Names may be
// dotted ("A.S", an element of submodel A); "model" names the enclosing model itself.

/// <summary>A parsed file: its model definitions (the bare statements form the module "__main")
/// and its function definitions.</summary>
/// <param name="FunctionAnnotations">Display names, CV terms, SBO terms and notes of functions written
/// outside any model (libAntimony writes <c>f is "..."</c> after each function).</param>
internal sealed record FileSyntax(
    ImmutableArray<ModuleSyntax> Modules,
    ImmutableArray<FunctionStatement> Functions,
    ImmutableArray<Statement> FunctionAnnotations,
    ImmutableArray<Diagnostic> Diagnostics);

/// <summary><c>model [*]Name(ports) ... end</c>, or the bare statements of the file.</summary>
internal sealed record ModuleSyntax(
    string Name,
    bool IsMarkedMain,
    ImmutableArray<string> Ports,
    ImmutableArray<Statement> Statements,
    SourceLocation Location);

internal abstract record Statement(SourceLocation Location);

/// <summary>The keywords in front of a declaration.</summary>
[Flags]
internal enum DeclarationModifiers
{
    None = 0,
    Const = 1,
    Var = 2,
    Species = 4,
    Compartment = 8,
    Formula = 16,
    SubstanceOnly = 32,
}

/// <summary><c>const species $S1 in C = 3, S2</c>, or without keywords <c>S1 in C = 3</c>.</summary>
internal sealed record DeclarationStatement(SourceLocation Location, DeclarationModifiers Modifiers, ImmutableArray<DeclaredItem> Items)
    : Statement(Location);

internal sealed record DeclaredItem(string Name, bool Boundary, string? Compartment, MathNode? Value, MathNode? AssignmentRule, SourceLocation Location);

/// <summary>Several statements written as one (<c>species a.sboTerm = 25</c> declares and annotates).</summary>
internal sealed record StatementGroup(SourceLocation Location, ImmutableArray<Statement> Statements) : Statement(Location);

/// <summary>What <c>x = ;</c>, <c>x := ;</c> and <c>x' = ;</c> remove (reference, "Submodel deletions").</summary>
internal enum ClearedDefinition
{
    Value,
    AssignmentRule,
    RateRule,
}

/// <summary><c>x = ;</c> (or <c>:=</c>, <c>'=</c>): removes the definition, typically one a submodel made.</summary>
internal sealed record ClearStatement(SourceLocation Location, string Name, ClearedDefinition What) : Statement(Location);

/// <summary><c>x = expr</c>: an initial value (or the rate of reaction x).</summary>
internal sealed record ValueStatement(SourceLocation Location, string Name, MathNode Value) : Statement(Location);

/// <summary><c>x := expr</c>.</summary>
internal sealed record AssignmentRuleStatement(SourceLocation Location, string Name, MathNode Math) : Statement(Location);

/// <summary><c>x' = expr</c>.</summary>
internal sealed record RateRuleStatement(SourceLocation Location, string Name, MathNode Math) : Statement(Location);

/// <summary><c>[id:] 0 = expr</c>.</summary>
internal sealed record AlgebraicRuleStatement(SourceLocation Location, string? Id, MathNode Math) : Statement(Location);

/// <summary><c>[J in C:] 2 A + $B -> C; rate [in C]</c>.</summary>
internal sealed record ReactionStatement(
    SourceLocation Location,
    string? Id,
    string? Compartment,
    ImmutableArray<Participant> Reactants,
    ImmutableArray<Participant> Products,
    bool Reversible,
    MathNode? RateLaw) : Statement(Location);

internal sealed record Participant(string Species, double Stoichiometry, bool Boundary, SourceLocation Location);

/// <summary><c>[E:] at [delay after] trigger[, options]: x = expr, ...</c>.</summary>
internal sealed record EventStatement(
    SourceLocation Location,
    string? Id,
    MathNode Trigger,
    MathNode? Delay,
    MathNode? Priority,
    bool? InitialValue,
    bool? Persistent,
    bool? FromTrigger,
    ImmutableArray<EventAssignmentSyntax> Assignments) : Statement(Location);

internal sealed record EventAssignmentSyntax(string Variable, MathNode Math, SourceLocation Location);

/// <summary><c>x is "Display name"</c>.</summary>
internal sealed record DisplayNameStatement(SourceLocation Location, string Name, string DisplayName) : Statement(Location);

/// <summary><c>x is y</c>: x and y are the same element.</summary>
internal sealed record SynonymStatement(SourceLocation Location, string Name, string Target) : Statement(Location);

/// <summary><c>x has unit</c>.</summary>
internal sealed record HasUnitsStatement(SourceLocation Location, string Name, string Units) : Statement(Location);

/// <summary><c>x identity "uri", ...</c>; the keyword is resolved to a qualifier where the target is
/// known (<see cref="Qualifiers.Decode"/>: on the model itself model qualifiers come first).</summary>
internal sealed record AnnotationStatement(SourceLocation Location, string Name, string Keyword, ImmutableArray<string> Resources)
    : Statement(Location)
{
    public string Qualifier => Qualifiers.Decode(Keyword, Name == "model")!;
}

/// <summary><c>x notes "text"</c>.</summary>
internal sealed record NotesStatement(SourceLocation Location, string Name, string Text) : Statement(Location);

/// <summary><c>x.sboTerm = 236</c>, with the term normalised to <c>SBO:0000236</c>.</summary>
internal sealed record SboTermStatement(SourceLocation Location, string Name, string Term) : Statement(Location);

/// <summary><c>unit id = 1e-3 mole / litre</c>.</summary>
internal sealed record UnitDefinitionStatement(SourceLocation Location, string Id, MathNode Definition) : Statement(Location);

/// <summary><c>name: Module(arg, ...)</c>.</summary>
internal sealed record SubmodelStatement(SourceLocation Location, string Name, string ModuleName, ImmutableArray<SubmodelArgument> Arguments)
    : Statement(Location);

/// <summary>An argument of a submodel: a name (the port becomes that element) or a value.</summary>
internal sealed record SubmodelArgument(string? Name, MathNode? Value, SourceLocation Location);

/// <summary><c>function f(x, y) body end</c>.</summary>
internal sealed record FunctionStatement(SourceLocation Location, string Name, ImmutableArray<string> Parameters, MathNode Body)
    : Statement(Location);
