using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Corridors.Cluster.Contracts;

namespace Corridors.Web.Runs;

/// <summary>
/// The id of a run: a SHA-256 of everything that decides its bytes — the engine version, every scenario
/// file read (the what-if text and the library files it extends), the stop rule (replications, or a precision
/// target and its cap) and the seed — cut to 32 hex digits. An identical second request gets the same id, and so the first request's run.
/// </summary>
internal static class RunKey
{
    public static string Of(IReadOnlyList<(string Name, byte[] Bytes)> chain, StopRule stop, ulong seed)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(ExperimentKey.EngineVersion);
        Add(string.Join(' ', stop.Options) + string.Create(CultureInfo.InvariantCulture, $" seed {seed}"));
        foreach (var (name, bytes) in chain)
        {
            // Name and length first, so that no two different chains hash the same stream of bytes.
            Add(string.Create(CultureInfo.InvariantCulture, $"{name} {bytes.Length}"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
