namespace Myokinetics.Core.Compile;

/// <summary>
/// Names of derived quantities in the definition graph. They contain characters that SBML and
/// Antimony identifiers cannot, so they never collide with model ids.
/// </summary>
internal static class Names
{
    private const string RatePrefix = "d/dt:";

    /// <summary>The time derivative of a stored quantity.</summary>
    public static string Rate(string id) => RatePrefix + id;

    public static bool IsRate(string name, out string id)
    {
        if (name.StartsWith(RatePrefix, StringComparison.Ordinal))
        {
            id = name[RatePrefix.Length..];
            return true;
        }

        id = string.Empty;
        return false;
    }

    /// <summary>The partial derivative of a defined quantity with respect to state <paramref name="state"/>.</summary>
    public static string Partial(string name, int state) => $"∂{name}/∂#{state.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
