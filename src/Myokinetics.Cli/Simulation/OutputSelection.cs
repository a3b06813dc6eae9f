using Myokinetics.Core.Compile;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Cli.Simulation;

/// <summary>
/// Chooses the CSV columns of <c>myokinetics simulate</c>.
/// </summary>
/// <remarks>
/// <para>Without <c>--variables</c> the columns are every species (in model order), then every
/// parameter and then every compartment whose value changes during a simulation (given by an
/// assignment, rate or algebraic rule, or assigned by an event); constants — including those
/// declared non-constant that nothing changes — and reaction rates are left out.</para>
/// <para>A species is written as its symbol means in the model's math — its concentration, or its
/// amount when it has only substance units — unless it is named in <c>--amounts</c> or
/// <c>--concentrations</c>; a species named there and not among the columns is added at the end.</para>
/// <para><c>--variables</c> may name species, compartments, parameters, reactions (their rates)
/// and species references with an id (their stoichiometries), in the order given.</para>
/// </remarks>
public static class OutputSelection
{
    /// <summary>The output columns for <paramref name="model"/>.</summary>
    /// <param name="model">The compiled model.</param>
    /// <param name="variables">The ids of <c>--variables</c>, or null for the default selection.</param>
    /// <param name="amounts">Species to write as amounts.</param>
    /// <param name="concentrations">Species to write as concentrations.</param>
    /// <exception cref="CommandInputException">An id is unknown, listed twice, not a species where one is
    /// needed, or in both <paramref name="amounts"/> and <paramref name="concentrations"/>.</exception>
    public static IReadOnlyList<OutputVariable> Choose(
        CompiledModel model,
        IReadOnlyList<string>? variables,
        IReadOnlyList<string> amounts,
        IReadOnlyList<string> concentrations)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(concentrations);
        var quantities = Quantities(model, amounts, concentrations);
        var ids = variables is null ? DefaultVariables(model) : Checked(model, variables);
        var columns = ids.ToList();
        var listed = new HashSet<string>(columns, StringComparer.Ordinal);
        columns.AddRange(amounts.Concat(concentrations).Where(listed.Add));
        return columns
            .Select(id => new OutputVariable(id, quantities.GetValueOrDefault(id, OutputQuantity.Default)))
            .ToArray();
    }

    /// <summary>The default columns: species, then changing parameters, then changing compartments.</summary>
    public static IReadOnlyList<string> DefaultVariables(CompiledModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var ir = model.Model;
        var species = ir.Species.Select(s => s.Id);
        var byEvents = ir.Events.SelectMany(e => e.Assignments).Select(a => a.Variable).ToHashSet(StringComparer.Ordinal);
        bool Changes(string id) => model.Find(id)?.Determination switch
        {
            null or Determination.Constant => false,
            Determination.Discrete => byEvents.Contains(id),
            _ => true,
        };

        var parameters = ir.Parameters.Select(p => p.Id).Where(Changes);
        var compartments = ir.Compartments.Select(c => c.Id).Where(Changes);
        return species.Concat(parameters).Concat(compartments).ToArray();
    }

    private static string[] Checked(CompiledModel model, IReadOnlyList<string> variables)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in variables)
        {
            var symbol = model.Find(id);
            if (symbol is null || symbol.Kind == SymbolKind.LocalParameter)
            {
                throw new CommandInputException(
                    $"--variables: model '{model.Model.Id}' has no species, compartment, parameter, reaction or species reference '{id}'");
            }

            if (!seen.Add(id))
            {
                throw new CommandInputException($"--variables: '{id}' is listed more than once");
            }
        }

        return [.. variables];
    }

    private static Dictionary<string, OutputQuantity> Quantities(
        CompiledModel model,
        IReadOnlyList<string> amounts,
        IReadOnlyList<string> concentrations)
    {
        var result = new Dictionary<string, OutputQuantity>(StringComparer.Ordinal);
        Add(model, amounts, "--amounts", OutputQuantity.Amount, result);
        Add(model, concentrations, "--concentrations", OutputQuantity.Concentration, result);
        return result;
    }

    private static void Add(
        CompiledModel model,
        IReadOnlyList<string> ids,
        string option,
        OutputQuantity quantity,
        Dictionary<string, OutputQuantity> result)
    {
        foreach (var id in ids)
        {
            var symbol = model.Find(id);
            if (symbol is null || symbol.Kind != SymbolKind.Species)
            {
                var what = symbol is null ? "there is no such symbol" : $"it is a {Describe(symbol.Kind)}";
                throw new CommandInputException($"{option}: '{id}' is not a species of model '{model.Model.Id}' ({what})");
            }

            if (result.TryGetValue(id, out var existing))
            {
                throw new CommandInputException(existing == quantity
                    ? $"{option}: '{id}' is listed more than once"
                    : $"species '{id}' is in both --amounts and --concentrations; choose one");
            }

            result[id] = quantity;
        }
    }

    private static string Describe(SymbolKind kind) => kind switch
    {
        SymbolKind.Compartment => "compartment",
        SymbolKind.Parameter => "parameter",
        SymbolKind.SpeciesReference => "species reference",
        SymbolKind.Reaction => "reaction",
        SymbolKind.LocalParameter => "local parameter",
        _ => "species",
    };
}
