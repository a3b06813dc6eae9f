namespace Myokinetics.Core.Diagnostics;

/// <summary>
/// The base of the errors a user can cause or meet. The command line prints <see cref="Exception.Message"/>
/// as one line and exits with <see cref="ExitCode"/>; no stack trace is shown for these.
/// </summary>
public abstract class MyokineticsException : Exception
{
    protected MyokineticsException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>1 for bad input, 2 for a numerical failure (DESIGN.md's contract).</summary>
    public abstract int ExitCode { get; }
}

/// <summary>A file that cannot be read as the format it claims: names the place and what was expected.</summary>
public sealed class ModelFormatException : MyokineticsException
{
    public ModelFormatException(SourceLocation location, string message, Exception? inner = null)
        : base($"{location}: {message}", inner)
    {
        Location = location;
        Detail = message;
    }

    public SourceLocation Location { get; }

    /// <summary>The message without the location.</summary>
    public string Detail { get; }

    public override int ExitCode => 1;
}

/// <summary>A model that reads but does not make sense (an undefined symbol, a cycle of rules, ...).</summary>
public sealed class ModelValidationException : MyokineticsException
{
    public ModelValidationException(string message, SourceLocation? location = null, Exception? inner = null)
        : base(location is { } l ? $"{l}: {message}" : message, inner)
    {
        Location = location;
    }

    public SourceLocation? Location { get; }

    public override int ExitCode => 1;
}

/// <summary>A model that uses a construct this version does not simulate; <see cref="Feature"/> names it.</summary>
public sealed class UnsupportedFeatureException : MyokineticsException
{
    public UnsupportedFeatureException(string feature, string message)
        : base($"unsupported: {feature}: {message}")
    {
        Feature = feature;
    }

    public string Feature { get; }

    public override int ExitCode => 1;
}

/// <summary>A simulation that could not go on: says at what time, which variable and why.</summary>
public sealed class SimulationException : MyokineticsException
{
    public SimulationException(string message, double time, string? variable = null, Exception? inner = null)
        : base(message, inner)
    {
        Time = time;
        Variable = variable;
    }

    public double Time { get; }

    public string? Variable { get; }

    public override int ExitCode => 2;
}
