using System.Net;
using System.Net.Sockets;
using Corridors.Cli.Bench;

namespace Corridors.Cli.Tests.Support;

/// <summary>A throw-away redis-server on a free loopback port (<see cref="ChildProcess.RedisServerAsync"/>), killed when disposed (.ci/run installs redis-server).</summary>
internal sealed class RedisServer : IDisposable
{
    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(5);
    private readonly ChildProcess _process;

    public RedisServer()
    {
        Port = FreePort();
        using var deadline = new CancellationTokenSource(Ready);
        _process = ChildProcess.RedisServerAsync(Port, deadline.Token).GetAwaiter().GetResult();
    }

    public int Port { get; }

    public string Address => $"redis://127.0.0.1:{Port}";

    public void Dispose() => _process.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
