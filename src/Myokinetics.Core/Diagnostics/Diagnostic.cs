namespace Myokinetics.Core.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>A message about a model or input file (a unit inconsistency, an ignored construct, ...).</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">One line saying what is wrong and what was expected.</param>
/// <param name="Location">Where, when known.</param>
/// <param name="Element">The id of the model element concerned, when known.</param>
public sealed record Diagnostic(Severity Severity, string Message, SourceLocation? Location = null, string? Element = null)
{
    public override string ToString()
    {
        var where = Location is { } l ? $"{l}: " : string.Empty;
        var what = Element is null ? string.Empty : $" ({Element})";
        var level = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return $"{where}{level}: {Message}{what}";
    }
}
