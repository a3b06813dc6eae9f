using Myokinetics.Analysis.Estimation;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Tests.Estimation;

/// <summary>Fits of analytic models with known answers.</summary>
public sealed class ParameterEstimatorTests
{
    /// <summary>A(t) = A0·e^(−k t) written with a rate rule; B follows A with its own rate.</summary>
    private const string Decay = """
        model decay()
          k = 0.3; kb = 1.5
          A = 5; B = 0
          A' = -k*A
          B' = k*A - kb*B
        end
        """;

    private static readonly Dictionary<string, double> Truth = new() { ["k"] = 0.7, ["A"] = 8, ["kb"] = 1.5 };

    [Fact]
    public void Noise_Free_Data_Give_Back_The_True_Parameters_Exactly()
    {
        var model = SyntheticData.Compile(Decay);
        var data = SyntheticData.Make(model, Truth, SyntheticData.Times(0.5, 10), ["A", "B"]);
        var experiment = new FitExperiment(string.Empty, model, data);
        FitParameter[] parameters = [new("k", 0.01, 10), new("A", 0.1, 100, Start: 5)];

        var result = ParameterEstimator.Fit([experiment], parameters);

        Assert.Equal(0.7, result["k"].Estimate, 7);
        Assert.Equal(8.0, result["A"].Estimate, 6);
        Assert.True(result.Statistics.ChiSquare < 1e-8, $"χ² = {result.Statistics.ChiSquare}");
        Assert.Equal(ErrorModel.Given, result.Statistics.ErrorModel);
        Assert.Equal(42, result.Residuals.Length);
    }

    [Fact]
    public void Noise_Free_Data_Without_Sd_Are_Recovered_With_An_Estimated_Error()
    {
        var model = SyntheticData.Compile(Decay);
        var data = SyntheticData.Make(model, Truth, SyntheticData.Times(0.5, 10), ["A", "B"], withSd: false);
        FitParameter[] parameters = [new("k", 0.01, 10), new("kb", 0.01, 10, Start: 0.5)];

        var result = ParameterEstimator.Fit([new FitExperiment(string.Empty, model, data) { Fixed = new Dictionary<string, double> { ["A"] = 8 } }], parameters);

        Assert.Equal(0.7, result["k"].Estimate, 7);
        Assert.Equal(1.5, result["kb"].Estimate, 6);
        Assert.Equal(ErrorModel.Constant, result.Statistics.ErrorModel);
        Assert.Equal(4, result.Statistics.EstimatedParameters);
    }

    [Fact]
    public void With_Noisy_Data_The_True_Values_Lie_In_The_Intervals_And_The_Error_Scale_Is_Estimated()
    {
        // σ = 0.2 on both observables (constant error model, unknown to the fit).
        var model = SyntheticData.Compile(Decay);
        var data = SyntheticData.Make(model, Truth, SyntheticData.Times(0.25, 10), ["A", "B"], absolute: 0.2, withSd: false, seed: 11);
        FitParameter[] parameters = [new("k", 0.01, 10), new("A", 0.1, 100, Start: 5), new("kb", 0.01, 10)];

        var result = ParameterEstimator.Fit([new FitExperiment(string.Empty, model, data)], parameters, new FitOptions(Profile: ["k"]));

        foreach (var (id, value) in Truth)
        {
            var e = result[id];
            Assert.True(e.Lower <= value && value <= e.Upper, $"{id}: {value} outside [{e.Lower}, {e.Upper}] (estimate {e.Estimate})");
            Assert.True(e.Identifiable, id);
        }

        Assert.Equal(IntervalMethod.Profile, result["k"].Interval);
        Assert.Equal(IntervalMethod.Fisher, result["A"].Interval);
        Assert.InRange(result.Statistics.ErrorScales["A"], 0.15, 0.25);
        Assert.InRange(result.Statistics.ErrorScales["B"], 0.15, 0.25);

        // The profile interval of a well-determined parameter is close to the Fisher one (±1.96 se on log k).
        var k = result["k"];
        var fisherLow = k.Estimate * Math.Exp(-1.959963984540054 * k.StandardError / k.Estimate);
        Assert.Equal(1, k.Lower / fisherLow, 1);
    }

