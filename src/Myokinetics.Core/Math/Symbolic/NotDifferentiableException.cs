namespace Myokinetics.Core.Math.Symbolic;

/// <summary>An expression contains a construct that has no symbolic derivative here; callers fall
/// back to finite differences.</summary>
public sealed class NotDifferentiableException : Exception
{
    public NotDifferentiableException(string message)
        : base(message)
    {
    }

    public NotDifferentiableException()
    {
    }

    public NotDifferentiableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
