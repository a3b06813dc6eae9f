using System.Text;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Populations;

/// <summary>
/// What one shard (or a merge of shards) of a population run leaves for merging: the run's
/// identity, which shards it covers, how many subjects failed, and the exact summary state.
/// </summary>
/// <param name="RunKey">Identifies the run (model, protocol, settings, population, seed, size): only
/// states with equal keys can be merged. Opaque text chosen by the caller.</param>
/// <param name="Size">The population's size N.</param>
/// <param name="ShardCount">Into how many shards the population was split.</param>
/// <param name="Shards">The shard indices covered (1-based, ascending).</param>
/// <param name="Failed">How many subjects failed.</param>
/// <param name="Summary">The summary of the subjects that succeeded.</param>
public sealed record PopulationState(string RunKey, int Size, int ShardCount, ImmutableArray<int> Shards, long Failed, PopulationSummary Summary)
{
    private static readonly byte[] Magic = "MYOKINETICS-POPULATION-STATE\n"u8.ToArray();
    private const int FormatVersion = 1;

    /// <summary>Whether every shard of the population is covered.</summary>
    public bool IsComplete => Shards.Length == ShardCount;

    /// <summary>The shards not covered.</summary>
    public IEnumerable<int> MissingShards => Enumerable.Range(1, ShardCount).Except(Shards);

    /// <summary>Writes the state (binary, little-endian; a text header, then the summary).</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Magic);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(RunKey);
        writer.Write(Size);
        writer.Write(ShardCount);
        writer.Write(Shards.Length);
        foreach (var s in Shards)
        {
            writer.Write(s);
        }

        writer.Write(Failed);
        Summary.Write(writer);
    }

    /// <summary>Reads a state written by <see cref="Write"/>; <paramref name="name"/> names the file in messages.</summary>
    /// <exception cref="ModelFormatException">Not a population state, another format version, or damaged.</exception>
    public static PopulationState Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var magic = new byte[Magic.Length];
        if (stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) != magic.Length || !magic.AsSpan().SequenceEqual(Magic))
        {
            throw new ModelFormatException(new SourceLocation(name, 0), "this is not a population state file (written by 'myokinetics population')");
        }

        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new ModelFormatException(new SourceLocation(name, 0), $"population state format {version} is not the supported format {FormatVersion}; merge with the version of myokinetics that wrote it");
            }

            var key = reader.ReadString();
            var size = reader.ReadInt32();
            var shardCount = reader.ReadInt32();
            var covered = reader.ReadInt32();
            if (size < 0 || shardCount < 1 || covered < 0 || covered > shardCount)
            {
                throw new ModelFormatException(new SourceLocation(name, 0), "the population state holds impossible sizes; the file is damaged");
            }

            var shards = new int[covered];
            for (var i = 0; i < covered; i++)
            {
                shards[i] = reader.ReadInt32();
            }

            var failed = reader.ReadInt64();
            var summary = PopulationSummary.Read(reader, name);
            return new PopulationState(key, size, shardCount, [.. shards], failed, summary);
        }
        catch (EndOfStreamException ex)
        {
            throw new ModelFormatException(new SourceLocation(name, 0), "the population state ends early; the file is incomplete or damaged", ex);
        }
    }

    /// <summary>Merges states of the same run covering different shards. The result is the same for
    /// any order of <paramref name="states"/> (every part adds exactly).</summary>
    /// <param name="states">The states and the names (files or folders) they came from, for messages.</param>
    /// <exception cref="ModelValidationException">The states belong to different runs or cover a shard twice.</exception>
    public static PopulationState Merge(IReadOnlyList<(PopulationState State, string Name)> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (states.Count == 0)
        {
            throw new ArgumentException("nothing to merge", nameof(states));
        }

        var (head, headName) = states[0];
        var summary = new PopulationSummary(head.Summary.Times, head.Summary.Variables);
        var covered = new Dictionary<int, string>();
        long failed = 0;
        foreach (var (state, name) in states)
        {
            if (state.RunKey != head.RunKey || state.Size != head.Size || state.ShardCount != head.ShardCount)
            {
                throw new ModelValidationException($"{name} is from a different population run than {headName} (model, protocol, settings, population, seed, size or shard count differ); merge only shards of one run");
            }

            foreach (var shard in state.Shards)
            {
                if (!covered.TryAdd(shard, name))
                {
                    throw new ModelValidationException($"shard {shard}/{state.ShardCount} is in both {covered[shard]} and {name}; give each shard once");
                }
            }

            summary.Add(state.Summary);
            failed += state.Failed;
        }

        return new PopulationState(head.RunKey, head.Size, head.ShardCount, [.. covered.Keys.Order()], failed, summary);
    }
}