    [Fact]
    public void A_Proportional_Error_Model_Estimates_The_Coefficient_Of_Variation()
    {
        var model = SyntheticData.Compile(Decay);
        var data = SyntheticData.Make(model, Truth, SyntheticData.Times(0.25, 8), ["A"], relative: 0.1, withSd: false, seed: 5);

        var result = ParameterEstimator.Fit(
            [new FitExperiment(string.Empty, model, data)],
            [new FitParameter("k", 0.01, 10), new FitParameter("A", 0.1, 100, Start: 5)],
            new FitOptions(ErrorModel: ErrorModel.Proportional));

        Assert.InRange(result.Statistics.ErrorScales["A"], 0.07, 0.13);
        Assert.True(result["k"].Lower <= 0.7 && 0.7 <= result["k"].Upper, $"k interval [{result["k"].Lower}, {result["k"].Upper}]");
    }

    [Fact]
    public void A_Parameter_The_Data_Cannot_Separate_Has_A_Flat_Profile()
    {
        // Only k1 + k2 enters the model: each alone is structurally unidentifiable (within bounds where
        // the other can make up the sum 0.5).
        var model = SyntheticData.Compile("""
            model sum()
              k1 = 0.2; k2 = 0.3
              y = 4
              y' = -(k1 + k2)*y
            end
            """);
        var data = SyntheticData.Make(model, new Dictionary<string, double> { ["k1"] = 0.2, ["k2"] = 0.3 }, SyntheticData.Times(0.5, 8), ["y"], absolute: 0.05, seed: 3);

        var result = ParameterEstimator.Fit(
            [new FitExperiment(string.Empty, model, data)],
            [new FitParameter("k1", 0.01, 0.4, Start: 0.1), new FitParameter("k2", 0.01, 1, Start: 0.1)],
            new FitOptions(Profile: ["k1"]));

        var profile = Assert.Single(result.Profiles);
        Assert.True(profile.Flat, $"profile of k1: {string.Join(", ", profile.Points.Select(p => $"{p.Value:G3}:{p.Rise:G3}"))}");
        Assert.All(profile.Points, p => Assert.True(p.Rise < 0.5, $"rise {p.Rise} at {p.Value}"));
        Assert.False(result["k1"].Identifiable);
        Assert.Equal(0.5, result["k1"].Estimate + result["k2"].Estimate, 1);
    }

    [Fact]
    public void Multistart_Gives_The_Same_Numbers_With_One_Or_Two_Threads()
    {
        var model = SyntheticData.Compile(Decay);
        var data = SyntheticData.Make(model, Truth, SyntheticData.Times(0.5, 10), ["A", "B"], absolute: 0.1, seed: 9);
        FitParameter[] parameters = [new("k", 0.01, 10), new("A", 0.1, 100, Start: 5), new("kb", 0.01, 10)];
        FitResult Run(int threads) => ParameterEstimator.Fit([new FitExperiment(string.Empty, model, data)], parameters, new FitOptions(FitMethod.Multistart, Starts: 5, Seed: 3, MaxDegreeOfParallelism: threads));

        var one = Run(1);
        var two = Run(2);

        Assert.Equal(6, one.StartObjectives.Length);
        Assert.Equal(one.StartObjectives.ToArray(), two.StartObjectives.ToArray());
        Assert.Equal(one.Estimates.Select(e => e.Estimate), two.Estimates.Select(e => e.Estimate));
        Assert.Equal(0.7, one["k"].Estimate, 1);
    }

    [Fact]
    public void Differential_Evolution_Finds_The_Optimum_From_A_Poor_Start_Deterministically()
    {
        var model = SyntheticData.Compile(Decay);
        var data = SyntheticData.Make(model, Truth, SyntheticData.Times(0.5, 10), ["A", "B"]);
        FitParameter[] parameters = [new("k", 0.001, 100, Start: 50), new("kb", 0.001, 100, Start: 0.002)];
        var experiment = new FitExperiment(string.Empty, model, data) { Fixed = new Dictionary<string, double> { ["A"] = 8 } };
        FitResult Run(int threads) => ParameterEstimator.Fit([experiment], parameters, new FitOptions(FitMethod.DifferentialEvolution, Generations: 20, Seed: 4, MaxDegreeOfParallelism: threads));

        var one = Run(1);
        var two = Run(2);

        Assert.Equal(0.7, one["k"].Estimate, 6);
        Assert.Equal(1.5, one["kb"].Estimate, 6);
        Assert.Equal(one.Estimates.Select(e => e.Estimate), two.Estimates.Select(e => e.Estimate));
    }

