using System.Net;
using System.Text.Json;
using StackExchange.Redis;

namespace Corridors.Cluster.Hosting;

/// <summary>
/// Looks at Redis before Orleans is pointed at it, so that a wrong address or a wrong cluster id is one
/// clear line at once, not a hang until a connect time-out.
/// </summary>
internal static class RedisProbe
{
    /// <summary>Gets how long the probe waits for Redis.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks that Redis answers at <paramref name="address"/>.</summary>
    /// <exception cref="ClusterUnavailableException">It does not within <see cref="Timeout"/>.</exception>
    public static async Task EnsureAsync(ClusterAddress address)
    {
        using var redis = await ConnectAsync(address);
    }

    /// <summary>
    /// Returns the cluster ids registered in the Redis at <paramref name="address"/>, each with the silos the
    /// membership table lists as active (a silo killed a moment ago may still be listed): their gateway
    /// endpoints, null where an entry does not say.
    /// </summary>
    /// <exception cref="ClusterUnavailableException">Redis does not answer within <see cref="Timeout"/>.</exception>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<IPEndPoint?>>> ClustersAsync(ClusterAddress address)
    {
        using var redis = await ConnectAsync(address);
        var database = redis.GetDatabase();

        // Orleans' Redis membership keeps one hash per cluster, "{service id}/members/{cluster id}": a
        // "Version" field and one field per silo whose value is its membership entry as JSON.
        var prefix = $"{ClusterIds.Service}/members/";
        var clusters = new SortedDictionary<string, IReadOnlyList<IPEndPoint?>>(StringComparer.Ordinal);
        try
        {
            await foreach (var key in redis.GetServer(redis.GetEndPoints()[0]).KeysAsync(pattern: prefix + "*"))
            {
                var entries = await database.HashGetAllAsync(key);
                clusters[key.ToString()[prefix.Length..]] = [.. entries.Where(e => e.Name != "Version").Select(e => ActiveGateway(e.Value)).Where(g => g.Active).Select(g => g.Gateway)];
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new ClusterUnavailableException(Missing(address), ex);
        }

        return clusters;
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(ClusterAddress address)
    {
        var options = ConfigurationOptions.Parse(address.RedisConfiguration);
        options.ConnectTimeout = (int)Timeout.TotalMilliseconds;
        options.ConnectRetry = 1;
        ConnectionMultiplexer? redis = null;
        try
        {
            redis = await ConnectionMultiplexer.ConnectAsync(options);
            if (!redis.IsConnected)
            {
                throw new ClusterUnavailableException(Missing(address));
            }

            await redis.GetDatabase().PingAsync();
            return redis;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ClusterUnavailableException)
        {
            redis?.Dispose();
            throw ex as ClusterUnavailableException ?? new ClusterUnavailableException(Missing(address), ex);
        }
    }

    // An entry is JSON: {"SiloAddress":{"SiloAddress":"HOST:PORT@GENERATION"},"Status":3,"ProxyPort":PORT,…}.
    // One whose format this version does not know counts as active with no known gateway: Orleans itself then decides.
    private static (bool Active, IPEndPoint? Gateway) ActiveGateway(RedisValue entry)
    {
        try
        {
            using var json = JsonDocument.Parse(entry.ToString());
            var root = json.RootElement;
            var active = !root.TryGetProperty("Status", out var status) || !status.TryGetInt32(out var value) || value == (int)SiloStatus.Active;
            return (active, Gateway(root));
        }
        catch (JsonException)
        {
            return (true, null);
        }
    }

    private static IPEndPoint? Gateway(JsonElement root)
    {
        if (!root.TryGetProperty("ProxyPort", out var proxy) || !proxy.TryGetInt32(out var port) || port is <= 0 or > IPEndPoint.MaxPort
            || !root.TryGetProperty("SiloAddress", out var silo) || !silo.TryGetProperty("SiloAddress", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var endpoint = text.GetString()!.Split('@')[0];
        var colon = endpoint.LastIndexOf(':');
        return colon > 0 && IPAddress.TryParse(endpoint[..colon], out var host) ? new IPEndPoint(host, port) : null;
    }

    private static string Missing(ClusterAddress address) =>
        $"no Redis answers at {address} (gave up after at most {Timeout.TotalSeconds:0} s); expected a running redis-server there (start one with: redis-server --port {address.Port})";
}
