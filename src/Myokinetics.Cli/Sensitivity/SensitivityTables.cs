using System.Globalization;
using System.Text;
using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Cli.Output;

namespace Myokinetics.Cli.Sensitivity;

/// <summary>
/// The tidy CSV tables of a sensitivity run: one observation per row, one variable per column, numbers
/// culture-invariant in the shortest form that reads back exactly (NaN for undefined values).
/// </summary>
internal static class SensitivityTables
{
    public static void Parameters(TextWriter writer, IReadOnlyList<ParameterRange> ranges)
    {
        writer.WriteLine("parameter,nominal,lower,upper,scale");
        foreach (var r in ranges)
        {
            writer.WriteLine($"{Text(r.Id)},{N(r.Nominal)},{N(r.Lower)},{N(r.Upper)},{(r.Scale == ParameterScale.Log ? "log" : "linear")}");
        }
    }

    public static void LocalFeatures(TextWriter writer, LocalSensitivityResult result)
    {
        writer.WriteLine("output,parameter,parameter_value,output_value,derivative,coefficient");
        for (var f = 0; f < result.Features.Length; f++)
        {
            for (var p = 0; p < result.Parameters.Length; p++)
            {
                writer.WriteLine($"{Text(result.Features[f])},{Text(result.Parameters[p])},{N(result.Nominal[p])},{N(result.FeatureNominal[f])},{N(result.FeatureDerivative(p, f))},{N(result.FeatureCoefficient(p, f))}");
            }
        }
    }

    public static void LocalTimeCourse(TextWriter writer, LocalSensitivityResult result)
    {
        writer.WriteLine("time,variable,parameter,value,derivative,coefficient");
        for (var t = 0; t < result.Times.Length; t++)
        {
            for (var v = 0; v < result.Variables.Length; v++)
            {
                for (var p = 0; p < result.Parameters.Length; p++)
                {
                    writer.WriteLine($"{N(result.Times[t])},{Text(result.Variables[v])},{Text(result.Parameters[p])},{N(result.NominalValue(v, t))},{N(result.Derivative(p, v, t))},{N(result.Coefficient(p, v, t))}");
                }
            }
        }
    }

    public static void Morris(TextWriter writer, MorrisResult result)
    {
        writer.WriteLine("output,parameter,mu,mu_star,sigma,mu_star_low,mu_star_high");
        foreach (var i in result.Indices)
        {
            writer.WriteLine($"{Text(i.Output)},{Text(i.Parameter)},{N(i.Mu)},{N(i.MuStar)},{N(i.Sigma)},{N(i.MuStarLow)},{N(i.MuStarHigh)}");
        }
    }

    public static void Sobol(TextWriter writer, SobolResult result)
    {
        writer.WriteLine("output,parameter,order,index,low,high");
        foreach (var i in result.Indices)
        {
            writer.WriteLine($"{Text(i.Output)},{Text(i.Parameter)},first,{N(i.First)},{N(i.FirstLow)},{N(i.FirstHigh)}");
            writer.WriteLine($"{Text(i.Output)},{Text(i.Parameter)},total,{N(i.Total)},{N(i.TotalLow)},{N(i.TotalHigh)}");
        }
    }

    /// <summary>Every evaluated point: its number, the parameter values, the outputs.</summary>
    public static void Samples(TextWriter writer, SampleSet samples)
    {
        writer.WriteLine("sample," + string.Join(",", samples.Parameters.Select(Text).Concat(samples.Outputs.Select(Text))));
        var k = samples.Parameters.Length;
        var o = samples.Outputs.Length;
        var line = new StringBuilder();
        for (var i = 0; i < samples.Count; i++)
        {
            line.Clear().Append(i.ToString(CultureInfo.InvariantCulture));
            for (var j = 0; j < k; j++)
            {
                line.Append(',').Append(N(samples.Values[(i * k) + j]));
            }

            for (var j = 0; j < o; j++)
            {
                line.Append(',').Append(N(samples.Results[(i * o) + j]));
            }

            writer.WriteLine(line.ToString());
        }
    }

    /// <summary>The parameters of a local run: each one's nominal value and central-difference step.</summary>
    public static void LocalParameters(TextWriter writer, LocalSensitivityResult result)
    {
        writer.WriteLine("parameter,nominal,step");
        for (var p = 0; p < result.Parameters.Length; p++)
        {
            writer.WriteLine($"{Text(result.Parameters[p])},{N(result.Nominal[p])},{N(result.Steps[p])}");
        }
    }

    private static string N(double value) => CsvNumber.Format(value);

    private static string Text(string value) => CsvNumber.Field(value);
}
