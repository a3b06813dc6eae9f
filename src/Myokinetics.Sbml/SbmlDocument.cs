using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml;

/// <summary>The result of reading an SBML document: the model and what the reader noticed on the way
/// (info: constructs that have no place in the model; warning: missing required attributes and the
/// values used instead). Errors are never diagnostics here; they are thrown.</summary>
/// <param name="Model">The model, with every level default made explicit.</param>
/// <param name="Diagnostics">Infos and warnings in document order.</param>
public sealed record SbmlDocument(Model Model, ImmutableArray<Diagnostic> Diagnostics);
