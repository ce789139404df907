using System.Net;
using System.Net.Sockets;
using Corridors.Cli.Tests.Support;
using Corridors.Testing;

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

    [Fact]
    public void No_redis_at_the_address_is_one_line_after_the_stated_wait()
    {
        var port = UnusedPort();

        var (exit, output, error) = CliRun.App("status", "--cluster", $"redis://127.0.0.1:{port}");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: no Redis answers at redis://127.0.0.1:{port} (gave up after at most 5 s); expected a running redis-server there (start one with: redis-server --port {port})\n", error);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
