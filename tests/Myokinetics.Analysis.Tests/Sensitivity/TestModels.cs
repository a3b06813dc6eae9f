using Myokinetics.Antimony;
using Myokinetics.Core.Compile;

namespace Myokinetics.Analysis.Tests.Sensitivity;

/// <summary>Small models whose sensitivities are known in closed form.</summary>
internal static class TestModels
{
    /// <summary>A(t) = A₀ e^(−kt), A₀ = 2, k = 0.5: S_k(t) = −kt and S_A₀(t) = 1. The species A is given by an
    /// initial assignment (a changed declared value would be overwritten), B by an initial concentration.</summary>
    public const string Decay = """
        model decay()
          compartment C = 1
          species A in C, B in C
          A0 = 2
          A = A0
          B = 1
          k = 0.5
          J: A -> ; k*A
          twice := 2*A
        end
        """;

    /// <summary>Inflow vin into S, Michaelis–Menten outflow: steady state S* = Km·vin/(Vmax − vin) = 0.5,
    /// so S_Km = 1, S_vin = Vmax/(Vmax − vin) = 2 and S_Vmax = −Vmax/(Vmax − vin) = −2.</summary>
    public const string MichaelisMenten = """
        model mm()
          compartment C = 1
          species S in C
          S = 0
          vin = 1
          Vmax = 2
          Km = 0.5
          Jin: -> S; vin
          Jout: S -> ; Vmax*S/(Km + S)
        end
        """;

    private static readonly Lazy<CompiledModel> DecayModel = new(() => Compile(Decay));
    private static readonly Lazy<CompiledModel> MichaelisMentenModel = new(() => Compile(MichaelisMenten));

    public static CompiledModel CompiledDecay => DecayModel.Value;

    public static CompiledModel CompiledMichaelisMenten => MichaelisMentenModel.Value;

    public static CompiledModel Compile(string text) => ModelCompiler.Compile(AntimonyReader.ReadString(text).Model);
}
