using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Core.Simulate;

/// <summary>Resolves output variables to stored values once, then reads a row without allocating.</summary>
internal sealed class OutputPlan
{
    private readonly int[] valueIndex;
    private readonly int[] compartmentIndex;
    private readonly bool[] multiply;

    public OutputPlan(CompiledModel model, IReadOnlyList<OutputVariable> outputs)
    {
        valueIndex = new int[outputs.Count];
        compartmentIndex = new int[outputs.Count];
        multiply = new bool[outputs.Count];
        Columns = outputs.Select(o => o.Column).ToArray();
        for (var i = 0; i < outputs.Count; i++)
        {
            var output = outputs[i];
            var symbol = model.Find(output.Id);
            if (symbol is null || symbol.Kind == SymbolKind.LocalParameter)
            {
                throw new ModelValidationException($"there is no variable '{output.Id}' in model '{model.Model.Id}' to output");
            }

            valueIndex[i] = symbol.ValueIndex;
            compartmentIndex[i] = -1;
            if (symbol.Kind != SymbolKind.Species)
            {
                // Amount or concentration only means something for species; other symbols are their value.
                continue;
            }

            var compartment = model.Find(symbol.Compartment!)!;
            var wantConcentration = output.Quantity switch
            {
                OutputQuantity.Amount => false,
                OutputQuantity.Concentration => true,
                _ => symbol.MathIsConcentration,
            };
            if (symbol.StoresConcentration && !wantConcentration)
            {
                compartmentIndex[i] = compartment.ValueIndex;
                multiply[i] = true;
            }
            else if (!symbol.StoresConcentration && wantConcentration)
            {
                compartmentIndex[i] = compartment.ValueIndex;
            }
        }
    }

    public string[] Columns { get; }

    public void Read(double[] values, Span<double> row)
    {
        for (var i = 0; i < valueIndex.Length; i++)
        {
            var v = values[valueIndex[i]];
            var c = compartmentIndex[i];
            row[i] = c < 0 ? v : multiply[i] ? v * values[c] : v / values[c];
        }
    }
}
