using System.Net;
using System.Net.Sockets;

namespace Corridors.Cluster.Hosting;

/// <summary>Finds loopback ports nobody listens on, so two embedded silos on one machine never collide.</summary>
internal static class FreePorts
{
    /// <summary>Returns a port the operating system just handed out as free.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
