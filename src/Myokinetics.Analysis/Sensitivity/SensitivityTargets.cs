using Myokinetics.Core.Compile;

namespace Myokinetics.Analysis.Sensitivity;

/// <summary>Checks the parameters and output variables of an analysis against a compiled model.</summary>
public static class SensitivityTargets
{
    /// <summary>The declared value of each parameter (what the simulator's changes replace), checking that
    /// each is a parameter, compartment or species whose declared value a simulation actually uses.</summary>
    /// <exception cref="SensitivityInputException">Unknown, repeated, or given by a rule or initial assignment.</exception>
    public static ImmutableArray<double> NominalValues(CompiledModel model, IReadOnlyList<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0)
        {
            throw new SensitivityInputException("no parameters to vary: name at least one");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var initiallyAssigned = model.Model.InitialAssignments.Select(a => a.Symbol).ToHashSet(StringComparer.Ordinal);
        var state = model.CreateState();
        var result = ImmutableArray.CreateBuilder<double>(parameters.Count);
        foreach (var id in parameters)
        {
            if (!seen.Add(id))
            {
                throw new SensitivityInputException($"parameter '{id}' is named twice");
            }

            var symbol = model.Find(id);
            if (symbol is null)
            {
                throw new SensitivityInputException($"unknown parameter '{id}': model '{model.Model.Id}' has no such symbol");
            }

            if (symbol.Kind is SymbolKind.Reaction or SymbolKind.SpeciesReference)
            {
                throw new SensitivityInputException($"parameter '{id}' is a {(symbol.Kind == SymbolKind.Reaction ? "reaction" : "species reference")}, not a value to vary; name a parameter, compartment or species");
            }

            if (symbol.Determination is Determination.Assigned or Determination.Algebraic)
            {
                throw new SensitivityInputException($"parameter '{id}' is computed by a rule in model '{model.Model.Id}', so changing it has no effect; vary the quantities its rule uses");
            }

            if (initiallyAssigned.Contains(id))
            {
                throw new SensitivityInputException($"parameter '{id}' is set by an initial assignment in model '{model.Model.Id}', so changing it has no effect; vary the quantities its formula uses");
            }

            result.Add(state.Values[model.DeclaredValueIndex(id)!.Value]);
        }

        return result.MoveToImmutable();
    }

    /// <summary>Checks that every variable can be output by the simulator.</summary>
    /// <param name="model">The model.</param>
    /// <param name="variables">Variable ids, each with how a message names where it was given.</param>
    public static void CheckVariables(CompiledModel model, IEnumerable<(string Variable, string Context)> variables)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(variables);
        foreach (var (variable, context) in variables)
        {
            if (model.Find(variable) is not { Kind: not SymbolKind.LocalParameter })
            {
                throw new SensitivityInputException($"{context}: unknown variable '{variable}': model '{model.Model.Id}' has no such species, compartment, parameter or reaction");
            }
        }
    }
}
