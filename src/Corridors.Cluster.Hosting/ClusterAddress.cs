using System.Globalization;

namespace Corridors.Cluster.Hosting;

/// <summary>Where a cluster's membership and grain storage live: <c>redis://HOST:PORT</c>.</summary>
/// <param name="Host">The Redis host.</param>
/// <param name="Port">The Redis port.</param>
public sealed record ClusterAddress(string Host, int Port)
{
    /// <summary>Gets the StackExchange.Redis configuration string (fail fast: no endless reconnects).</summary>
    public string RedisConfiguration => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port},abortConnect=false,connectTimeout=5000");

    /// <summary>Parses <paramref name="text"/>; on failure says what was expected.</summary>
    public static bool TryParse(string text, out ClusterAddress? address, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        address = null;
        problem = "";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != "redis" || string.IsNullOrEmpty(uri.Host) || uri.AbsolutePath is not ("" or "/"))
        {
            problem = $"--cluster is '{text}'; expected redis://HOST:PORT, e.g. redis://127.0.0.1:6379";
            return false;
        }

        address = new ClusterAddress(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 6379 : uri.Port);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"redis://{Host}:{Port}");
}
