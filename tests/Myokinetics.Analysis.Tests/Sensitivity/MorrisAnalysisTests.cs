using Myokinetics.Analysis.Sensitivity;

namespace Myokinetics.Analysis.Tests.Sensitivity;

public sealed class MorrisAnalysisTests
{
    [Fact]
    public void A_Linear_Function_Has_Elementary_Effects_Equal_To_Its_Slopes_Over_The_Range_And_No_Spread()
    {
        // f = 2 x₁ − 3 x₂ with x₁ on [0, 10]: every effect of x₁ is 2 × 10 (the change over the range).
        var model = new FunctionModel(["f"], (x, y) => y[0] = (2 * x[0]) - (3 * x[1]));
        ParameterRange[] ranges = [new("x1", 5, 0, 10), new("x2", 0.5, 0, 1), new("x3", 0.5, 0, 1)];

        var result = MorrisAnalysis.Run(model, ranges, new MorrisOptions(Trajectories: 10));

        Assert.Equal([20.0, -3.0, 0.0], result.Indices.Select(i => Math.Round(i.Mu, 10)));
        Assert.Equal([20.0, 3.0, 0.0], result.Indices.Select(i => Math.Round(i.MuStar, 10)));
        Assert.All(result.Indices, i => Assert.Equal(0, i.Sigma, 9));
        Assert.Equal(10 * 4, result.Samples.Count);
    }

    [Fact]
    public void Each_Trajectory_Moves_Every_Parameter_Once_By_Two_Thirds_Of_Its_Range_On_The_Four_Level_Grid()
    {
        var (unit, moved, direction) = MorrisAnalysis.Design(5, new MorrisOptions(Trajectories: 30, Seed: 3));
        double[] levels = [0, 1.0 / 3, 2.0 / 3, 1];

        for (var t = 0; t < 30; t++)
        {
            Assert.Equal(Enumerable.Range(0, 5), moved.Skip(t * 5).Take(5).Order());
            for (var s = 0; s <= 5; s++)
            {
                Assert.All(unit.Skip(((t * 6) + s) * 5).Take(5), u => Assert.Contains(levels, l => Math.Abs(l - u) < 1e-15));
            }

            for (var s = 1; s <= 5; s++)
            {
                var i = moved[(t * 5) + s - 1];
                var change = unit[(((t * 6) + s) * 5) + i] - unit[(((t * 6) + s - 1) * 5) + i];
                Assert.Equal(direction[(t * 5) + s - 1] * 2.0 / 3, change, 15);
            }
        }
    }

    [Fact]
    public void The_G_Function_Is_Ranked_By_Its_Coefficients()
    {
        // a = 0, 1, 4.5, 9, 99, 99, 99, 99 (Saltelli et al., Sensitivity Analysis in Practice, 2004, §4.7):
        // x₁ matters most, x₅ … x₈ hardly at all.
        double[] a = [0, 1, 4.5, 9, 99, 99, 99, 99];

        var result = MorrisAnalysis.Run(TestFunctions.G(a), TestFunctions.UnitRanges(8), new MorrisOptions(Trajectories: 50));

        var muStar = result.Indices.Select(i => i.MuStar).ToArray();
        Assert.True(muStar[0] > muStar[1] && muStar[1] > muStar[2] && muStar[2] > muStar[3], string.Join(", ", muStar));
        Assert.True(muStar.Skip(4).Max() < muStar[3] / 3, string.Join(", ", muStar));
        Assert.All(result.Indices, i => Assert.InRange(i.MuStar, i.MuStarLow, i.MuStarHigh));
    }

    [Fact]
    public void The_Results_Do_Not_Depend_On_The_Thread_Count_But_Do_On_The_Seed()
    {
        double[] a = [0, 1, 4.5, 9];
        MorrisResult Run(int threads, long seed) =>
            MorrisAnalysis.Run(TestFunctions.G(a), TestFunctions.UnitRanges(4), new MorrisOptions(Trajectories: 20, Seed: seed, Threads: threads));

        var one = Run(1, 1);
        var two = Run(2, 1);
        var other = Run(2, 2);

        Assert.Equal<MorrisIndex>(one.Indices, two.Indices);
        Assert.Equal<double>(one.Samples.Values, two.Samples.Values);
        Assert.NotEqual<double>(one.Samples.Values, other.Samples.Values);
    }

    [Theory]
    [InlineData(1, 4, "at least 2 trajectories")]
    [InlineData(10, 3, "levels must be an even number")]
    public void Bad_Settings_Are_Refused(int trajectories, int levels, string message)
    {
        var error = Assert.Throws<SensitivityInputException>(() =>
            MorrisAnalysis.Run(TestFunctions.G([0]), TestFunctions.UnitRanges(1), new MorrisOptions(trajectories, levels)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
