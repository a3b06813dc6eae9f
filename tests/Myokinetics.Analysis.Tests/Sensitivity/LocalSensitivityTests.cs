using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Analysis.Tests.Sensitivity;

public sealed class LocalSensitivityTests
{
    private static readonly SimulationSettings DecaySettings = new(0, 10, 100);

    [Fact]
    public void Exponential_Decay_Has_Coefficients_Minus_K_T_For_The_Rate_And_One_For_The_Initial_Amount()
    {
        var result = LocalSensitivity.Run(TestModels.CompiledDecay, DecaySettings, ["k", "A0"], ["A"], []);

        Assert.Equal<double>([0.5, 2.0], result.Nominal);
        for (var t = 1; t < result.Times.Length; t++)
        {
            var time = result.Times[t];
            Assert.Equal(-0.5 * time, result.Coefficient(0, 0, t), 1e-4 * Math.Max(1, 0.5 * time));
            Assert.Equal(1, result.Coefficient(1, 0, t), 1e-6);
            // ∂A/∂k = −t A₀ e^(−kt).
            Assert.Equal(-time * 2 * Math.Exp(-0.5 * time), result.Derivative(0, 0, t), 1e-4 * Math.Max(1e-3, 2 * time * Math.Exp(-0.5 * time)));
        }

        Assert.Equal(0, result.Coefficient(0, 0, 0), 12);
    }

    [Fact]
    public void The_Area_Under_An_Exponential_Has_The_Analytic_Derivative()
    {
        // AUC = A₀(1 − e^(−kT))/k, so ∂AUC/∂k = A₀[T e^(−kT)/k − (1 − e^(−kT))/k²].
        var settings = new SimulationSettings(0, 10, 1000);
        var features = OutputFeatureParser.ParseList("auc(A), A@4, peak(A)");

        var result = LocalSensitivity.Run(TestModels.CompiledDecay, settings, ["k"], [], features);

        var (a0, k, end) = (2.0, 0.5, 10.0);
        var area = a0 * (1 - Math.Exp(-k * end)) / k;
        var derivative = a0 * ((end * Math.Exp(-k * end) / k) - ((1 - Math.Exp(-k * end)) / (k * k)));
        Assert.Equal(area, result.FeatureNominal[0], 1e-4);
        Assert.Equal(derivative, result.FeatureDerivative(0, 0), 1e-4);
        Assert.Equal(-0.5 * 4, result.FeatureCoefficient(0, 1), 1e-4);
        // The peak is the initial amount, which k does not change.
        Assert.Equal(0, result.FeatureCoefficient(0, 2), 1e-6);
    }

    [Fact]
    public void The_Michaelis_Menten_Steady_State_Has_Coefficients_One_Two_And_Minus_Two()
    {
        var settings = new SimulationSettings(0, 60, 60);
        var features = OutputFeatureParser.ParseList("S@60");

        var result = LocalSensitivity.Run(TestModels.CompiledMichaelisMenten, settings, ["Km", "vin", "Vmax"], ["S"], features);

        Assert.Equal(0.5, result.FeatureNominal[0], 1e-6);
        Assert.Equal(1, result.FeatureCoefficient(0, 0), 1e-4);
        Assert.Equal(2, result.FeatureCoefficient(1, 0), 1e-4);
        Assert.Equal(-2, result.FeatureCoefficient(2, 0), 1e-4);
        Assert.Equal(result.FeatureCoefficient(2, 0), result.Coefficient(2, 0, result.Times.Length - 1), 12);
    }

    [Fact]
    public void The_Step_Is_The_Cube_Root_Of_The_Relative_Tolerance_Capped_At_1e_Minus_8()
    {
        var result = LocalSensitivity.Run(TestModels.CompiledDecay, DecaySettings, ["k"], ["A"], []);

        Assert.Equal(1e-8, result.RelativeTolerance);
        Assert.Equal(0.5 * Math.Cbrt(1e-8), result.Steps[0], 15);
    }

    [Fact]
    public void The_Results_Do_Not_Depend_On_The_Thread_Count()
    {
        LocalSensitivityResult Run(int threads) => LocalSensitivity.Run(
            TestModels.CompiledMichaelisMenten, new SimulationSettings(0, 10, 20), ["Km", "vin", "Vmax"], ["S"], [], new LocalSensitivityOptions(Threads: threads));

        var one = Run(1);
        var three = Run(3);

        Assert.Equal<double>(one.Derivatives, three.Derivatives);
        Assert.Equal<double>(one.NominalCourse, three.NominalCourse);
    }

    [Fact]
    public void A_Species_Declared_By_Concentration_Varies_Through_That_Concentration()
    {
        // B = 1 is an initial concentration in C = 1 and no reaction changes B, so S_B(B) = 1 at all times.
        var result = LocalSensitivity.Run(TestModels.CompiledDecay, DecaySettings, ["B"], ["B"], []);

        Assert.Equal<double>([1.0], result.Nominal);
        for (var t = 0; t < result.Times.Length; t++)
        {
            Assert.Equal(1, result.Coefficient(0, 0, t), 1e-9);
        }
    }

    [Theory]
    [InlineData("kk", "unknown parameter 'kk': model 'decay' has no such symbol")]
    [InlineData("twice", "parameter 'twice' is computed by a rule")]
    [InlineData("J", "parameter 'J' is a reaction")]
    [InlineData("A", "parameter 'A' is set by an initial assignment")]
    public void A_Parameter_That_Cannot_Be_Varied_Is_One_Message_Naming_It(string parameter, string message)
    {
        var error = Assert.Throws<SensitivityInputException>(() =>
            LocalSensitivity.Run(TestModels.CompiledDecay, DecaySettings, [parameter], ["A"], []));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Unknown_Variable_In_A_Feature_Is_One_Message_Naming_The_Feature()
    {
        var error = Assert.Throws<SensitivityInputException>(() =>
            LocalSensitivity.Run(TestModels.CompiledDecay, DecaySettings, ["k"], [], [OutputFeatureParser.Parse("peak(Z)")]));

        Assert.Equal("output 'peak(Z)': unknown variable 'Z': model 'decay' has no such species, compartment, parameter or reaction", error.Message);
    }
}
