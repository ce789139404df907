using StackExchange.Redis;

namespace Corridors.Cluster.Hosting;

/// <summary>Checks that Redis answers at an address before Orleans is pointed at it, so a wrong address is one clear line, not a hang.</summary>
internal static class RedisProbe
{
    /// <summary>Gets how long the probe waits.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(5);

    public static async Task EnsureAsync(ClusterAddress address)
    {
        var options = ConfigurationOptions.Parse(address.RedisConfiguration);
        options.ConnectTimeout = (int)Timeout.TotalMilliseconds;
        options.ConnectRetry = 1;
        try
        {
            using var redis = await ConnectionMultiplexer.ConnectAsync(options);
            if (!redis.IsConnected)
            {
                throw new ClusterUnavailableException(Missing(address));
            }

            await redis.GetDatabase().PingAsync();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new ClusterUnavailableException(Missing(address), ex);
        }
    }

    private static string Missing(ClusterAddress address) =>
        $"no Redis answers at {address} (gave up after at most {Timeout.TotalSeconds:0} s); expected a running redis-server there (start one with: redis-server --port {address.Port})";
}
