using System.Globalization;
using System.Text.Json;
using Corridors.Core.Results;

namespace Corridors.Core.Reports;

/// <summary>
/// Keeps each finished replication of a batch as its own file, written atomically, so a killed batch
/// restarts where it stopped: replications already on disk are read back (doubles round-trip exactly)
/// instead of run again, and the final outputs are the same bytes as an uninterrupted run. The files
/// belong to one fingerprint (scenario file hashes, seed, model); a different fingerprint starts afresh.
/// </summary>
public sealed class ReplicationStore
{
    private readonly string _folder;

    /// <summary>Opens the store in <paramref name="folder"/> for runs identified by <paramref name="fingerprint"/>; clears it if it holds another run's files.</summary>
    public ReplicationStore(string folder, string fingerprint)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        _folder = folder;
        Directory.CreateDirectory(folder);

        // Temporary files of a batch killed mid-write are incomplete by definition.
        foreach (var partial in Directory.GetFiles(folder, ".*.tmp"))
        {
            File.Delete(partial);
        }

        var stamp = Path.Combine(folder, "fingerprint.txt");
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != fingerprint)
        {
            foreach (var stale in Directory.GetFiles(folder, "replication-*.json"))
            {
                File.Delete(stale);
            }

            AtomicFile.Write(stamp, w => w.Write(fingerprint));
        }
    }

    /// <summary>Gets the replication numbers below <paramref name="count"/> that are not stored yet, in order.</summary>
    public IReadOnlyList<int> Missing(int count) => [.. Enumerable.Range(0, count).Where(r => !File.Exists(PathOf(r)))];

    /// <summary>Stores one finished replication (safe to call from several threads for different replications).</summary>
    public void Save(ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        AtomicFile.WriteStream(PathOf(result.Replication), stream => ReplicationJson.Write(stream, result));
    }

    /// <summary>Reads replications 0 … <paramref name="count"/> − 1 back, in order.</summary>
    /// <exception cref="InvalidDataException">A stored file is missing or unreadable; it is named.</exception>
    public IReadOnlyList<ReplicationResult> Load(int count) => [.. Enumerable.Range(0, count).Select(Read)];

    private ReplicationResult Read(int replication)
    {
        var path = PathOf(replication);
        try
        {
            using var stream = File.OpenRead(path);
            return ReplicationJson.Read(stream);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            throw new InvalidDataException($"{path} cannot be read back ({ex.Message}); delete it to run that replication again", ex);
        }
    }

    private string PathOf(int replication) => Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"replication-{replication:D5}.json"));
}
