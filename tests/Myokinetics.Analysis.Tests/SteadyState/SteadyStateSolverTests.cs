using Myokinetics.Analysis.SteadyState;
using Myokinetics.Antimony;
using Myokinetics.Core.Compile;

namespace Myokinetics.Analysis.Tests.SteadyState;

/// <summary>Steady states with known closed forms.</summary>
public sealed class SteadyStateSolverTests
{
    private static CompiledModel Compile(string antimony) => ModelCompiler.Compile(AntimonyReader.ReadString(antimony).Model);

    [Fact]
    public void A_Reversible_Reaction_Settles_At_Its_Equilibrium_With_The_Total_Kept()
    {
        // A ⇌ B with k1 = 2, k2 = 0.5 from A = 3, B = 1: A* = k2·(A+B)/(k1+k2) = 0.8, B* = 3.2.
        var model = Compile("""
            model reversible()
              compartment c = 1
              species A in c = 3, B in c = 1
              k1 = 2; k2 = 0.5
              J0: A -> B; k1*A - k2*B
            end
            """);

        var result = SteadyStateSolver.Solve(model);

        Assert.Equal(SteadyStateMethod.Newton, result.Method);
        Assert.Equal(1, result.ConservationLaws);
        Assert.Equal(0.8, result.Value("A"), 12);
        Assert.Equal(3.2, result.Value("B"), 12);
    }

    [Fact]
    public void A_Michaelis_Menten_Step_Between_Inflow_And_Outflow_Settles_Where_The_Fluxes_Balance()
    {
        // ∅ → S at v = 1; S → P at Vmax·S/(Km+S) with Vmax = 3, Km = 2; P → ∅ at kP·P, kP = 0.5.
        // Balance: Vmax·S/(Km+S) = v ⇒ S* = Km·v/(Vmax − v) = 1; kP·P = v ⇒ P* = 2.
        var model = Compile("""
            model mm()
              compartment c = 1
              species S in c = 0, P in c = 0
              v = 1; Vmax = 3; Km = 2; kP = 0.5
              Jin: -> S; v
              Jmm: S -> P; Vmax*S/(Km + S)
              Jout: P -> ; kP*P
            end
            """);

        var result = SteadyStateSolver.Solve(model);

        Assert.Equal(SteadyStateMethod.Newton, result.Method);
        Assert.Equal(0, result.ConservationLaws);
        Assert.Equal(1.0, result.Value("S"), 11);
        Assert.Equal(2.0, result.Value("P"), 11);
        Assert.True(result.ScaledResidual < 1, $"scaled residual {result.ScaledResidual}");
    }

    [Fact]
    public void Rate_Rules_And_Assignment_Rules_Are_Solved_Together()
    {
        // x' = k (target − x), target := a·b; y' = x − d·y ⇒ x* = a·b = 6, y* = a·b/d = 24; signal := 2·y.
        var model = Compile("""
            model rules()
              a = 2; b = 3; k = 0.7; d = 0.25
              target := a*b
              signal := 2*y
              x = 1; y = 0
              x' = k*(target - x)
              y' = x - d*y
            end
            """);

        var result = SteadyStateSolver.Solve(model);

        Assert.Equal(6.0, result.Value("x"), 10);
        Assert.Equal(24.0, result.Value("y"), 9);
        Assert.Equal(48.0, result.Value("signal"), 9);
    }

    [Fact]
    public void A_Singular_Start_Falls_Back_To_Integration_And_Then_Newton()
    {
        // x' = 1 − x² from x = 0: the Jacobian −2x is singular at the start; integration reaches
        // tanh(1) at t = 1 and Newton converges to the stable root x = 1 (not to −1).
        var model = Compile("""
            model logistic()
              x = 0
              x' = 1 - x^2
            end
            """);

        var result = SteadyStateSolver.Solve(model);

        Assert.Equal(SteadyStateMethod.IntegrationThenNewton, result.Method);
        Assert.Equal(1.0, result.IntegratedTime);
        Assert.Equal(1.0, result.Value("x"), 12);
    }

    [Fact]
    public void A_Model_Without_A_Steady_State_Gives_A_Clear_Error()
    {
        var model = Compile("""
            model growing()
              A = 0
              A' = 1
            end
            """);

        var error = Assert.Throws<SteadyStateException>(() => SteadyStateSolver.Solve(model, options: new SteadyStateOptions(MaxIntegrationTime: 1e4)));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith("no steady state found: Newton's method failed from the initial state (", error.Message, StringComparison.Ordinal);
        Assert.Contains("'A', which no rate depends on, still changes at 1 per time unit", error.Message, StringComparison.Ordinal);
        Assert.Contains("at t = 10000 'A' still changes at 1 per time unit (value 10000)", error.Message, StringComparison.Ordinal);
        Assert.Contains("may have no steady state", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_State_Nothing_Depends_On_Keeps_Its_Value_When_Its_Rate_Vanishes()
    {
        // total' = k·(x − x_eq) integrates x's displacement; x relaxes to x_eq = 2, after which total is
        // as steady at any value, so it keeps its start (5); the Jacobian's column for total is zero.
        var model = Compile("""
            model accumulator()
              x = 3; total = 5; k = 0.1; x_eq = 2
              x' = -(x - x_eq)
              total' = k*(x - x_eq)
            end
            """);

        var result = SteadyStateSolver.Solve(model);

        Assert.Equal(SteadyStateMethod.Newton, result.Method);
        Assert.Equal(2.0, result.Value("x"), 12);
        Assert.Equal(5.0, result.Value("total"), 12);
    }

    [Fact]
    public void Changes_Apply_Before_Initialisation()
    {
        var model = Compile("""
            model decay()
              compartment c = 1
              species A in c = 0
              v = 1; k = 0.5
              Jin: -> A; v
              Jout: A -> ; k*A
            end
            """);

        var result = SteadyStateSolver.Solve(model, new Dictionary<string, double> { ["v"] = 3 });

        Assert.Equal(6.0, result.Value("A"), 11);
    }
}
