using Myokinetics.Antimony.Writing;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony;

/// <summary>
/// Writes a model as Antimony text that <see cref="AntimonyReader"/> reads back to an equivalent
/// model. What Antimony cannot say (local parameters, conversion factors, named stoichiometries, ...)
/// is rewritten where the numbers stay the same, or left out with a comment and a diagnostic.
/// </summary>
public static class AntimonyWriter
{
    /// <summary>Writes <paramref name="model"/> as Antimony text.</summary>
    public static string Write(Model model) => WriteWithDiagnostics(model).Text;

    /// <summary>Writes <paramref name="model"/> as Antimony text and reports what was rewritten or left out.</summary>
    public static AntimonyText WriteWithDiagnostics(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ModelTextWriter(model).Write();
    }
}
