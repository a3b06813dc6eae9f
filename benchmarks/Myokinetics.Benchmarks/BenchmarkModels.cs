using Myokinetics.Antimony;
using Myokinetics.Core.Model;

namespace Myokinetics.Benchmarks;

/// <summary>The models the benchmarks use, by name.</summary>
public static class BenchmarkModels
{
    public static Model Load(string name) => name switch
    {
        "hires" => AntimonyReader.Read(Path.Combine(RepositoryRoot(), "models", "reference", "hires.ant")).Model,
        "network200" => MassActionNetwork.Create(200),
        _ => throw new ArgumentException($"unknown benchmark model '{name}'", nameof(name)),
    };

    /// <summary>The end time of one benchmark simulation of the model.</summary>
    public static double EndTime(string name) => name == "hires" ? 321.8122 : 100.0;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Myokinetics.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
