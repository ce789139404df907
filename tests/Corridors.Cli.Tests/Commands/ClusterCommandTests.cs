using System.Net;
using System.Net.Sockets;
using Corridors.Cli.Tests.Support;
using Corridors.Testing;
using StackExchange.Redis;

namespace Corridors.Cli.Tests.Commands;

/// <summary>Misuse of the cluster options: one line naming what is wrong, exit code 2, no stack trace.</summary>
public sealed class ClusterCommandTests
{
    [Fact]
    public void A_cluster_address_that_is_not_redis_is_refused_before_anything_runs()
    {
        var (exit, _, error) = CliRun.App("run", Repository.File("scenarios", "caspian-baseline.yaml"), "--cluster", "http://localhost:6379");

        Assert.Equal(2, exit);
        Assert.Equal("error: --cluster is 'http://localhost:6379'; expected redis://HOST:PORT, e.g. redis://127.0.0.1:6379\n", error);
    }

    [Fact]
    public void Silo_and_status_need_a_cluster()
    {
        var silo = CliRun.App("silo");
        var status = CliRun.App("status");

        Assert.Equal((2, "error: --cluster is missing; expected redis://HOST:PORT of the cluster to join\n"), (silo.Exit, silo.Error));
        Assert.Equal((2, "error: --cluster is missing; expected redis://HOST:PORT of the cluster to ask\n"), (status.Exit, status.Error));
    }

    // Connecting gives up on Redis after 5 s; the test allows four times that before it calls it a hang.
    [Theory(Timeout = 20_000)]
    [InlineData("status")]
    [InlineData("silo")]
    [InlineData("run")]
    public async Task No_redis_at_the_address_is_one_line_after_the_stated_wait(string command)
    {
        var port = UnusedPort();
        string[] scenario = command == "run" ? [Repository.File("scenarios", "caspian-baseline.yaml")] : [];

        var (exit, output, error) = await Task.Run(() => CliRun.App([command, .. scenario, "--cluster", $"redis://127.0.0.1:{port}"]));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: no Redis answers at redis://127.0.0.1:{port} (gave up after at most 5 s); expected a running redis-server there (start one with: redis-server --port {port})\n", error);
    }

    [Fact(Timeout = 20_000)]
    public async Task A_cluster_id_without_silos_in_that_redis_is_one_line_naming_the_clusters_it_has()
    {
        using var redis = new RedisServer();
        using (var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redis.Port}"))
        {
            // Orleans' Redis membership table as silos of two clusters leave it, reduced to the fields read:
            // 'alpha' has an active silo (status 3); the only silo of 'gamma' is dead (status 6).
            var database = connection.GetDatabase();
            await database.HashSetAsync("corridors/members/alpha", [new("Version", 1), new("S127.0.0.1:11111:1", """{"Status":3}""")]);
            await database.HashSetAsync("corridors/members/gamma", [new("Version", 2), new("S127.0.0.1:11112:1", """{"Status":6}""")]);
        }

        var (exit, output, error) = await Task.Run(() => CliRun.App("status", "--cluster", redis.Address, "--cluster-id", "beta"));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: no silo of cluster 'beta' is registered in the Redis at {redis.Address}; it has silos of cluster 'alpha'; expected --cluster-id alpha, or `corridors silo --cluster {redis.Address} --cluster-id beta` running\n", error);
    }

    [Fact(Timeout = 20_000)]
    public async Task A_run_on_a_redis_without_silos_is_refused_at_once_in_one_line()
    {
        using var redis = new RedisServer();

        var (exit, _, error) = await Task.Run(() => CliRun.App("run", Repository.File("scenarios", "caspian-baseline.yaml"), "--cluster", redis.Address));

        Assert.Equal(2, exit);
        Assert.Equal($"error: no silo of cluster 'corridors' is registered in the Redis at {redis.Address}, nor of any other cluster; expected `corridors silo --cluster {redis.Address}` running\n", error);
    }

    // Without the knock on its gateway, the client would wait out Orleans' connect time-out (15 s) first.
    [Fact(Timeout = 20_000)]
    public async Task A_cluster_whose_silos_were_all_killed_is_one_line_at_once_naming_their_gateways()
    {
        using var redis = new RedisServer();
        var (silo, gateway) = (UnusedPort(), UnusedPort());
        using (var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redis.Port}"))
        {
            // What kill -9 of the only silo leaves: its entry still active (status 3), nothing at its ports.
            var entry = $$"""{"SiloAddress":{"SiloAddress":"127.0.0.1:{{silo}}@1"},"Status":3,"ProxyPort":{{gateway}}}""";
            await connection.GetDatabase().HashSetAsync("corridors/members/corridors", [new("Version", 1), new($"S127.0.0.1:{silo}:1", entry)]);
        }

        var (exit, _, error) = await Task.Run(() => CliRun.App("run", Repository.File("scenarios", "caspian-baseline.yaml"), "--cluster", redis.Address));

        Assert.Equal(2, exit);
        Assert.Equal(
            $"error: no silo of cluster 'corridors' answers: the Redis at {redis.Address} lists 1 silo as active, but nothing accepts connections at 127.0.0.1:{gateway} (stopped without leaving the cluster, e.g. killed); expected `corridors silo --cluster {redis.Address}` running\n",
            error);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_silo_told_to_listen_on_an_address_of_another_machine_says_so_in_one_line()
    {
        using var redis = new RedisServer();

        // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine.
        var (exit, _, error) = await Task.Run(() => CliRun.App("silo", "--cluster", redis.Address, "--listen", "192.0.2.1"));

        Assert.Equal(2, exit);
        // Between the two parts, the operating system's words (on Linux: "Cannot assign requested address").
        Assert.StartsWith("error: the silo cannot listen on 192.0.2.1: ", error, StringComparison.Ordinal);
        Assert.EndsWith("; expected --listen to name an address of this machine\n", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
