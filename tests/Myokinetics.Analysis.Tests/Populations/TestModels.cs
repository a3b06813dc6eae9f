using Myokinetics.Antimony;
using Myokinetics.Core.Compile;

namespace Myokinetics.Analysis.Tests.Populations;

/// <summary>Small models with known solutions for the population tests.</summary>
internal static class TestModels
{
    /// <summary>A(t) = A0·exp(−k·t), with parameters k, A0, V (a compartment size), w and other (unused) and a species S.</summary>
    public static CompiledModel Decay() => Compile("""
        compartment V = 2
        k = 0.5
        A0 = 10
        w = 3
        other = 1
        species S in V
        S = 1
        var A
        A' = -k * A
        A = A0
        """);

    /// <summary>x' = x², x(0) = x0: x(t) = x0 / (1 − x0·t), which blows up at t = 1/x0.</summary>
    public static CompiledModel BlowUp() => Compile("""
        x0 = 0.5
        var x
        x' = x^2
        x = x0
        """);

    private static CompiledModel Compile(string text) => ModelCompiler.Compile(AntimonyReader.ReadString(text, "test.ant").Model);
}
