using System.Text.Json;
using Corridors.Core.Reports;
using Corridors.Web.Web;

namespace Corridors.Web.Runs;

/// <summary>
/// What a finished run's folder says of it, in DATA/runs/&lt;id&gt;/done.json: written last, so its presence
/// says the folder is complete, and read back by a later server to answer for the run.
/// </summary>
/// <param name="Base">The library id of the base.</param>
/// <param name="Replications">Replications kept of each scenario.</param>
/// <param name="PrecisionPercent">The precision target, when the run had one.</param>
/// <param name="Seed">The common seed.</param>
/// <param name="Delivered">The what-if's headline figure over its replications.</param>
/// <param name="BaseDelivered">The base's.</param>
internal sealed record RunRecord(string Base, int Replications, double? PrecisionPercent, ulong Seed, HeadlinePoint? Delivered, HeadlinePoint? BaseDelivered)
{
    /// <summary>The file written last.</summary>
    public const string FileName = "done.json";

    /// <summary>Writes the record into <paramref name="folder"/> (whole or not at all).</summary>
    public void Write(string folder) => AtomicFile.WriteStream(Path.Combine(folder, FileName), s => JsonSerializer.Serialize(s, this, ApiJson.Options));

    /// <summary>Reads the record of <paramref name="folder"/>; null when the run there is not complete (or the file is not one of ours).</summary>
    public static RunRecord? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RunRecord>(File.ReadAllBytes(path), ApiJson.Options) is { Base: not null, Replications: >= 2 } record ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
