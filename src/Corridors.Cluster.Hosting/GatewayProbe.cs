using System.Net;
using System.Net.Sockets;

namespace Corridors.Cluster.Hosting;

/// <summary>
/// Knocks on the gateways of the silos Redis lists as active. A silo killed with kill -9 stays listed as
/// active until another silo declares it dead; when every silo of a cluster was killed nobody does, and
/// an Orleans client would wait out its whole connect time-out. A refused TCP connection says so at once.
/// </summary>
internal static class GatewayProbe
{
    /// <summary>Gets how long one knock waits for an answer (a gateway on another machine may be slow to answer, not gone).</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(2);

    /// <summary>Returns whether any of <paramref name="gateways"/> accepts a TCP connection within <see cref="Timeout"/>.</summary>
    public static async Task<bool> AnyAnswersAsync(IReadOnlyList<IPEndPoint> gateways)
    {
        var knocks = gateways.Select(Answers).ToList();
        while (knocks.Count > 0)
        {
            var answered = await Task.WhenAny(knocks);
            if (await answered)
            {
                return true;
            }

            knocks.Remove(answered);
        }

        return false;
    }

    private static async Task<bool> Answers(IPEndPoint gateway)
    {
        using var client = new TcpClient(gateway.AddressFamily);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await client.ConnectAsync(gateway, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