    [Fact]
    public void Several_Experiments_With_Their_Own_Fixed_Values_Are_Fitted_Together()
    {
        // Two experiments differ in the initial amount; k is shared.
        var model = SyntheticData.Compile(Decay);
        var first = SyntheticData.Make(model, new Dictionary<string, double> { ["k"] = 0.7, ["A"] = 8 }, SyntheticData.Times(1, 6), ["A"], "low");
        var second = SyntheticData.Make(model, new Dictionary<string, double> { ["k"] = 0.7, ["A"] = 20 }, SyntheticData.Times(1, 6), ["A"], "high");
        FitExperiment[] experiments =
        [
            new("low", model, first) { Fixed = new Dictionary<string, double> { ["A"] = 8 } },
            new("high", model, second) { Fixed = new Dictionary<string, double> { ["A"] = 20 } },
        ];

        var result = ParameterEstimator.Fit(experiments, [new FitParameter("k", 0.01, 10)]);

        Assert.Equal(0.7, result["k"].Estimate, 7);
        Assert.Equal(["low", "high"], result.Residuals.Select(r => r.Experiment).Distinct());
    }

    [Fact]
    public void An_Unknown_Parameter_Is_Refused_By_Name()
    {
        var model = SyntheticData.Compile(Decay);
        var data = SyntheticData.Make(model, Truth, SyntheticData.Times(1, 4), ["A"]);

        var error = Assert.Throws<FitInputException>(() => ParameterEstimator.Fit([new FitExperiment(string.Empty, model, data)], [new FitParameter("kk", 0.1, 1)]));

        Assert.Equal("unknown parameter 'kk': model 'decay' has no such symbol", error.Message);
        Assert.Equal(1, error.ExitCode);
    }

    [Fact]
    public void Bounds_That_Exclude_The_Start_Are_Refused()
    {
        var model = SyntheticData.Compile(Decay);
        var data = SyntheticData.Make(model, Truth, SyntheticData.Times(1, 4), ["A"]);

        var error = Assert.Throws<FitInputException>(() => ParameterEstimator.Fit([new FitExperiment(string.Empty, model, data)], [new FitParameter("k", 1, 10)]));

        Assert.Equal("the model's value of 'k' (0.3) lies outside its bounds [1, 10]", error.Message);
    }

    [Fact]
    public void Data_For_An_Unknown_Observable_Name_Their_File_And_Line()
    {
        var model = SyntheticData.Compile(Decay);
        var data = MeasurementCsv.Parse("time,observable,value\n0,A,5\n1,C,3\n", "data.csv");

        var error = Assert.Throws<ModelFormatException>(() => ParameterEstimator.Fit([new FitExperiment(string.Empty, model, data)], [new FitParameter("k", 0.1, 1)]));

        Assert.Equal("data.csv:3: unknown observable 'C': model 'decay' has no such species, parameter, compartment or reaction", error.Message);
    }

    [Fact]
    public void A_Fit_That_Cannot_Converge_Says_After_How_Many_Iterations_And_The_Last_Change()
    {
        var model = SyntheticData.Compile(Decay);
        var data = SyntheticData.Make(model, Truth, SyntheticData.Times(0.5, 10), ["A", "B"]);

        var error = Assert.Throws<FitConvergenceException>(() => ParameterEstimator.Fit(
            [new FitExperiment(string.Empty, model, data)],
            [new FitParameter("k", 0.01, 10), new FitParameter("kb", 0.01, 10, Start: 0.05)],
            new FitOptions(MaxIterations: 2)));

        Assert.StartsWith("the fit failed: it did not converge after 2 iterations (iteration limit); the last accepted step changed the weighted sum of squares by -", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.ExitCode);
    }
}
