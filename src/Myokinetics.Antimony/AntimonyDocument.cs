using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony;

/// <summary>The result of reading an Antimony text: the model (the file's main model, flattened) and
/// the warnings and notes about it (undefined values, ignored constructs, ...).</summary>
/// <param name="Model">The model in the IR's SBML meaning.</param>
/// <param name="Diagnostics">Warnings and information, in the order they were found; never errors
/// (errors are thrown as <see cref="ModelFormatException"/>).</param>
public sealed record AntimonyDocument(Model Model, ImmutableArray<Diagnostic> Diagnostics);
