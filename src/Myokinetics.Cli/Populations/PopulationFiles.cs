namespace Myokinetics.Cli.Populations;

/// <summary>The names of the files a population run writes into its output folder.</summary>
internal static class PopulationFiles
{
    /// <summary>Tidy summary time courses: time, variable, n, mean, p5, p25, median, p75, p95.</summary>
    public const string Summary = "summary.csv";

    /// <summary>Each subject's drawn values: subject, then one column per parameter.</summary>
    public const string Parameters = "parameters.csv";

    /// <summary>The subjects whose integration failed: subject, time, message.</summary>
    public const string Failures = "failures.csv";

    /// <summary>Every subject's time course (with --per-subject): subject, time, then the variables.</summary>
    public const string Subjects = "subjects.csv";

    /// <summary>The exact summary state for merging; written last, so its presence marks a finished shard.</summary>
    public const string State = "population.state";
}
