using System.Globalization;
using Myokinetics.Analysis.Populations;
using Myokinetics.Cli.Output;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Cli.Populations;

/// <summary>
/// Runs <c>myokinetics merge</c>: reads the state of each shard folder, checks they are shards of one
/// run covering every shard once, and writes the same files a single run would have written — the
/// summary from the exact merged state (identical to a one-shard run's, bit for bit), and the
/// parameters, failures and per-subject files concatenated in subject order.
/// </summary>
internal static class MergeJob
{
    public static void Run(IReadOnlyList<string> folders, string outputFolder, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
        OutputFolder.RefuseFile(outputFolder, "the merged files");

        var states = new List<(PopulationState State, string Name)>();
        foreach (var folder in folders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Directory.Exists(folder))
            {
                throw new CommandInputException($"merge: '{folder}' is not a folder; give the --out folders of 'myokinetics population' runs");
            }

            var path = Path.Combine(folder, PopulationFiles.State);
            if (!File.Exists(path))
            {
                throw new CommandInputException($"merge: '{folder}' has no {PopulationFiles.State}: its shard did not finish (or the folder is not the output of 'myokinetics population')");
            }

            using var stream = File.OpenRead(path);
            states.Add((PopulationState.Read(stream, path), folder));
        }

        var merged = PopulationState.Merge(states);
        if (!merged.IsComplete)
        {
            var missing = string.Join(", ", merged.MissingShards.Select(s => $"{s}/{merged.ShardCount}"));
            throw new CommandInputException($"merge: shard{(merged.MissingShards.Count() > 1 ? "s" : string.Empty)} {missing} of the population {(merged.MissingShards.Count() > 1 ? "are" : "is")} missing; give the folder of every shard");
        }

        OutputFolder.Create(outputFolder);
        var ordered = states.OrderBy(s => s.State.Shards[0]).Select(s => s.Name).ToList();
        Concatenate(ordered, outputFolder, PopulationFiles.Parameters, required: true);
        Concatenate(ordered, outputFolder, PopulationFiles.Failures, required: true);
        if (ordered.All(f => File.Exists(Path.Combine(f, PopulationFiles.Subjects))))
        {
            Concatenate(ordered, outputFolder, PopulationFiles.Subjects, required: true);
        }

        AtomicFile.WriteText(Path.Combine(outputFolder, PopulationFiles.Summary), merged.Summary.WriteCsv);
        AtomicFile.Write(Path.Combine(outputFolder, PopulationFiles.State), merged.Write);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"merge: {merged.ShardCount} shard{(merged.ShardCount > 1 ? "s" : string.Empty)}, {merged.Summary.Subjects} of {merged.Size} subjects simulated, {merged.Failed} failed; summary in {Path.Combine(outputFolder, PopulationFiles.Summary)}"));
    }

    /// <summary>Writes the folders' <paramref name="name"/> files one after another, keeping the first header only.</summary>
    private static void Concatenate(IReadOnlyList<string> folders, string outputFolder, string name, bool required)
    {
        var sources = folders.Select(f => Path.Combine(f, name)).ToList();
        if (sources.FirstOrDefault(s => !File.Exists(s)) is { } absent)
        {
            if (required)
            {
                throw new CommandInputException($"merge: '{absent}' is missing; the shard's folder is incomplete");
            }

            return;
        }

        AtomicFile.WriteText(Path.Combine(outputFolder, name), writer =>
        {
            string? header = null;
            foreach (var source in sources)
            {
                using var reader = new StreamReader(source);
                var first = reader.ReadLine() ?? throw new ModelFormatException(new SourceLocation(source, 1), "the file is empty; expected a header line");
                if (header is null)
                {
                    header = first;
                    writer.Write(header);
                    writer.Write('\n');
                }
                else if (first != header)
                {
                    throw new ModelFormatException(new SourceLocation(source, 1), $"the header differs from the first shard's ('{header}')");
                }

                for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
                {
                    writer.Write(line);
                    writer.Write('\n');
                }
            }
        });
    }
}
