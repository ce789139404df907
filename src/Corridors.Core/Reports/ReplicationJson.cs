using System.Text.Json;
using System.Text.Json.Serialization;
using Corridors.Core.Results;

namespace Corridors.Core.Reports;

/// <summary>
/// One replication's result as JSON: what a resumable batch keeps on disk and what the cluster's
/// replication grains store. Doubles round-trip exactly, so results read back give the same bytes out.
/// </summary>
public static class ReplicationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, ReplicationResult result) => JsonSerializer.Serialize(stream, result, Options);

    /// <summary>Returns <paramref name="result"/> as UTF-8 JSON.</summary>
    public static byte[] ToBytes(ReplicationResult result) => JsonSerializer.SerializeToUtf8Bytes(result, Options);

    /// <summary>Reads a result back from a stream.</summary>
    /// <exception cref="JsonException">The text is not a replication result.</exception>
    public static ReplicationResult Read(Stream stream) =>
        JsonSerializer.Deserialize<ReplicationResult>(stream, Options) ?? throw new JsonException("the JSON is null; expected a replication result");

    /// <summary>Reads a result back from UTF-8 JSON.</summary>
    /// <exception cref="JsonException">The text is not a replication result.</exception>
    public static ReplicationResult FromBytes(byte[] json) =>
        JsonSerializer.Deserialize<ReplicationResult>(json, Options) ?? throw new JsonException("the JSON is null; expected a replication result");
}
